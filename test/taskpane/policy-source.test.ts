// The pane's policy: policy.json from the pane's origin; the built-in policy when the file is missing or
// unreachable; a faulty file keeps its valid fields and reports the others.
import { defaultPolicy } from "../../src/lint";
import { builtInPolicy } from "../../src/outlook/built-in-policy";
import {
  fromServedText,
  loadOrganisationPolicy,
  POLICY_URL,
  type FetchLike,
} from "../../src/taskpane/policy-source";

type Answer = Awaited<ReturnType<FetchLike>>;

const served = (text: string, status = 200): Answer => ({
  ok: status >= 200 && status < 300,
  status,
  text: () => Promise.resolve(text),
});
const fetchAnswering = (answer: Answer | Error) =>
  jest.fn<ReturnType<FetchLike>, Parameters<FetchLike>>(() =>
    answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer),
  );

const BUILT_IN = { internalDomains: ["built-in.example.fr"], workingTime: { start: "08:30" } };
const builtIn = () => BUILT_IN;

describe("loadOrganisationPolicy", () => {
  test("builds without a policy in tests: builtInPolicy() is undefined", () => {
    expect(builtInPolicy()).toBeUndefined();
  });

  test("the served file: read from the page's origin without a stale cache, and applied", async () => {
    const fetchFn = fetchAnswering(
      served(JSON.stringify({ internalDomains: ["ville-exemple.fr"], rules: { "all-caps": "off" } })),
    );
    const result = await loadOrganisationPolicy(fetchFn, { builtIn });
    expect(fetchFn).toHaveBeenCalledTimes(1);
    expect(fetchFn.mock.calls[0][0]).toBe("policy.json");
    expect(POLICY_URL).toBe("policy.json");
    expect(fetchFn.mock.calls[0][1]).toMatchObject({ cache: "no-cache", mode: "same-origin" });
    expect(result.source).toBe("served");
    expect(result.problems).toEqual([]);
    expect(result.policy.internalDomains).toEqual(["ville-exemple.fr"]);
    expect(result.policy.rules).toEqual({ "all-caps": "off" });
  });

  test("404: the built-in policy", async () => {
    const result = await loadOrganisationPolicy(fetchAnswering(served("Not found", 404)), { builtIn });
    expect(result.source).toBe("built-in");
    expect(result.problems).toEqual([]);
    expect(result.policy.internalDomains).toEqual(["built-in.example.fr"]);
    expect(result.policy.workingTime.start).toBe("08:30");
  });

  test("404 and no built-in policy: the defaults", async () => {
    const result = await loadOrganisationPolicy(fetchAnswering(served("", 404)));
    expect(result.source).toBe("default");
    expect(result.problems).toEqual([]);
    expect(result.policy).toEqual(defaultPolicy());
  });

  test("a server error is no policy either: the built-in one", async () => {
    const result = await loadOrganisationPolicy(fetchAnswering(served("{}", 500)), { builtIn });
    expect(result.source).toBe("built-in");
  });

  test("network error: the built-in policy", async () => {
    const result = await loadOrganisationPolicy(fetchAnswering(new TypeError("Failed to fetch")), {
      builtIn,
    });
    expect(result.source).toBe("built-in");
    expect(result.policy.internalDomains).toEqual(["built-in.example.fr"]);
  });

  test("a fetch that throws, or a body that cannot be read: the built-in policy", async () => {
    const throwing: FetchLike = () => {
      throw new Error("fetch is not defined");
    };
    expect((await loadOrganisationPolicy(throwing, { builtIn })).source).toBe("built-in");
    const brokenBody = fetchAnswering({
      ok: true,
      status: 200,
      text: () => Promise.reject(new Error("reset")),
    });
    expect((await loadOrganisationPolicy(brokenBody, { builtIn })).source).toBe("built-in");
  });

  test("no answer within the timeout: the built-in policy, and the request is aborted", async () => {
    let signal: AbortSignal | null | undefined;
    const hanging: FetchLike = (_url, init) => {
      signal = init && init.signal;
      return new Promise(() => undefined);
    };
    const result = await loadOrganisationPolicy(hanging, { builtIn, timeoutMs: 20 });
    expect(result.source).toBe("built-in");
    expect(signal && signal.aborted).toBe(true);
  });

  test("an answer within the timeout wins", async () => {
    const result = await loadOrganisationPolicy(fetchAnswering(served('{"internalDomains":["a-b.fr"]}')), {
      builtIn,
      timeoutMs: 5000,
    });
    expect(result.source).toBe("served");
    expect(result.policy.internalDomains).toEqual(["a-b.fr"]);
  });

  test("invalid JSON: one problem at the root, and the defaults (not the built-in policy)", async () => {
    const result = await loadOrganisationPolicy(fetchAnswering(served('{ "rules": { "all-caps": "off", }')), {
      builtIn,
    });
    expect(result.source).toBe("served");
    expect(result.policy).toEqual(defaultPolicy());
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0].path).toBe("");
    expect(result.problems[0].message.fr).toMatch(
      /^Le fichier policy\.json n'est pas du JSON valide \(.+\)\.$/,
    );
    expect(result.problems[0].message.en).toMatch(/^The policy\.json file is not valid JSON \(.+\)\.$/);
  });

  test("a faulty field is named and keeps its default; the valid fields apply", async () => {
    const text = JSON.stringify({
      internalDomains: ["ville-exemple.fr"],
      workingTime: { start: "8h", end: "18:00" },
      rules: { "vague-subjet": "off", "all-caps": "off" },
    });
    const result = await loadOrganisationPolicy(fetchAnswering(served(text)), { builtIn });
    expect(result.problems.map((p) => p.path)).toEqual(["workingTime.start", "rules.vague-subjet"]);
    expect(result.problems[1].message).toEqual({
      fr: "Règle inconnue « vague-subjet ».",
      en: 'Unknown rule "vague-subjet".',
    });
    expect(result.policy.workingTime.start).toBe("08:00");
    expect(result.policy.workingTime.end).toBe("18:00");
    expect(result.policy.rules).toEqual({ "all-caps": "off" });
    expect(result.policy.internalDomains).toEqual(["ville-exemple.fr"]);
  });

  test("the built-in policy's own problems are reported too", async () => {
    const result = await loadOrganisationPolicy(fetchAnswering(served("", 404)), {
      builtIn: () => ({ timeZone: "Europe/Pariss" }),
    });
    expect(result.source).toBe("built-in");
    expect(result.problems.map((p) => p.path)).toEqual(["timeZone"]);
  });

  test("a byte order mark does not make the file invalid", () => {
    expect(fromServedText('\uFEFF{"internalDomains":["ville.fr"]}').problems).toEqual([]);
  });
});
