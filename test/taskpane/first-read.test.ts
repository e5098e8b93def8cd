// The read src/taskpane/index.tsx makes while the policy loads: it gives the pane its first findings when it is
// there in time, and never holds the pane back or breaks it when it is not.
import type { DraftRead } from "../../src/outlook/read-draft";
import { readWithin } from "../../src/taskpane/first-read";

const READ: DraftRead = { draft: { to: [], subject: "Budget" }, failed: [], language: "fr-FR" };

describe("readWithin", () => {
  afterEach(() => jest.useRealTimers());

  test("gives the read when it comes in time", async () => {
    await expect(readWithin({ read: () => Promise.resolve(READ) }, 1000)).resolves.toBe(READ);
  });

  test("gives nothing when the read fails, or throws at once", async () => {
    await expect(
      readWithin({ read: () => Promise.reject(new Error("busy")) }, 1000),
    ).resolves.toBeUndefined();
    const throwing = {
      read: (): Promise<DraftRead> => {
        throw new Error("no item");
      },
    };
    await expect(readWithin(throwing, 1000)).resolves.toBeUndefined();
  });

  test("gives nothing once the wait is over, whatever the read does later", async () => {
    jest.useFakeTimers();
    let answer: (read: DraftRead) => void = () => undefined;
    const result = readWithin({ read: () => new Promise<DraftRead>((resolve) => (answer = resolve)) }, 1000);
    jest.advanceTimersByTime(999);
    let settled = false;
    void result.then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    jest.advanceTimersByTime(1);
    await expect(result).resolves.toBeUndefined();
    answer(READ);
    await expect(result).resolves.toBeUndefined();
  });
});
