// Every rule, in the order the pane lists them at equal severity.
import type { Rule } from "../rule";
import { afterHoursSend } from "./after-hours-send";
import { bulkWithoutBcc } from "./bulk-without-bcc";
import { externalSensitiveContent } from "./external-sensitive-content";
import { imageMissingAlt } from "./image-missing-alt";
import { replyAllOveruse } from "./reply-all-overuse";
import { vagueSubject } from "./vague-subject";

export const RULES: Rule[] = [
  externalSensitiveContent,
  bulkWithoutBcc,
  replyAllOveruse,
  vagueSubject,
  afterHoursSend,
  imageMissingAlt,
];

export const RULES_BY_ID: { [id: string]: Rule } = {};
for (const r of RULES) RULES_BY_ID[r.meta.id] = r;
