// Office's callback API as promises, without async/await: this code also runs in classic Outlook's
// JavaScript-only runtime (ES2016, where async functions were reported to time out).

/** Runs one `…Async(…, callback)` call; rejects with Office's error (or a thrown one). */
export function officeCall<T>(
  start: (callback: (result: Office.AsyncResult<T>) => void) => void,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    try {
      start((result) => {
        if (result && String(result.status) === "succeeded") resolve(result.value);
        else
          reject(
            result && result.error
              ? new Error(result.error.message || result.error.name)
              : new Error("Office call failed"),
          );
      });
    } catch (e) {
      reject(e);
    }
  });
}

/**
 * Settles like the promise, or rejects after `ms`: a read that never answers must not hold anyone up. Where
 * the runtime has no timers, the promise is returned as it is (the caller's own budget, if any, applies).
 */
export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  if (typeof setTimeout !== "function") return promise;
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(what + ": no answer after " + ms + " ms")), ms);
    promise.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e) => {
        clearTimeout(timer);
        reject(e);
      },
    );
  });
}

/** Waits for every promise, keeping each one's outcome (Promise.allSettled is missing in older runtimes). */
export function settleAll<T>(
  promises: Promise<T>[],
): Promise<({ ok: true; value: T } | { ok: false; error: Error })[]> {
  return Promise.all(
    promises.map((p) =>
      p.then(
        (value) => ({ ok: true as const, value }),
        (error: unknown) => ({
          ok: false as const,
          error: error instanceof Error ? error : new Error(String(error)),
        }),
      ),
    ),
  );
}

/**
 * Runs tasks with at most `max` under way at once (Outlook on the web allows 3 simultaneous calls);
 * without `max`, every task starts at once.
 */
export function concurrencyGate(max?: number): <T>(task: () => Promise<T>) => Promise<T> {
  if (!max || max < 1) return (task) => task();
  let running = 0;
  const waiting: (() => void)[] = [];
  const next = () => {
    running--;
    const start = waiting.shift();
    if (start) start();
  };
  return <T>(task: () => Promise<T>) =>
    new Promise<T>((resolve, reject) => {
      const start = () => {
        running++;
        task().then(
          (v) => {
            next();
            resolve(v);
          },
          (e) => {
            next();
            reject(e);
          },
        );
      };
      if (running < max) start();
      else waiting.push(start);
    });
}
