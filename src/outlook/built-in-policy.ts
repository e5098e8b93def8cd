// The organisation's policy compiled into the bundles at build time (`--env policy=FILE`, the same file
// that is served as dist/policy.json). The send handler relies on it: classic Outlook's JavaScript-only
// runtime cannot be counted on to fetch a file; the pane prefers the served file and falls back to this.

declare const __MAIL_HYGIENE_POLICY__: string | undefined;

/** The policy JSON the add-in was built with, or undefined (tests, or a build without one). */
export function builtInPolicy(): unknown {
  if (typeof __MAIL_HYGIENE_POLICY__ !== "string") return undefined;
  try {
    return JSON.parse(__MAIL_HYGIENE_POLICY__);
    // eslint-disable-next-line @typescript-eslint/no-unused-vars -- ES2016 has no optional catch binding
  } catch (e) {
    return undefined;
  }
}
