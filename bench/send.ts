// Send-time cost: the draft is read from a simulated Office whose every async call answers after a fixed
// latency, then linted. Reads issued together cost one round trip; reads issued one after another cost one
// each. Measured for readDraft + lint directly, and for the real OnMessageSend handler when it exports one.
import { createRequire } from "module";
import { performance } from "perf_hooks";
import { lint, type Draft } from "../src/lint";
import { readDraft, type MailboxContext } from "../src/outlook/read-draft";
import { NOW } from "./generate";
import { median, measure } from "./measure";

export interface SendResult {
  latencyMs: number;
  /** lint of the same draft, warm, median */
  lintMs: number;
  /** ≤ 1.5 round trips + lint */
  budgetMs: number;
  direct: PathResult;
  handler: PathResult | { skipped: string };
}

export interface PathResult {
  /** median wall time over the runs, ms */
  wallMs: number;
  /** Office calls made by one run */
  calls: number;
  /** calls grouped by when they were made: calls made within half a latency of each other are one wave */
  waves: number;
  runs: number;
  /** what came out: the number of findings, or what the handler passed to event.completed */
  outcome: string;
}

type Callback = (result: {
  status: string;
  value?: unknown;
  error?: unknown;
  asyncContext?: unknown;
}) => void;

interface FakeOffice {
  context: MailboxContext & { [key: string]: unknown };
  /** times (performance.now()) at which each async call was made */
  calls: number[];
}

/** The value each getter of the item answers with, from a Draft. */
function itemValues(draft: Draft): { [path: string]: unknown } {
  const details = (list: Draft["to"] | undefined) =>
    (list || []).map((a) => ({
      displayName: a.name || a.address,
      emailAddress: a.address,
      recipientType: "other",
    }));
  const body = draft.body && "html" in draft.body ? draft.body.html : draft.body ? draft.body.text : "";
  return {
    "subject.getAsync": draft.subject,
    "to.getAsync": details(draft.to),
    "cc.getAsync": details(draft.cc),
    "bcc.getAsync": details(draft.bcc),
    "from.getAsync": draft.from ? details([draft.from])[0] : undefined,
    "body.getAsync": body,
    "body.getTypeAsync": "html",
    getAttachmentsAsync: (draft.attachments || []).map((a, i) => ({
      id: "att" + i,
      name: a.name,
      size: a.size || 0,
      isInline: a.inline === true,
      contentId: a.contentId,
      attachmentType: "file",
    })),
    getComposeTypeAsync: {
      composeType: draft.composeType === "new" ? "newMail" : draft.composeType,
      coercionType: "html",
    },
    "delayDeliveryTime.getAsync": 0,
  };
}

/**
 * A compose item whose every `…Async` method, known or not, calls back after `latencyMs` with success. Known
 * getters answer with the draft's values; anything else (notification messages, custom properties…) with
 * undefined. Every call is logged with its time.
 */
export function fakeOffice(draft: Draft, latencyMs: number): FakeOffice {
  const calls: number[] = [];
  const values = itemValues(draft);
  const asyncMethod = (path: string) =>
    function (...args: unknown[]) {
      calls.push(performance.now());
      const callback = args.filter((a) => typeof a === "function").pop() as Callback | undefined;
      const options = args.find((a) => a !== null && typeof a === "object") as
        { asyncContext?: unknown } | undefined;
      setTimeout(() => {
        if (callback)
          callback({
            status: "succeeded",
            value: values[path],
            asyncContext: options && options.asyncContext,
          });
      }, latencyMs);
    };
  // Properties: an object of async methods (item.subject.getAsync…); methods: item.getAttachmentsAsync….
  const node = (prefix: string): object =>
    new Proxy(
      {},
      {
        get(_target, key) {
          if (typeof key !== "string") return undefined;
          const path = prefix ? prefix + "." + key : key;
          if (/Async$/.test(key)) return asyncMethod(path);
          return node(path);
        },
      },
    );
  const item = node("");
  const context = {
    mailbox: {
      item: item as Office.MessageCompose,
      userProfile: {
        emailAddress: draft.from ? draft.from.address : "",
        displayName: draft.from ? draft.from.name : "",
      },
      diagnostics: { hostName: "Outlook", hostVersion: "16.0" },
    },
    displayLanguage: "fr-FR",
    requirements: { isSetSupported: () => true },
    roamingSettings: {
      get: () => undefined,
      set: () => undefined,
      saveAsync: asyncMethod("roamingSettings.saveAsync"),
    },
  };
  return { context, calls };
}

/** Groups call times: a call made more than half a latency after the wave's first call opens a new wave. */
function waves(times: number[], latencyMs: number): number {
  let count = 0;
  let waveStart = -Infinity;
  for (const t of times.slice().sort((a, b) => a - b)) {
    if (t - waveStart > latencyMs / 2) {
      count++;
      waveStart = t;
    }
  }
  return count;
}

async function timePath(
  runs: number,
  latencyMs: number,
  draft: Draft,
  once: (office: FakeOffice) => Promise<unknown>,
): Promise<PathResult> {
  const walls: number[] = [];
  let calls = 0;
  let wave = 0;
  let outcome = "";
  // The first run compiles the code: not counted.
  for (let run = -1; run < runs; run++) {
    const office = fakeOffice(draft, latencyMs);
    const start = performance.now();
    outcome = describe(await once(office));
    const wall = performance.now() - start;
    if (run < 0) continue;
    walls.push(wall);
    calls = office.calls.length;
    wave = waves(office.calls, latencyMs);
  }
  return { wallMs: median(walls), calls, waves: wave, runs, outcome };
}

function describe(result: unknown): string {
  if (Array.isArray(result)) return result.length + " findings";
  const options = (result || {}) as { allowEvent?: boolean; error?: string };
  if (options.error) return options.error;
  return "event.completed({ allowEvent: " + String(options.allowEvent) + " })";
}

interface HandlerModule {
  onMessageSendHandler?: (event: unknown) => void;
}

/** The send handler of src/launchevent/launchevent.ts, with a global Office that serves `office`. */
function loadHandler(): { handler?: (event: unknown) => void; why?: string } {
  const globals = globalThis as { Office?: unknown };
  let current: FakeOffice | undefined;
  // Static parts of Office, and `context` delegating to the fake of the current run.
  const enums = new Proxy({}, { get: (_t, key) => (typeof key === "string" ? enumOf(key) : undefined) });
  globals.Office = {
    get context() {
      return current ? current.context : undefined;
    },
    actions: { associate: () => undefined },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    CoercionType: { Html: "html", Text: "text" },
    MailboxEnums: enums,
    EventType: enums,
    __setCurrent(office: FakeOffice) {
      current = office;
    },
  };
  try {
    // Loaded at run time, after the global Office above: the module registers its handlers when it loads.
    const mod = createRequire(__filename)("../src/launchevent/launchevent") as HandlerModule;
    if (typeof mod.onMessageSendHandler !== "function")
      return { why: "src/launchevent/launchevent.ts exports no onMessageSendHandler" };
    return { handler: mod.onMessageSendHandler };
  } catch (e) {
    return {
      why: "src/launchevent/launchevent.ts did not load: " + (e instanceof Error ? e.message : String(e)),
    };
  }
}

/** Enum objects (Office.MailboxEnums.X.Y) answer with their member's name in camel case. */
function enumOf(_name: string): object {
  return new Proxy(
    {},
    { get: (_t, key) => (typeof key === "string" ? key.charAt(0).toLowerCase() + key.slice(1) : undefined) },
  );
}

export async function sendCost(draft: Draft, latencyMs = 50, runs = 5): Promise<SendResult> {
  const lintMs = measure(() => lint(draft, { now: NOW }), { targetMs: 300 }).median;
  const budgetMs = 1.5 * latencyMs + lintMs;
  const direct = await timePath(runs, latencyMs, draft, (office) =>
    readDraft(office.context, { timeoutMs: 5000, now: () => new Date(NOW) }).then((read) =>
      lint(read.draft, { now: NOW }),
    ),
  );
  const loaded = loadHandler();
  let handler: SendResult["handler"];
  if (!loaded.handler) handler = { skipped: loaded.why || "no handler" };
  else {
    const run = loaded.handler;
    const office = (globalThis as unknown as { Office?: { __setCurrent(o: FakeOffice): void } }).Office;
    handler = await timePath(
      runs,
      latencyMs,
      draft,
      (fake) =>
        new Promise((resolve) => {
          if (office) office.__setCurrent(fake);
          // A handler that never completes must not hang the benchmark.
          const timer = setTimeout(() => resolve({ error: "event.completed not called within 10 s" }), 10000);
          run({
            type: "messageSend",
            completed: (options?: unknown) => {
              clearTimeout(timer);
              resolve(options === undefined ? {} : options);
            },
          });
        }),
    );
  }
  return { latencyMs, lintMs, budgetMs, direct, handler };
}
