/** "Size actors by": relationships in the dataset (the default) or a network measure of what is shown. */
import { isSizeBy, SIZE_BY, SIZE_BY_LABELS, SIZE_BY_MEANING } from "../../domain/view/sizeBy";
import { useExplorerStore } from "../../store";
import { selectSizeBy } from "../../store/selectors";

export function SizeBySelect() {
  const sizeBy = useExplorerStore(selectSizeBy);
  return (
    <select
      className="size-by-select"
      aria-label="Size actors by"
      title={`Size actors by a measure. Larger now: ${SIZE_BY_MEANING[sizeBy]}`}
      value={sizeBy}
      onChange={(event) => {
        if (isSizeBy(event.target.value)) useExplorerStore.getState().setSizeBy(event.target.value);
      }}
    >
      {SIZE_BY.map((value) => (
        <option key={value} value={value}>
          Size: {SIZE_BY_LABELS[value]}
        </option>
      ))}
    </select>
  );
}
