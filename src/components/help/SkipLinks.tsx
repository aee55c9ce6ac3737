/** Skip links: the first stops of Tab, shown when focused, each moving focus to a main region. */
import "./SkipLinks.css";
import { useExplorerStore } from "../../store";
import { selectTable } from "../../store/selectors";
import { CANVAS_ID, DETAILS_ID, FILTERS_ID } from "../shared/regions";

/** The table's current row: the one stop Tab makes in the grid (the canvas is hidden meanwhile). */
const tableRow = () => document.querySelector<HTMLElement>('[role="grid"] [role="row"][tabindex="0"]');

export function SkipLinks() {
  const tableShown = useExplorerStore(selectTable) !== null;
  const links: [string, string, () => HTMLElement | null][] = [
    tableShown
      ? [CANVAS_ID, "Skip to the table", tableRow]
      : [CANVAS_ID, "Skip to the canvas", () => document.getElementById(CANVAS_ID)],
    [FILTERS_ID, "Skip to the filters", () => document.getElementById(FILTERS_ID)],
    [DETAILS_ID, "Skip to the details", () => document.getElementById(DETAILS_ID)],
  ];
  return (
    <ul className="skip-links">
      {links.map(([id, text, target]) => (
        <li key={id}>
          <a
            href={`#${id}`}
            onClick={(event) => {
              // Focus moves without the URL's hash changing: the URL carries the view alone.
              event.preventDefault();
              target()?.focus();
            }}
          >
            {text}
          </a>
        </li>
      ))}
    </ul>
  );
}
