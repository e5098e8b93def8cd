import { Button, Field, Input, Select, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import type { ComposeType } from "../lint";
import { AttachmentsEditor } from "./AttachmentsEditor";
import { BodyView } from "./BodyView";
import { TIME_ZONES, type FormState } from "./form";
import type { PreviewStrings } from "./strings";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM, alignItems: "flex-start" },
  rowButton: { marginTop: "26px" },
  grow: { flexGrow: 1, minWidth: "14em" },
  source: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  body: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    margin: "0",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalM}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: `0 ${tokens.spacingHorizontalXS}` },
});

const COMPOSE_TYPES: ComposeType[] = ["new", "reply", "forward"];

/** The simulated compose window: every field of the draft, as text. */
export function ComposeForm({
  form,
  onChange,
  ps,
}: {
  form: FormState;
  onChange: (form: FormState) => void;
  ps: PreviewStrings;
}) {
  const styles = useStyles();
  const set = <K extends keyof FormState>(key: K, value: FormState[K]) => onChange({ ...form, [key]: value });
  const zones = TIME_ZONES.indexOf(form.timeZone) >= 0 ? TIME_ZONES : TIME_ZONES.concat(form.timeZone);
  const text = (key: "from" | "to" | "cc" | "bcc" | "subject", label: string, hint?: string) => (
    <Field label={label} hint={hint}>
      <Input value={form[key]} onChange={(_, d) => set(key, d.value)} data-testid={"field-" + key} />
    </Field>
  );
  return (
    <form className={styles.form} onSubmit={(e) => e.preventDefault()} data-testid="compose-form">
      {text("from", ps.from)}
      {text("to", ps.to, ps.addressHint)}
      {text("cc", ps.cc)}
      {text("bcc", ps.bcc)}
      {text("subject", ps.subject)}
      <fieldset className={styles.body}>
        <legend className={styles.legend}>{ps.body}</legend>
        <Field label={ps.bodyFormat}>
          <Select
            value={form.bodyFormat}
            onChange={(_, d) => set("bodyFormat", d.value === "text" ? "text" : "html")}
            data-testid="field-body-format"
          >
            <option value="html">{ps.formats.html}</option>
            <option value="text">{ps.formats.text}</option>
          </Select>
        </Field>
        <Field label={ps.bodySource}>
          <Textarea
            value={form.body}
            onChange={(_, d) => set("body", d.value)}
            rows={9}
            resize="vertical"
            textarea={{ className: styles.source, spellCheck: false }}
            data-testid="field-body"
          />
        </Field>
        <Field label={ps.bodyView} hint={ps.bodyViewHint}>
          <BodyView format={form.bodyFormat} body={form.body} title={ps.bodyView} />
        </Field>
      </fieldset>
      <AttachmentsEditor rows={form.attachments} onChange={(rows) => set("attachments", rows)} ps={ps} />
      <div className={styles.row}>
        <Field label={ps.composeType}>
          <Select
            value={form.composeType}
            onChange={(_, d) => set("composeType", d.value as ComposeType)}
            data-testid="field-compose-type"
          >
            {COMPOSE_TYPES.map((t) => (
              <option key={t} value={t}>
                {ps.composeTypes[t]}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <div className={styles.row}>
        <Field label={ps.sendAt} hint={ps.sendAtHint} className={styles.grow}>
          <Input
            type="datetime-local"
            value={form.sendAt}
            onChange={(_, d) => set("sendAt", d.value)}
            data-testid="field-send-at"
          />
        </Field>
        <Field label={ps.timeZone}>
          <Select
            value={form.timeZone}
            onChange={(_, d) => set("timeZone", d.value)}
            data-testid="field-time-zone"
          >
            {zones.map((z) => (
              <option key={z} value={z}>
                {z}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <div className={styles.row}>
        <Field label={ps.deliverAt} hint={ps.deliverAtHint} className={styles.grow}>
          <Input
            type="datetime-local"
            value={form.deliverAt}
            onChange={(_, d) => set("deliverAt", d.value)}
            data-testid="field-deliver-at"
          />
        </Field>
        <Button
          className={styles.rowButton}
          disabled={form.deliverAt === ""}
          onClick={() => set("deliverAt", "")}
        >
          {ps.clearDelivery}
        </Button>
      </div>
    </form>
  );
}
