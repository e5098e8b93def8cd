// Every rule, in the order the pane lists them at equal severity.
import type { Rule } from "../rule";
import { afterHoursSend } from "./after-hours-send";
import { allCaps } from "./all-caps";
import { bulkWithoutBcc } from "./bulk-without-bcc";
import { credentialInBody } from "./credential-in-body";
import { externalSensitiveContent } from "./external-sensitive-content";
import { forgottenAttachment } from "./forgotten-attachment";
import { imageMissingAlt } from "./image-missing-alt";
import { imageOnlyBody } from "./image-only-body";
import { longMessage } from "./long-message";
import { longThread } from "./long-thread";
import { nonDescriptiveLink } from "./non-descriptive-link";
import { personalMailboxExport } from "./personal-mailbox-export";
import { recipientTypo } from "./recipient-typo";
import { replyAllOveruse } from "./reply-all-overuse";
import { riskyAttachment } from "./risky-attachment";
import { vagueAttachmentName } from "./vague-attachment-name";
import { vagueSubject } from "./vague-subject";

export const RULES: Rule[] = [
  externalSensitiveContent,
  credentialInBody,
  recipientTypo,
  personalMailboxExport,
  bulkWithoutBcc,
  forgottenAttachment,
  riskyAttachment,
  replyAllOveruse,
  vagueSubject,
  afterHoursSend,
  imageMissingAlt,
  imageOnlyBody,
  longThread,
  vagueAttachmentName,
  nonDescriptiveLink,
  allCaps,
  longMessage,
];

export const RULES_BY_ID: { [id: string]: Rule } = {};
for (const r of RULES) RULES_BY_ID[r.meta.id] = r;
