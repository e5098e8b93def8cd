import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useId, useState } from "react";
import type { PolicyProblem } from "../lint";
import type { Strings, UiLang } from "./strings";

const useStyles = makeStyles({
  body: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  text: { margin: "0" },
  toggle: { alignSelf: "flex-start", paddingLeft: "0" },
  list: { margin: "0", paddingLeft: tokens.spacingHorizontalL },
  path: { fontFamily: tokens.fontFamilyMonospace, wordBreak: "break-all" },
});

/** Names the faulty fields once each, in the file's order; the root ("") is the whole file. */
export function problemFields(problems: PolicyProblem[], s: Strings): string[] {
  const fields: string[] = [];
  for (const p of problems) {
    const name = p.path === "" ? s.policyWholeFile : p.path;
    if (fields.indexOf(name) < 0) fields.push(name);
  }
  return fields;
}

/**
 * The organisation's policy has faulty fields, which fell back to their defaults: say which, and let the user
 * see why, to tell the administrator. The pane works as usual underneath.
 */
export function PolicyNotice({ problems, s, lang }: { problems: PolicyProblem[]; s: Strings; lang: UiLang }) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const listId = useId();
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="policy-notice">
      <MessageBarBody className={styles.body}>
        <p className={styles.text}>
          <MessageBarTitle>{s.policyNoticeTitle}</MessageBarTitle>{" "}
          {s.policyProblems(problemFields(problems, s))}
        </p>
        <Button
          appearance="transparent"
          size="small"
          className={styles.toggle}
          aria-expanded={open}
          aria-controls={listId}
          onClick={() => setOpen(!open)}
        >
          {open ? s.policyHideDetails : s.policyShowDetails(problems.length)}
        </Button>
        {open ? (
          <ul id={listId} className={styles.list} data-testid="policy-problems">
            {problems.map((p, i) => (
              <li key={i}>
                <span className={styles.path}>{p.path === "" ? s.policyWholeFile : p.path}</span>
                {lang === "fr" ? " : " : ": "}
                {p.message[lang]}
              </li>
            ))}
          </ul>
        ) : null}
      </MessageBarBody>
    </MessageBar>
  );
}
