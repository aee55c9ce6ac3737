/** Skip links: the first stops of Tab, shown when focused, each moving focus to a main region. */
import "./SkipLinks.css";
import { CANVAS_ID, DETAILS_ID, FILTERS_ID } from "../shared/regions";

const LINKS = [
  [CANVAS_ID, "Skip to the canvas"],
  [FILTERS_ID, "Skip to the filters"],
  [DETAILS_ID, "Skip to the details"],
] as const;

export function SkipLinks() {
  return (
    <ul className="skip-links">
      {LINKS.map(([id, text]) => (
        <li key={id}>
          <a
            href={`#${id}`}
            onClick={(event) => {
              // Focus moves without the URL's hash changing: the URL carries the view alone.
              event.preventDefault();
              document.getElementById(id)?.focus();
            }}
          >
            {text}
          </a>
        </li>
      ))}
    </ul>
  );
}
