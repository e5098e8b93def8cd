// Ids shared between manifest.xml and the code. test/build/manifest.test.ts checks they match the manifest.

/**
 * `id` of the compose ribbon button that opens the task pane (manifest `<Control xsi:type="Button">`).
 * Smart Alerts pass it as `commandId` in `event.completed(...)` so that "Take Action" opens the pane.
 */
export const PANE_COMMAND_ID = "MailHygiene.OpenPane";
