/** "Colour actors by": their type (the default) or their Louvain community among the shown actors. */
import { COLOR_BY, COLOR_BY_LABELS, isColorBy } from "../../domain/view/colorBy";
import { useExplorerStore } from "../../store";
import { selectColorBy } from "../../store/selectors";

const MEANING = {
  type: "each actor in its type's colour",
  community: "each actor in its community's colour (Louvain, among the actors shown; the legend lists them)",
} as const;

export function ColorBySelect() {
  const colorBy = useExplorerStore(selectColorBy);
  return (
    <label className="color-by">
      <span>Colour actors by</span>
      <select
        className="color-by-select"
        aria-label="Colour actors by"
        title={`Colour actors by their type or their community. Now: ${MEANING[colorBy]}`}
        value={colorBy}
        onChange={(event) => {
          if (isColorBy(event.target.value)) useExplorerStore.getState().setColorBy(event.target.value);
        }}
      >
        {COLOR_BY.map((value) => (
          <option key={value} value={value}>
            {COLOR_BY_LABELS[value]}
          </option>
        ))}
      </select>
    </label>
  );
}
