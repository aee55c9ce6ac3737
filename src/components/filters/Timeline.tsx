/**
 * The timeline under the year range: a bar a year for the relationships and events that begin in it,
 * the chosen years in the accent colour, and the undated relationships counted beside it. Drag across
 * the bars to choose the years (the range is applied when the drag ends); by keyboard, ← → move
 * through the years, Shift+← → extend the range from where it started, Enter picks one year, Esc
 * clears the range. The year under the pointer or the keyboard is read out below, by relationship type.
 */
import { useMemo, useState, type KeyboardEvent, type PointerEvent } from "react";
import "./Timeline.css";
import { buildTimeline, inRange, rangeBetween, type YearBin } from "../../domain/view/timeline";
import type { DatasetIndex } from "../../domain/dataset/datasetIndex";
import type { YearRange } from "../../domain/view/types";
import { shownLabel } from "../../domain/limits";

interface Props {
  index: DatasetIndex;
  years: YearRange | null;
  onChange(years: { from: number; to: number } | null): void;
  includeUndated: boolean;
  onIncludeUndated(include: boolean): void;
}

const BAR_HEIGHT = 34;

const plural = (n: number, one: string, many: string) => `${n.toLocaleString("en")} ${n === 1 ? one : many}`;

/** "2003: 5 relationships (Arms 2, Funds 3), 1 event". */
function describeYear(bin: YearBin, index: DatasetIndex): string {
  const types = [...bin.relationshipsByType].map(
    ([id, n]) => `${shownLabel(index.relationshipTypesById.get(id)?.label ?? id)} ${n}`,
  );
  const parts = [
    bin.relationships > 0 || bin.events === 0
      ? `${plural(bin.relationships, "relationship", "relationships")}${types.length > 0 ? ` (${types.join(", ")})` : ""}`
      : "",
    bin.events > 0 ? plural(bin.events, "event", "events") : "",
  ].filter(Boolean);
  return `${bin.year}: ${parts.join(", ")}`;
}

export function Timeline({ index, years, onChange, includeUndated, onIncludeUndated }: Props) {
  const timeline = useMemo(() => buildTimeline(index.dataset), [index]);
  const { bins, peak } = timeline;
  const [cursor, setCursor] = useState<number | null>(null);
  const [drag, setDrag] = useState<{ anchor: number; current: number } | null>(null);
  const [anchor, setAnchor] = useState<number | null>(null);
  const undated = (
    <div className="timeline-undated">
      <strong>{timeline.undatedRelationships.toLocaleString("en")}</strong> undated
      <label title="Keep the relationships that have no date, whatever the years">
        <input
          type="checkbox"
          checked={includeUndated}
          onChange={(event) => onIncludeUndated(event.target.checked)}
          aria-label="Keep undated relationships"
        />
        keep
      </label>
    </div>
  );
  if (bins.length === 0) return <div className="timeline">{undated}</div>;
  const first = bins[0]!.year;
  const last = bins[bins.length - 1]!.year;
  const shownRange = drag ? rangeBetween(drag.anchor, drag.current, bins) : years;
  const focusedBin = cursor === null ? undefined : bins[cursor - first];

  const yearAt = (event: PointerEvent<SVGSVGElement>): number => {
    const box = event.currentTarget.getBoundingClientRect();
    const i = Math.floor(((event.clientX - box.left) / Math.max(1, box.width)) * bins.length);
    return first + Math.min(bins.length - 1, Math.max(0, i));
  };
  const onPointerDown = (event: PointerEvent<SVGSVGElement>) => {
    if (event.button !== 0) return;
    event.currentTarget.setPointerCapture?.(event.pointerId);
    const year = yearAt(event);
    setDrag({ anchor: year, current: year });
    setCursor(year);
  };
  const onPointerMove = (event: PointerEvent<SVGSVGElement>) => {
    const year = yearAt(event);
    setCursor(year);
    if (drag && drag.current !== year) setDrag({ ...drag, current: year });
  };
  const onPointerUp = () => {
    if (!drag) return;
    onChange(rangeBetween(drag.anchor, drag.current, bins));
    setAnchor(drag.anchor);
    setDrag(null);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const at = cursor ?? years?.from ?? first;
    const step = { ArrowLeft: -1, ArrowRight: 1, ArrowDown: -1, ArrowUp: 1 }[event.key];
    let next: number | undefined;
    if (step !== undefined) next = at + step * (event.ctrlKey || event.altKey ? 10 : 1);
    else if (event.key === "Home") next = first;
    else if (event.key === "End") next = last;
    if (next !== undefined) {
      event.preventDefault();
      next = Math.min(last, Math.max(first, next));
      setCursor(next);
      if (event.shiftKey) {
        const from = anchor ?? at;
        setAnchor(from);
        onChange(rangeBetween(from, next, bins));
      }
      return;
    }
    if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      setAnchor(at);
      setCursor(at);
      onChange({ from: at, to: at });
    } else if (event.key === "Escape" && years) {
      // The range goes, and Esc goes no further (it would also clear the selection).
      event.preventDefault();
      event.stopPropagation();
      setAnchor(null);
      onChange(null);
    }
  };

  const chosen = shownRange && (shownRange.from !== undefined || shownRange.to !== undefined);
  return (
    <div className="timeline">
      <div className="timeline-row">
        <div
          className="timeline-bars"
          role="group"
          tabIndex={0}
          aria-label={`Timeline, ${first}–${last}: relationships and events by the year they begin`}
          aria-describedby="timeline-keys"
          onKeyDown={onKeyDown}
          onBlur={() => setCursor(null)}
        >
          <svg
            viewBox={`0 0 ${bins.length} ${BAR_HEIGHT}`}
            preserveAspectRatio="none"
            aria-hidden="true"
            onPointerDown={onPointerDown}
            onPointerMove={onPointerMove}
            onPointerUp={onPointerUp}
            onPointerCancel={() => setDrag(null)}
            onPointerLeave={() => !drag && setCursor(null)}
          >
            {bins.map((bin, i) => {
              const height = bin.total === 0 ? 0 : Math.max(1.5, (bin.total / peak) * (BAR_HEIGHT - 2));
              const classes = [
                chosen && inRange(bin.year, shownRange) ? "in-range" : chosen ? "out-of-range" : "",
                bin.year === cursor ? "cursor" : "",
              ];
              return (
                <g key={bin.year} className={classes.filter(Boolean).join(" ") || undefined}>
                  <rect className="year-slot" x={i} y={0} width={1} height={BAR_HEIGHT} />
                  <rect
                    className="year-bar"
                    x={i + 0.12}
                    y={BAR_HEIGHT - height}
                    width={0.76}
                    height={height}
                  />
                </g>
              );
            })}
          </svg>
          <div className="timeline-axis" aria-hidden="true">
            <span>{first}</span>
            <span>{last}</span>
          </div>
        </div>
        {undated}
      </div>
      <p className="timeline-readout" title={focusedBin ? describeYear(focusedBin, index) : undefined}>
        <span aria-live="polite">{focusedBin ? describeYear(focusedBin, index) : ""}</span>
        {!focusedBin && (
          <span className="muted" aria-hidden="true">
            Drag across the bars to choose years
          </span>
        )}
      </p>
      <p id="timeline-keys" className="visually-hidden">
        Left and right arrows move through the years, with Shift they extend the range; Enter picks one year;
        Escape shows any time.
      </p>
    </div>
  );
}
