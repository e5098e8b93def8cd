// The organisation's policy reaches the send handler: compiled into launchevent.js at build time
// (`--env policy=FILE`), since classic Outlook's JavaScript-only runtime cannot be trusted to fetch it.
import * as path from "path";
import { BUILD_TIMEOUT_MS, buildLaunchevent, ROOT } from "../build/launchevent-build";
import { createMockOffice, person, type MockOptions } from "../outlook/mock-office";
import { loadLaunchevent, mailboxEvent } from "./harness";

const TUESDAY_10H = new Date(2026, 10, 24, 10, 0).getTime();
const SUNDAY_NOON = new Date(2026, 10, 29, 12, 0).getTime();
const HOSPITAL = path.join(ROOT, "examples", "policies", "hopital.json");

/** A hospital doctor writes to a colleague of the regional hospital group and to an outside clinic. */
const DRAFT: MockOptions = {
  userProfile: { emailAddress: "dr.martin@ch-exemple.fr", displayName: "Dr Martin" },
  to: [person("secretariat@ght-exemple.fr")],
  cc: [person("accueil@clinique-du-parc.fr", "Clinique du Parc", "externalUser")],
  subject: "Patient transféré : bilan sanguin joint",
  body: "<p>Bonjour,</p><p>Voici le bilan sanguin du patient transféré hier.</p><p>Dr Martin</p>",
};

async function send(code: string, options: MockOptions, now: number) {
  const runtime = loadLaunchevent(code, createMockOffice(options).office, now);
  const { event, completion } = mailboxEvent(runtime.clock);
  runtime.handlers.onMessageSendHandler(event);
  await runtime.clock.advance(10_000);
  expect(completion.calls).toHaveLength(1);
  return completion.calls[0][0] as Record<string, unknown>;
}

describe("the policy compiled into launchevent.js", () => {
  let defaultCode: string;
  let hospitalCode: string;
  beforeAll(async () => {
    defaultCode = (await buildLaunchevent("production")).code;
    hospitalCode = (await buildLaunchevent("production", HOSPITAL)).code;
  }, 2 * BUILD_TIMEOUT_MS);

  it("the default policy knows no hospital words: the draft goes", async () => {
    expect(await send(defaultCode, DRAFT, TUESDAY_10H)).toEqual({ allowEvent: true });
  });

  it("the hospital's words and blocking rule: stopped, with no 'Send anyway'", async () => {
    const options = await send(hospitalCode, DRAFT, TUESDAY_10H);
    expect(options.allowEvent).toBe(false);
    expect(options.errorMessage).toContain("bilan sanguin");
    expect(options).not.toHaveProperty("sendModeOverride");
  });

  it("the hospital's internal domains: the regional group is not outside", async () => {
    const internalOnly = { ...DRAFT, cc: [] };
    expect(await send(hospitalCode, internalOnly, TUESDAY_10H)).toEqual({ allowEvent: true });
  });

  it("the hospital switches after-hours-send off: a Sunday send is not held", async () => {
    const internalOnly = {
      ...DRAFT,
      cc: [],
      subject: "Planning des gardes de décembre",
      body: "<p>Voici le planning des gardes.</p>",
    };
    expect(await send(hospitalCode, internalOnly, SUNDAY_NOON)).toEqual({ allowEvent: true });
    const atDefault = await send(defaultCode, internalOnly, SUNDAY_NOON);
    expect(atDefault.allowEvent).toBe(false);
  });
});
