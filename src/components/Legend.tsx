/** The key: node and relationship types present in the drawn graph, with counts. */
import { useMemo } from "react";
import { composeLegend } from "../domain/legend";
import { useExplorerStore } from "../store";
import { selectIndex } from "../store/selectors";
import { NodeTypeSwatch, RelationshipTypeSwatch } from "./Swatches";

export function Legend() {
  const index = useExplorerStore(selectIndex);
  const legend = useMemo(
    () => (index ? composeLegend(index.dataset, index.dataset.nodes, index.dataset.edges) : null),
    [index],
  );
  if (!legend) return null;
  return (
    <section className="legend" aria-label="Legend">
      <h3>Actors</h3>
      <ul>
        {legend.nodeTypes.map(({ type, count }) => (
          <li key={type.id} title={type.description}>
            <NodeTypeSwatch type={type} />
            <span className="legend-label">{type.label}</span>
            <span className="count">{count}</span>
          </li>
        ))}
      </ul>
      <h3>Relationships</h3>
      <ul>
        {legend.relationshipTypes.map(({ type, count }) => (
          <li key={type.id} title={type.description}>
            <RelationshipTypeSwatch type={type} />
            <span className="legend-label">{type.label}</span>
            <span className="count">{count}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
