/** "Size actors by": relationships in the dataset (the default) or a network measure of what is shown. */
import { isSizeBy, SIZE_BY, SIZE_BY_LABELS, SIZE_BY_MEANING } from "../../domain/view/sizeBy";
import { useExplorerStore } from "../../store";
import { selectSizeBy } from "../../store/selectors";

export function SizeBySelect() {
  const sizeBy = useExplorerStore(selectSizeBy);
  return (
    <label className="toolbar-select" title={`Larger actors: ${SIZE_BY_MEANING[sizeBy]}`}>
      <span className="toolbar-select-label">Size by</span>
      <select
        aria-label="Size actors by"
        value={sizeBy}
        onChange={(event) => {
          if (isSizeBy(event.target.value)) useExplorerStore.getState().setSizeBy(event.target.value);
        }}
      >
        {SIZE_BY.map((value) => (
          <option key={value} value={value}>
            {SIZE_BY_LABELS[value]}
          </option>
        ))}
      </select>
    </label>
  );
}
