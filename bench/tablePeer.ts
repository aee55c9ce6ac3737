/**
 * The table rows' peer: the same actors as the app's actors table, in a plain
 * @tanstack/react-virtual list (the library the app's table is built on) with React and nothing
 * else: no store, no filters, no measures, no canvas, no ARIA grid keyboard. Rows are built from the
 * file when the "Table" button is pressed (as the app builds them when its table opens), sorted by a
 * header click on precomputed keys with the same collator, and marked selected on a click. The rows
 * carry the app's markup hooks (role="row", data-index, data-id, aria-selected) so bench/tableRun.ts
 * waits for both pages' frames with the same conditions.
 */
import { useVirtualizer } from "@tanstack/react-virtual";
import { createElement as h, useMemo, useRef, useState } from "react";
import { createRoot } from "react-dom/client";
import type { Dataset } from "../src/domain/dataset/schema";

interface PeerRow {
  id: string;
  label: string;
  type: string;
  start: string;
  end: string;
  relationships: number;
}

const ROW_HEIGHT = 32;
const HEADER_HEIGHT = 36;
const OVERSCAN = 6;
const collator = new Intl.Collator("en", { numeric: true, sensitivity: "base" });

let dataset: Dataset | null = null;

function rowsOf(data: Dataset): PeerRow[] {
  const degrees = new Map<string, number>();
  for (const e of data.edges) {
    degrees.set(e.source, (degrees.get(e.source) ?? 0) + 1);
    if (e.target !== e.source) degrees.set(e.target, (degrees.get(e.target) ?? 0) + 1);
  }
  const typeLabels = new Map(data.nodeTypes.map((t) => [t.id, t.label]));
  return data.nodes.map((n) => ({
    id: n.id,
    label: n.label,
    type: typeLabels.get(n.type) ?? n.type,
    start: n.start ?? "",
    end: n.end ?? "",
    relationships: degrees.get(n.id) ?? 0,
  }));
}

const COLUMNS: { id: keyof PeerRow; header: string }[] = [
  { id: "label", header: "Actor" },
  { id: "type", header: "Type" },
  { id: "start", header: "Start" },
  { id: "end", header: "End" },
  { id: "relationships", header: "Relationships" },
];

function sorted(rows: PeerRow[], column: keyof PeerRow | null): PeerRow[] {
  if (!column) return rows;
  const keys = rows.map((r) => r[column]);
  const order = rows.map((_, i) => i);
  order.sort((i, j) => {
    const a = keys[i]!;
    const b = keys[j]!;
    const c = typeof a === "number" && typeof b === "number" ? a - b : collator.compare(String(a), String(b));
    return c || i - j;
  });
  return order.map((i) => rows[i]!);
}

function PeerList({ data }: { data: Dataset }) {
  const all = useMemo(() => rowsOf(data), [data]);
  const [sort, setSort] = useState<keyof PeerRow | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const rows = useMemo(() => sorted(all, sort), [all, sort]);
  const scroller = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: OVERSCAN,
    scrollMargin: HEADER_HEIGHT,
    getItemKey: (i) => rows[i]?.id ?? i,
  });
  const head = h(
    "div",
    { className: "peer-row peer-head", role: "row", style: { height: HEADER_HEIGHT, position: "sticky" } },
    COLUMNS.map((c) =>
      h(
        "div",
        { key: c.id, role: "columnheader", "aria-sort": sort === c.id ? "ascending" : "none" },
        h("button", { type: "button", onClick: () => setSort(c.id) }, c.header),
      ),
    ),
  );
  const body = h(
    "div",
    { style: { height: virtualizer.getTotalSize(), position: "relative" } },
    virtualizer.getVirtualItems().map((item) => {
      const row = rows[item.index]!;
      return h(
        "div",
        {
          key: item.key,
          className: "peer-row",
          role: "row",
          "data-index": item.index,
          "data-id": row.id,
          "aria-selected": selected === row.id,
          style: { height: ROW_HEIGHT, transform: `translateY(${item.start - HEADER_HEIGHT}px)` },
          onClick: () => setSelected(row.id),
        },
        COLUMNS.map((c) => h("div", { key: c.id, role: "gridcell" }, String(row[c.id]))),
      );
    }),
  );
  return h(
    "div",
    { ref: scroller, className: "peer-scroller", role: "grid", "aria-label": "Actors" },
    head,
    body,
  );
}

const root = createRoot(document.getElementById("list")!);
const input = document.querySelector<HTMLInputElement>('[data-testid="dataset-file-input"]')!;
input.addEventListener("change", () => {
  const file = input.files?.[0];
  if (!file) return;
  void file.text().then((text) => {
    dataset = JSON.parse(text) as Dataset;
    window.__tablePeer.loaded = true;
  });
});
document.getElementById("show")!.addEventListener("click", () => {
  if (dataset) root.render(h(PeerList, { data: dataset }));
});

declare global {
  interface Window {
    __tablePeer: { loaded: boolean };
  }
}
window.__tablePeer = { loaded: false };
