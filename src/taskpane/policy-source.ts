// The organisation's policy for the pane: the policy.json served next to the pane (same origin), so that an
// administrator can change it without a rebuild; else the one compiled in at build time; else the engine's
// defaults. A faulty field keeps its default and is reported, for the pane's notice (docs/policy.md).
import { loadPolicy, type Policy, type PolicyProblem } from "../lint";
import { builtInPolicy } from "../outlook/built-in-policy";
import { STRINGS } from "./strings";

/** The part of `fetch` the loader uses. */
export type FetchLike = (
  input: string,
  init?: RequestInit,
) => Promise<Pick<Response, "ok" | "status" | "text">>;

export interface OrganisationPolicy {
  policy: Policy;
  /** the faulty fields, each fell back to its default */
  problems: PolicyProblem[];
  /** served: policy.json; built-in: compiled in; default: neither (the engine's defaults) */
  source: "served" | "built-in" | "default";
}

/** Relative to the pane's page: the add-in's own origin. */
export const POLICY_URL = "policy.json";

export interface PolicySourceOptions {
  /** give up on the served file after this long (ms) and use the built-in policy; default: wait */
  timeoutMs?: number;
  /** the policy compiled in; default: builtInPolicy (tests pass their own) */
  builtIn?: () => unknown;
}

/** The policy compiled in, or the defaults when the build had none. */
export function fromBuiltIn(builtIn: () => unknown = builtInPolicy): OrganisationPolicy {
  let json: unknown;
  try {
    json = builtIn();
  } catch {
    json = undefined;
  }
  const { policy, problems } = loadPolicy(json);
  return { policy, problems, source: json === undefined ? "default" : "built-in" };
}

/** The served file's text: JSON that is not JSON is one problem at the root, and every field keeps its default. */
export function fromServedText(text: string): OrganisationPolicy {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    const detail = (e instanceof Error ? e.message : String(e)) || "?";
    return {
      policy: loadPolicy(undefined).policy,
      problems: [
        { path: "", message: { fr: STRINGS.fr.policyNotJson(detail), en: STRINGS.en.policyNotJson(detail) } },
      ],
      source: "served",
    };
  }
  const { policy, problems } = loadPolicy(json);
  return { policy, problems, source: "served" };
}

/**
 * Fetches policy.json from the pane's origin, bypassing stale caches. The file missing (404), any other failed
 * answer, or no answer at all: the built-in policy. Never rejects.
 */
export function loadOrganisationPolicy(
  fetchFn: FetchLike = (input, init) => fetch(input, init),
  options: PolicySourceOptions = {},
): Promise<OrganisationPolicy> {
  const fallback = () => fromBuiltIn(options.builtIn);
  const controller = typeof AbortController === "function" ? new AbortController() : undefined;
  const init: RequestInit = { cache: "no-cache", mode: "same-origin", credentials: "same-origin" };
  if (controller) init.signal = controller.signal;

  const served: Promise<OrganisationPolicy> = Promise.resolve()
    .then(() => fetchFn(POLICY_URL, init))
    .then((response) => (response.ok ? response.text().then(fromServedText, fallback) : fallback()), fallback)
    .then(undefined, fallback);

  const timeoutMs = options.timeoutMs;
  if (timeoutMs === undefined) return served;
  return new Promise<OrganisationPolicy>((resolve) => {
    const timer = setTimeout(() => {
      if (controller) controller.abort();
      resolve(fallback());
    }, timeoutMs);
    served.then((result) => {
      clearTimeout(timer);
      resolve(result);
    });
  });
}
