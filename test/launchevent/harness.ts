// Runs the built launchevent.js the way classic Outlook's JavaScript-only runtime would: a fresh VM context
// whose only host objects are the mock `Office` and the two timer functions.
//
// What the context holds: the JavaScript built-ins V8 puts in every context (Object, Date, Promise, JSON…) minus
// Intl, which has been reported missing in that runtime (office-js #4631); `Office`; and setTimeout /
// clearTimeout. The timers are there because the runtime provides them (the handler's time budget and read
// timeouts rely on them; launchevent.ts also copes without) — they run on a fake clock the test moves forward,
// so that "no answer within 3 s" takes no real time. No window, document, atob, Buffer, localStorage,
// DOMParser or fetch. `Date` is replaced by one whose "now" is the test's fixed instant plus the fake clock.
import * as vm from "vm";
import { settle } from "../outlook/mock-office";

interface Timer {
  id: number;
  at: number;
  run: () => void;
}

/** A manual clock for setTimeout / clearTimeout. */
export class Clock {
  now = 0;
  private timers: Timer[] = [];
  private nextId = 1;

  setTimeout = (run: () => void, ms?: number): number => {
    const id = this.nextId++;
    this.timers.push({ id, at: this.now + Math.max(0, ms || 0), run });
    return id;
  };

  clearTimeout = (id?: number): void => {
    this.timers = this.timers.filter((t) => t.id !== id);
  };

  /** Moves time forward by `ms`, running each timer when its time comes and letting promises settle between. */
  async advance(ms: number): Promise<void> {
    const end = this.now + ms;
    await settle();
    for (;;) {
      const due = this.timers.filter((t) => t.at <= end).sort((a, b) => a.at - b.at || a.id - b.id)[0];
      if (!due) break;
      this.timers = this.timers.filter((t) => t !== due);
      this.now = due.at;
      due.run();
      await settle();
    }
    this.now = end;
    await settle();
  }

  pending(): number {
    return this.timers.length;
  }
}

export type Handler = (event: unknown) => void;

export interface Runtime {
  clock: Clock;
  handlers: { [functionName: string]: Handler };
  context: vm.Context;
}

/** Loads `code` into a new context holding only `office` and the timers; `startMs` is "now" at clock 0. */
export function loadLaunchevent(code: string, office: unknown, startMs: number): Runtime {
  const clock = new Clock();
  const context = vm.createContext({
    Office: office,
    setTimeout: clock.setTimeout,
    clearTimeout: clock.clearTimeout,
  });
  const install = vm.runInContext(
    `(function (now) {
      delete globalThis.Intl;
      var RealDate = Date;
      class FixedDate extends RealDate {
        constructor(...args) {
          if (args.length === 0) super(now());
          else super(...args);
        }
        static now() {
          return now();
        }
      }
      globalThis.Date = FixedDate;
    })`,
    context,
  ) as (now: () => number) => void;
  install(() => startMs + clock.now);
  const names = vm.runInContext(
    "Object.getOwnPropertyNames(globalThis).filter(function (n) { return /^(Intl|window|document|atob|Buffer|localStorage|DOMParser|fetch|self)$/.test(n); })",
    context,
  ) as string[];
  if (names.length > 0) throw new Error("the test runtime should not have " + names.join(", "));

  const handlers: Runtime["handlers"] = {};
  const associate = (office as { actions: { associate: (name: string, fn: Handler) => void } }).actions;
  const original = associate.associate;
  associate.associate = (name: string, fn: Handler) => {
    handlers[name] = fn;
    original(name, fn);
  };
  try {
    vm.runInContext(code, context, { filename: "launchevent.js" });
  } finally {
    associate.associate = original;
  }
  return { clock, handlers, context };
}

export interface Completion {
  /** the arguments of each `completed` call */
  calls: unknown[][];
  /** the clock time of the first call */
  at?: number;
}

/** An event whose `completed` calls are recorded with the clock time. */
export function mailboxEvent(clock: Clock, onCompleted?: (options: unknown) => void) {
  const completion: Completion = { calls: [] };
  const event = {
    type: "olkMessageSend",
    completed: (...args: unknown[]) => {
      if (completion.at === undefined) completion.at = clock.now;
      completion.calls.push(args);
      if (onCompleted) onCompleted(args[0]);
    },
  };
  return { event, completion };
}
