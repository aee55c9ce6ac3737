/**
 * Actor search: a combobox over labels and aliases, tolerant of typos and transliterations.
 * "/" focuses it from anywhere; arrow keys move through results; Enter selects and centres.
 */
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { canvasCommands } from "../cy/registry";
import { useExplorerStore } from "../store";
import { selectActorSearch, selectIndex } from "../store/selectors";

export const SEARCH_INPUT_ID = "actor-search";

export function SearchBox() {
  const search = useExplorerStore(selectActorSearch);
  const index = useExplorerStore(selectIndex);
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const listId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const results = useMemo(() => (search && query.trim() ? search.search(query, 8) : []), [search, query]);

  useEffect(() => {
    const focusOnSlash = (event: globalThis.KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      const typing = target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
      if (event.key === "/" && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
        event.preventDefault();
        inputRef.current?.focus();
      }
    };
    window.addEventListener("keydown", focusOnSlash);
    return () => window.removeEventListener("keydown", focusOnSlash);
  }, []);

  const pick = (nodeId: string) => {
    useExplorerStore.getState().select({ kind: "node", id: nodeId });
    canvasCommands.centreOn(nodeId);
    setQuery("");
    setOpen(false);
    inputRef.current?.blur();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (results.length === 0) return;
      setOpen(true);
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((i) => (i + step + results.length) % results.length);
    } else if (event.key === "Enter") {
      const result = results[active];
      if (result) pick(result.nodeId);
    } else if (event.key === "Escape") {
      // Escape here closes the search, not the selection.
      event.stopPropagation();
      setQuery("");
      setOpen(false);
      inputRef.current?.blur();
    }
  };

  const expanded = open && query.trim().length > 0;
  return (
    <div className="search">
      <label htmlFor={SEARCH_INPUT_ID} className="visually-hidden">
        Search actors
      </label>
      <input
        ref={inputRef}
        id={SEARCH_INPUT_ID}
        type="search"
        role="combobox"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && results[active] ? `${listId}-${active}` : undefined}
        placeholder={index ? `Search ${index.dataset.nodes.length} actors  ( / )` : "Search actors"}
        value={query}
        disabled={!search}
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      {expanded && (
        <ul id={listId} role="listbox" className="search-results" aria-label="Matching actors">
          {results.length === 0 && (
            <li className="muted no-results" role="presentation">
              No actor matches “{query}”.
            </li>
          )}
          {results.map((result, i) => {
            const node = index?.nodesById.get(result.nodeId);
            const type = node && index?.nodeTypesById.get(node.type);
            return (
              <li
                key={result.nodeId}
                id={`${listId}-${i}`}
                role="option"
                aria-selected={i === active}
                className={i === active ? "active" : undefined}
                // mousedown, not click: it must land before the input's blur closes the list.
                onMouseDown={(event) => {
                  event.preventDefault();
                  pick(result.nodeId);
                }}
                onMouseEnter={() => setActive(i)}
              >
                <span className="result-label">{result.label}</span>
                {result.matchedAlias && <span className="muted"> ({result.matchedAlias})</span>}
                {type && <span className="result-type">{type.label}</span>}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
