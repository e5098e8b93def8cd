import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { getHttpsServerConfig } from "../../scripts/dev-https";

const mockGetHttpsServerOptions = jest.fn();
jest.mock("office-addin-dev-certs", () => ({ getHttpsServerOptions: () => mockGetHttpsServerOptions() }));

describe("dev server HTTPS settings (scripts/dev-https.js)", () => {
  let certDir: string;
  let warnings: string[];
  const warn = (message: string) => warnings.push(message);

  beforeEach(() => {
    certDir = fs.mkdtempSync(path.join(os.tmpdir(), "dev-https-"));
    warnings = [];
    mockGetHttpsServerOptions.mockReset();
  });

  afterEach(() => fs.rmSync(certDir, { recursive: true, force: true }));

  test("uses office-addin-dev-certs when it works, silently", async () => {
    const options = { ca: Buffer.from("ca"), cert: Buffer.from("cert"), key: Buffer.from("key") };
    mockGetHttpsServerOptions.mockResolvedValue(options);
    await expect(getHttpsServerConfig({ certDir, warn })).resolves.toEqual({ type: "https", options });
    expect(warnings).toEqual([]);
  });

  test("falls back to the certificate files already generated in the folder", async () => {
    mockGetHttpsServerOptions.mockRejectedValue(
      new Error("Unable to install the CA certificate. /bin/sh: 1: sudo: not found\nmore details"),
    );
    fs.writeFileSync(path.join(certDir, "localhost.crt"), "CERT");
    fs.writeFileSync(path.join(certDir, "localhost.key"), "KEY");
    fs.writeFileSync(path.join(certDir, "ca.crt"), "CA");

    const config = await getHttpsServerConfig({ certDir, warn });

    expect(config).toEqual({
      type: "https",
      options: { cert: Buffer.from("CERT"), key: Buffer.from("KEY"), ca: Buffer.from("CA") },
    });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).not.toContain("\n");
    expect(warnings[0]).toContain("sudo: not found");
    expect(warnings[0]).toContain(`existing certificate in ${certDir}`);
  });

  test("works without ca.crt", async () => {
    mockGetHttpsServerOptions.mockRejectedValue(new Error("boom"));
    fs.writeFileSync(path.join(certDir, "localhost.crt"), "CERT");
    fs.writeFileSync(path.join(certDir, "localhost.key"), "KEY");

    await expect(getHttpsServerConfig({ certDir, warn })).resolves.toEqual({
      type: "https",
      options: { cert: Buffer.from("CERT"), key: Buffer.from("KEY") },
    });
  });

  test("falls back to webpack-dev-server's self-signed certificate when there are no files", async () => {
    mockGetHttpsServerOptions.mockImplementation(() => {
      throw new Error("Unable to install the CA certificate.");
    });
    fs.writeFileSync(path.join(certDir, "localhost.crt"), "CERT"); // key missing: not usable

    await expect(getHttpsServerConfig({ certDir, warn })).resolves.toBe("https");
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).not.toContain("\n");
    expect(warnings[0]).toContain("self-signed");
  });

  test("also falls back when the certificate folder does not exist", async () => {
    mockGetHttpsServerOptions.mockRejectedValue(new Error("nope"));
    await expect(getHttpsServerConfig({ certDir: path.join(certDir, "missing"), warn })).resolves.toBe(
      "https",
    );
    expect(warnings).toHaveLength(1);
  });

  test("warns on the console by default", async () => {
    mockGetHttpsServerOptions.mockRejectedValue(new Error("nope"));
    const spy = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    try {
      await getHttpsServerConfig({ certDir });
      expect(spy).toHaveBeenCalledTimes(1);
    } finally {
      spy.mockRestore();
    }
  });
});
