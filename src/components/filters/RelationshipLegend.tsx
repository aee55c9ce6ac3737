/**
 * The relationship types of the legend, filed under their vocabulary groups ("Patronage",
 * "Hostility") so that a long vocabulary folds into a few rows: each group is a row with a checkbox
 * for the whole group, a button that opens it (aria-expanded), its colours in small and its count;
 * open, it lists its types as the flat legend does. The types of the selected actor's relationships
 * (or of the selected relationship) are emphasised, and so are the groups holding them.
 */
import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import type { RelationshipType } from "../../domain/dataset/schema";
import type { TypeCount } from "../../domain/view/filters";
import { isWorthGrouping, legendGroups, typesOfActor } from "../../domain/view/legendGroups";
import { shownLabel } from "../../domain/limits";
import { useExplorerStore } from "../../store";
import { selectIndex, selectSelectedEdge, selectSelectedNode } from "../../store/selectors";
import { RelationshipTypeSwatch } from "../shared/Swatches";

interface Props {
  types: readonly RelationshipType[];
  counts: ReadonlyMap<string, TypeCount>;
  hidden: readonly string[];
  onChange(hidden: string[]): void;
  /** A row of the flat legend (checkbox, swatch, label, count, "only"). */
  row(type: RelationshipType, emphasised: boolean): ReactNode;
  /** "3/5", as the rows show it. */
  count(shown: number, total: number): ReactNode;
}

/** The relationship types the selection takes part in: the selected actor's, or the selected relationship's. */
function useSelectedTypes(): Set<string> {
  const index = useExplorerStore(selectIndex);
  const node = useExplorerStore(selectSelectedNode);
  const edge = useExplorerStore(selectSelectedEdge);
  if (edge) return new Set([edge.type]);
  if (!index || !node) return new Set();
  return typesOfActor(index.edgesByNode.get(node.id) ?? [], node.id);
}

export function RelationshipLegend({ types, counts, hidden, onChange, row, count }: Props) {
  const selected = useSelectedTypes();
  const groups = legendGroups(types);
  if (!isWorthGrouping(groups)) return <ul>{types.map((type) => row(type, selected.has(type.id)))}</ul>;
  return (
    <ul className="legend-groups">
      {groups.map((group) => (
        <LegendGroupRow
          key={group.name}
          name={group.name}
          types={group.types}
          counts={counts}
          hidden={hidden}
          onChange={onChange}
          selected={selected}
          row={row}
          count={count}
        />
      ))}
    </ul>
  );
}

function LegendGroupRow({
  name,
  types,
  counts,
  hidden,
  onChange,
  selected,
  row,
  count,
}: Omit<Props, "types"> & { name: string; types: RelationshipType[]; selected: Set<string> }) {
  const [open, setOpen] = useState(false);
  const listId = useId();
  const ids = types.map((t) => t.id);
  const shownIds = ids.filter((id) => !hidden.includes(id));
  const all = shownIds.length === ids.length;
  const none = shownIds.length === 0;
  const shown = ids.reduce((n, id) => n + (counts.get(id)?.visible ?? 0), 0);
  const total = ids.reduce((n, id) => n + (counts.get(id)?.total ?? 0), 0);
  const emphasised = ids.some((id) => selected.has(id));
  const checkbox = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (checkbox.current) checkbox.current.indeterminate = !all && !none;
  }, [all, none]);
  const toggleGroup = () =>
    onChange(all ? [...new Set([...hidden, ...ids])] : hidden.filter((id) => !ids.includes(id)));
  return (
    <li className={`legend-group${open ? " open" : ""}${emphasised ? " emphasised" : ""}`}>
      <div className={`legend-group-row${none ? " unchecked" : ""}`}>
        <input
          ref={checkbox}
          type="checkbox"
          checked={all}
          onChange={toggleGroup}
          aria-label={`Show ${name}`}
        />
        <button
          type="button"
          className="group-toggle"
          aria-expanded={open}
          aria-controls={listId}
          onClick={() => setOpen(!open)}
        >
          <span className="chevron" aria-hidden="true" />
          <span className="legend-label">{shownLabel(name)}</span>
          {emphasised && <span className="visually-hidden"> (has the selection&rsquo;s types)</span>}
        </button>
        {!open && <GroupColours types={types} hidden={hidden} />}
        {count(shown, total)}
      </div>
      <ul id={listId} hidden={!open}>
        {types.map((type) => row(type, selected.has(type.id)))}
      </ul>
    </li>
  );
}

/** The colours of a closed group, one short line each, so the group's place in the picture shows. */
function GroupColours({ types, hidden }: { types: RelationshipType[]; hidden: readonly string[] }) {
  return (
    <span className="group-colours" aria-hidden="true">
      {types.map((type) => (
        <span key={type.id} className={hidden.includes(type.id) ? "unchecked" : undefined}>
          <RelationshipTypeSwatch type={type} width={12} />
        </span>
      ))}
    </span>
  );
}
