import { Button, Checkbox, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { newRowId, type AttachmentRow } from "./form";
import type { PreviewStrings } from "./strings";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    margin: "0",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalM}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: `0 ${tokens.spacingHorizontalXS}` },
  list: {
    listStyleType: "none",
    margin: "0",
    padding: "0",
    display: "grid",
    rowGap: tokens.spacingVerticalS,
  },
  row: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 3fr) 7rem minmax(0, 2fr) auto",
    alignItems: "end",
    columnGap: tokens.spacingHorizontalM,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  none: { margin: "0", color: tokens.colorNeutralForeground2 },
  // Fluent's inputs have a minimum width of their own: let the grid decide.
  input: { width: "100%", minWidth: "0" },
  add: { alignSelf: "flex-start" },
});

/** The attachments of the simulated draft: name, size and whether the HTML shows it inline. */
export function AttachmentsEditor({
  rows,
  onChange,
  ps,
}: {
  rows: AttachmentRow[];
  onChange: (rows: AttachmentRow[]) => void;
  ps: PreviewStrings;
}) {
  const styles = useStyles();
  const update = (id: number, patch: Partial<AttachmentRow>) =>
    onChange(rows.map((r) => (r.id === id ? { ...r, ...patch } : r)));
  return (
    <fieldset className={styles.root}>
      <legend className={styles.legend}>{ps.attachments}</legend>
      {rows.length === 0 ? <p className={styles.none}>{ps.noAttachment}</p> : null}
      <ul className={styles.list}>
        {rows.map((r, i) => (
          <li
            key={r.id}
            className={styles.row}
            aria-label={ps.attachmentLabel(i + 1)}
            data-testid="attachment"
          >
            <Field label={ps.attachmentName}>
              <Input
                className={styles.input}
                value={r.name}
                onChange={(_, d) => update(r.id, { name: d.value })}
                data-testid="attachment-name"
              />
            </Field>
            <Field label={ps.attachmentSize}>
              <Input
                className={styles.input}
                type="number"
                min={0}
                value={r.size}
                onChange={(_, d) => update(r.id, { size: d.value })}
                data-testid="attachment-size"
              />
            </Field>
            <Checkbox
              label={ps.attachmentInline}
              checked={r.inline}
              onChange={(_, d) => update(r.id, { inline: d.checked === true })}
              data-testid="attachment-inline"
            />
            <Button
              appearance="subtle"
              aria-label={ps.removeAttachment(r.name)}
              onClick={() => onChange(rows.filter((x) => x.id !== r.id))}
            >
              ✕
            </Button>
          </li>
        ))}
      </ul>
      <Button
        className={styles.add}
        onClick={() => onChange(rows.concat({ id: newRowId(), name: "", size: "", inline: false }))}
        data-testid="add-attachment"
      >
        {ps.addAttachment}
      </Button>
    </fieldset>
  );
}
