import { decodeBase64ToBinary } from "../../src/launchevent/polyfills";

describe("atob fallback for the JavaScript-only runtime", () => {
  test("matches atob on every padding case and on all byte values", () => {
    const bytes = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
    for (let length = 0; length <= bytes.length; length += 1) {
      const base64 = bytes.subarray(0, length).toString("base64");
      expect(decodeBase64ToBinary(base64)).toBe(atob(base64));
    }
  });

  test("ignores whitespace like atob", () => {
    expect(decodeBase64ToBinary("SGVs\nbG8g d29y bGQ=")).toBe("Hello world");
  });

  test("leaves an existing atob alone", () => {
    expect(globalThis.atob).not.toBe(decodeBase64ToBinary);
  });
});
