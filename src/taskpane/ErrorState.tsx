import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import type { Strings } from "./strings";

/**
 * A read of the draft failed. `stale`: earlier results are still shown below (a later re-read failed), so this is
 * a notice; otherwise nothing could be read and this is the whole pane.
 */
export function ErrorState({
  reason,
  stale,
  onRetry,
  s,
}: {
  reason: string;
  stale: boolean;
  onRetry: () => void;
  s: Strings;
}) {
  return (
    <MessageBar intent="error" layout="multiline" data-testid={stale ? "stale-error" : "read-error"}>
      <MessageBarBody>
        <MessageBarTitle>{stale ? s.staleError : s.readErrorTitle}</MessageBarTitle>
        {stale ? null : <> {s.readErrorBody}</>} {s.errorDetail(reason)}
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={onRetry}>{s.retry}</Button>
      </MessageBarActions>
    </MessageBar>
  );
}
