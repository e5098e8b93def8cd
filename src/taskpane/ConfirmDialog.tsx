import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState, type ReactElement } from "react";

const useStyles = makeStyles({
  list: {
    margin: `${tokens.spacingVerticalS} 0 0 0`,
    paddingLeft: tokens.spacingHorizontalL,
    maxHeight: "40vh",
    overflowY: "auto",
    wordBreak: "break-word",
  },
  intro: { margin: "0" },
});

/**
 * Asks before a fix that cannot be undone from the pane (removing recipients). `trigger` is the button that opens
 * it; focus goes back to it on close. Cancel does nothing.
 */
export function ConfirmDialog({
  trigger,
  title,
  intro,
  items,
  confirmLabel,
  cancelLabel,
  onConfirm,
}: {
  trigger: ReactElement;
  title: string;
  intro: string;
  items: string[];
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
}) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={(_, data) => setOpen(data.open)} modalType="alert">
      <DialogTrigger disableButtonEnhancement>{trigger}</DialogTrigger>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent>
            <p className={styles.intro}>{intro}</p>
            <ul className={styles.list}>
              {items.map((item, i) => (
                <li key={i}>{item}</li>
              ))}
            </ul>
          </DialogContent>
          <DialogActions>
            <Button
              appearance="primary"
              onClick={() => {
                setOpen(false);
                onConfirm();
              }}
            >
              {confirmLabel}
            </Button>
            <DialogTrigger disableButtonEnhancement>
              <Button appearance="secondary">{cancelLabel}</Button>
            </DialogTrigger>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
