// The info bar shown while composing when sensitive content would go outside (OnMessageRecipientsChanged and
// OnMessageAttachmentsChanged): an InsightMessage whose link opens the task pane on that finding. Pure; the
// handlers in launchevent.ts add or remove it.
//
// Limits (@types/office-js NotificationMessages / NotificationMessageDetails): key at most 32 characters,
// message at most 150, `icon` a manifest image resid (only classic Windows shows it), one action,
// insightMessage with actions from Mailbox 1.10, one InsightMessage per add-in.
import type { Finding, Lang } from "../lint";
import { PANE_COMMAND_ID } from "./commands";
import { encodePaneContext } from "./pane-context";

export const NOTICE_KEY = "MailHygiene.SensitiveOutside";
/** a `bt:Image` id of manifest.xml */
export const NOTICE_ICON = "Icon.16x16";
export const NOTICE_MESSAGE_MAX = 150;
export const NOTICE_RULE = "external-sensitive-content";

const TEXT: { [l in Lang]: { message: string; action: string } } = {
  fr: {
    message:
      "Ce message contient des données sensibles et part vers l'extérieur : vérifiez-le avant l'envoi.",
    action: "Vérifier",
  },
  en: {
    message: "This message holds sensitive data and goes outside the organisation: check it before sending.",
    action: "Review",
  },
};

/** The notice to show for these findings, or undefined when it should go. */
export function noticeFor(findings: Finding[], lang: Lang): Office.NotificationMessageDetails | undefined {
  const found = findings.some((f) => f.ruleId === NOTICE_RULE && f.severity !== "info");
  if (!found) return undefined;
  const text = TEXT[lang];
  return {
    type: "insightMessage",
    message: text.message,
    icon: NOTICE_ICON,
    actions: [
      {
        actionType: "showTaskPane",
        actionText: text.action,
        commandId: PANE_COMMAND_ID,
        contextData: encodePaneContext({ source: "notice", ruleIds: [NOTICE_RULE] }),
      },
    ],
  };
}
