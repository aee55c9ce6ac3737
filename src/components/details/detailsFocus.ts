/**
 * Where keyboard focus lands when an actor or relationship is opened (by search, Enter on the canvas,
 * a shortcut): the details panel's heading, so a screen reader reads what was opened and Tab goes on
 * into its relationships.
 */
export const DETAILS_HEADING_ID = "details-heading";

export function focusDetailsHeading(): void {
  document.getElementById(DETAILS_HEADING_ID)?.focus();
}
