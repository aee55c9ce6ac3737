/**
 * The left panel: a summary of what is shown, and the filters. The type lists double as the legend:
 * each type's swatch, its name, and how many of its elements are shown out of how many there are;
 * so does the stance group, with the key to relationships no source states as fact and the filter
 * that keeps only what some source does.
 */
import { useId, useMemo, useState, type ReactNode } from "react";
import "./FilterPanel.css";
import {
  activeFilterCount,
  isHideIsolatedOn,
  toggleListValue,
  type TypeCount,
} from "../../domain/view/filters";
import type { NodeType, RelationshipType } from "../../domain/dataset/schema";
import { describeNarrowing } from "../../domain/view/summary";
import { useExplorerStore } from "../../store";
import {
  selectFastRendering,
  selectFilters,
  selectIndex,
  selectSpec,
  selectVisibleGraph,
} from "../../store/selectors";
import { ClaimedSwatch, NodeTypeSwatch, RelationshipTypeSwatch } from "../shared/Swatches";
import { CLAIMED_LEGEND_LABEL } from "../../domain/export/legend";
import { ColourLegend } from "./ColourLegend";
import { SizeLegend } from "./SizeLegend";
import { datasetYearSpan } from "../../domain/dataset/dates";
import { type ViewFilters } from "../../domain/view/types";
import { shownLabel } from "../../domain/limits";
import { PathFinder } from "./PathFinder";
import { RelationshipLegend } from "./RelationshipLegend";
import { Timeline } from "./Timeline";

const setFilters = (patch: Partial<ViewFilters>) => useExplorerStore.getState().setFilters(patch);

export function FilterPanel() {
  const index = useExplorerStore(selectIndex);
  const visible = useExplorerStore(selectVisibleGraph);
  const filters = useExplorerStore(selectFilters);
  if (!index || !visible) return null;
  const { dataset } = index;
  return (
    <div className="filter-panel">
      <FilterSummary />
      <TypeFilter
        title="Relationships"
        types={dataset.relationshipTypes}
        counts={visible.relationshipTypeCounts}
        hidden={filters.hiddenRelationshipTypes}
        onChange={(hiddenRelationshipTypes) => setFilters({ hiddenRelationshipTypes })}
        swatch={(type) => <RelationshipTypeSwatch type={type as RelationshipType} />}
        grouped
        className="relationship-types"
      />
      <FastDrawingNote />
      <TypeFilter
        title="Actors"
        types={dataset.nodeTypes}
        counts={visible.nodeTypeCounts}
        hidden={filters.hiddenNodeTypes}
        onChange={(hiddenNodeTypes) => setFilters({ hiddenNodeTypes })}
        swatch={(type) => <NodeTypeSwatch type={type as NodeType} />}
        className="actor-types"
      />
      <SizeLegend />
      <ColourLegend />
      <TimeFilter />
      <PathFinder />
      <StanceFilter />
      <SourceFilter />
      <IsolatedOption />
    </div>
  );
}

/** The legend's key to direction while a large graph is drawn plain (src/cy/style.ts, plainOverviewStyles). */
function FastDrawingNote() {
  const fast = useExplorerStore(selectFastRendering);
  if (!fast) return null;
  return (
    <p className="hint fast-drawing-note">
      Large graph, drawn plain: every relationship is a line in its type&apos;s colour. Arrowheads
      (direction), line styles and the claimed marker are drawn on the relationships of the selected or
      hovered actor, on a found path, and on all relationships once you zoom in close.
    </p>
  );
}

function FilterSummary() {
  const index = useExplorerStore(selectIndex);
  const visible = useExplorerStore(selectVisibleGraph);
  const spec = useExplorerStore(selectSpec);
  if (!index || !visible) return null;
  const active = activeFilterCount(spec.filters);
  return (
    <section className="filter-summary" aria-label="What is shown" aria-live="polite">
      <p>
        Showing <strong>{visible.nodeIds.size}</strong> of {index.dataset.nodes.length} actors and{" "}
        <strong>{visible.edgeIds.size}</strong> of {index.dataset.edges.length} relationships
      </p>
      {(active > 0 || spec.focus) && (
        <p className="active-filters">
          {active > 0 && `${active} ${active === 1 ? "filter" : "filters"} active`}
          {active > 0 && spec.focus && " · "}
          {spec.focus && describeNarrowing(spec, index).find((n) => n.kind === "focus")?.text}
          {active > 0 && (
            <button
              type="button"
              className="link-button"
              onClick={() => useExplorerStore.getState().resetFilters()}
            >
              Reset filters
            </button>
          )}
        </p>
      )}
    </section>
  );
}

interface TypeFilterProps {
  title: string;
  types: readonly (NodeType | RelationshipType)[];
  counts: ReadonlyMap<string, TypeCount>;
  hidden: readonly string[];
  onChange(hidden: string[]): void;
  swatch(type: NodeType | RelationshipType): ReactNode;
  /** Relationship types are filed under their groups; actor types are one list. */
  grouped?: boolean;
  className?: string;
}

function TypeFilter({ title, types, counts, hidden, onChange, swatch, grouped, className }: TypeFilterProps) {
  const present = types.filter((t) => (counts.get(t.id)?.total ?? 0) > 0);
  const all = present.map((t) => t.id);
  const row = (type: NodeType | RelationshipType, emphasised = false) => {
    const count = counts.get(type.id);
    const shown = !hidden.includes(type.id);
    const classes = [shown ? "" : "unchecked", emphasised ? "emphasised" : ""].filter(Boolean).join(" ");
    return (
      <li key={type.id} title={type.description} className={classes || undefined}>
        <label>
          <input
            type="checkbox"
            checked={shown}
            onChange={() => onChange(toggleListValue(hidden, type.id))}
          />
          {swatch(type)}
          <span className="legend-label">{shownLabel(type.label)}</span>
          {emphasised && <span className="visually-hidden"> (the selection has these)</span>}
        </label>
        <ShownCount shown={count?.visible ?? 0} total={count?.total ?? 0} />
        <button
          type="button"
          className="only-button"
          onClick={() => onChange(all.filter((id) => id !== type.id))}
          aria-label={`Only ${shownLabel(type.label)}`}
          title={`Show only ${shownLabel(type.label)}`}
        >
          only
        </button>
      </li>
    );
  };
  return (
    <fieldset className={`filter-group${className ? ` ${className}` : ""}`}>
      <legend>
        <span>{title}</span>
        <span className="group-actions">
          <button
            type="button"
            className="link-button"
            onClick={() => onChange([])}
            aria-label={`Show all ${title.toLowerCase()}`}
          >
            all
          </button>
          <button
            type="button"
            className="link-button"
            onClick={() => onChange(all)}
            aria-label={`Show none of the ${title.toLowerCase()}`}
          >
            none
          </button>
        </span>
      </legend>
      {grouped ? (
        <RelationshipLegend
          types={present as RelationshipType[]}
          counts={counts}
          hidden={hidden}
          onChange={onChange}
          row={row}
          count={(shown, total) => <ShownCount shown={shown} total={total} />}
        />
      ) : (
        <ul>{present.map((type) => row(type))}</ul>
      )}
    </fieldset>
  );
}

/**
 * The key to claimed relationships and the facts-only filter; left out for a dataset where every
 * relationship is stated as fact by some source (unless a link switched the filter on).
 */
function StanceFilter() {
  const visible = useExplorerStore(selectVisibleGraph);
  const filters = useExplorerStore(selectFilters);
  if (!visible || (visible.claimedCount.total === 0 && !filters.factsOnly)) return null;
  const { visible: shown, total } = visible.claimedCount;
  return (
    <fieldset className="filter-group stance-filter">
      <legend>
        <span>How the sources state it</span>
      </legend>
      <ul>
        <li title="Every source of these relationships reports someone's claim, or marks it disputed.">
          <span className="legend-key">
            <ClaimedSwatch />
            <span className="legend-label">{CLAIMED_LEGEND_LABEL}</span>
          </span>
          <ShownCount shown={shown} total={total} />
        </li>
      </ul>
      <label className="option">
        <input
          type="checkbox"
          checked={filters.factsOnly}
          onChange={(event) => setFilters({ factsOnly: event.target.checked })}
        />
        Only relationships stated as fact
      </label>
      <p className="hint">
        Keeps a relationship when at least one of its sources states it in its own voice. Actors are not
        filtered by stance.
      </p>
    </fieldset>
  );
}

function parseYear(text: string): number | undefined {
  const year = Number.parseInt(text, 10);
  return Number.isFinite(year) && /^\s*-?\d{1,4}\s*$/.test(text) ? year : undefined;
}

function TimeFilter() {
  const index = useExplorerStore(selectIndex);
  const filters = useExplorerStore(selectFilters);
  const span = useMemo(() => (index ? datasetYearSpan(index.dataset) : null), [index]);
  if (!span) return null;
  const years = filters.years;
  const update = (from: number | undefined, to: number | undefined) =>
    setFilters({ years: from === undefined && to === undefined ? null : { from, to } });
  return (
    <fieldset className="filter-group time-filter">
      <legend>
        <span>Time</span>
        {years && (
          <span className="group-actions">
            <button type="button" className="link-button" onClick={() => setFilters({ years: null })}>
              any time
            </button>
          </span>
        )}
      </legend>
      {index && (
        <Timeline
          index={index}
          years={years}
          onChange={(range) => setFilters({ years: range })}
          includeUndated={filters.includeUndated}
          onIncludeUndated={(includeUndated) => setFilters({ includeUndated })}
        />
      )}
      <div className="year-fields">
        <YearField
          label="From"
          value={years?.from}
          placeholder={span.min}
          onChange={(from) => update(from, years?.to)}
        />
        <span aria-hidden="true">–</span>
        <YearField
          label="To"
          value={years?.to}
          placeholder={span.max}
          onChange={(to) => update(years?.from, to)}
        />
      </div>
    </fieldset>
  );
}

function YearField(props: {
  label: string;
  value?: number;
  placeholder: number;
  onChange(year?: number): void;
}) {
  const [draft, setDraft] = useState<string | null>(null);
  const text = draft ?? (props.value === undefined ? "" : String(props.value));
  const commit = () => {
    if (draft === null) return;
    props.onChange(draft.trim() === "" ? undefined : parseYear(draft));
    setDraft(null);
  };
  return (
    <label className="year-field">
      <span className="visually-hidden">{props.label} year</span>
      <input
        type="number"
        inputMode="numeric"
        aria-label={`${props.label} year`}
        placeholder={String(props.placeholder)}
        value={text}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => event.key === "Enter" && commit()}
      />
    </label>
  );
}

/** Above this many sources the list starts folded, so it does not push the options below out of reach. */
const SOURCES_SHOWN_OPEN = 5;

function SourceFilter() {
  const index = useExplorerStore(selectIndex);
  const filters = useExplorerStore(selectFilters);
  const [opened, setOpened] = useState<boolean | null>(null);
  const listId = useId();
  if (!index || index.dataset.sources.length < 2) return null;
  const all = index.dataset.sources.map((s) => s.id);
  const chosen = filters.sources ?? all;
  const open = opened ?? (all.length <= SOURCES_SHOWN_OPEN || filters.sources !== null);
  const toggle = (id: string) => {
    const next = toggleListValue(chosen, id);
    setFilters({ sources: next.length === all.length ? null : next });
  };
  return (
    <fieldset className="filter-group">
      <legend>
        <span>Sources</span>
        <span className="group-actions">
          {filters.sources && (
            <button type="button" className="link-button" onClick={() => setFilters({ sources: null })}>
              all
            </button>
          )}
          <button
            type="button"
            className="link-button"
            aria-expanded={open}
            aria-controls={listId}
            onClick={() => setOpened(!open)}
          >
            {open ? "hide list" : `list ${all.length}`}
          </button>
        </span>
      </legend>
      <ul id={listId} hidden={!open}>
        {index.dataset.sources.map((source) => (
          <li key={source.id}>
            <label>
              <input
                type="checkbox"
                checked={chosen.includes(source.id)}
                onChange={() => toggle(source.id)}
              />
              <span className="legend-label source-title">{shownLabel(source.title)}</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

function IsolatedOption() {
  const spec = useExplorerStore(selectSpec);
  const on = isHideIsolatedOn(spec);
  return (
    <label className="option isolated-option">
      <input
        type="checkbox"
        checked={on}
        onChange={(event) => setFilters({ hideIsolated: event.target.checked })}
      />
      Hide actors left without relationships
      {spec.filters.hideIsolated === null && <span className="muted"> (auto)</span>}
    </label>
  );
}

/** "3/5" on screen, "3 of 5 shown" to a screen reader (a plain span cannot carry a name). */
function ShownCount({ shown, total }: { shown: number; total: number }) {
  return (
    <span className="count">
      <span aria-hidden="true">
        {shown}/{total}
      </span>
      <span className="visually-hidden">
        {shown} of {total} shown
      </span>
    </span>
  );
}
