import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { DraftRead } from "../outlook/read-draft";
import type { Strings } from "./strings";

/** Some fields could not be read: the pane still shows what it could check. */
export function ReadNotice({ failed, s }: { failed: DraftRead["failed"]; s: Strings }) {
  const fields: string[] = [];
  for (const f of failed) {
    const name = s.fields[f.field] || f.field;
    if (fields.indexOf(name) < 0) fields.push(name);
  }
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="read-notice">
      <MessageBarBody>
        <MessageBarTitle>{s.failedReadTitle}</MessageBarTitle> {s.failedRead(s.list(fields))}
      </MessageBarBody>
    </MessageBar>
  );
}
