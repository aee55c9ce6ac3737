/**
 * A combobox that finds an actor by name or alias, tolerant of typos and transliterations. Arrow keys
 * move through the results, Enter or a click picks one. Used by the header search and the path finder.
 */
import { useId, useMemo, useState, type KeyboardEvent, type Ref } from "react";
import "./ActorCombobox.css";
import { useExplorerStore } from "../../store";
import { selectActorSearch, selectIndex } from "../../store/selectors";
import { shownLabel } from "../../domain/limits";

interface ActorComboboxProps {
  id: string;
  label: string;
  placeholder: string;
  onPick(nodeId: string): void;
  inputRef?: Ref<HTMLInputElement>;
  /** Shown when the field is empty and not being edited: the actor already chosen. */
  chosenLabel?: string;
}

export function ActorCombobox({ id, label, placeholder, onPick, inputRef, chosenLabel }: ActorComboboxProps) {
  const search = useExplorerStore(selectActorSearch);
  const index = useExplorerStore(selectIndex);
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const listId = useId();
  const results = useMemo(() => (search && query.trim() ? search.search(query, 8) : []), [search, query]);

  const pick = (nodeId: string, input: HTMLInputElement | null) => {
    onPick(nodeId);
    setQuery("");
    setOpen(false);
    input?.blur();
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
      if (result) pick(result.nodeId, event.currentTarget);
    } else if (event.key === "Escape") {
      // Escape here closes the list, not the selection.
      event.stopPropagation();
      setQuery("");
      setOpen(false);
      event.currentTarget.blur();
    }
  };

  const expanded = open && query.trim().length > 0;
  return (
    <div className="combobox">
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <input
        ref={inputRef}
        id={id}
        type="search"
        role="combobox"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && results[active] ? `${listId}-${active}` : undefined}
        placeholder={chosenLabel ?? placeholder}
        className={chosenLabel ? "has-choice" : undefined}
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
                  pick(result.nodeId, null);
                }}
                onMouseEnter={() => setActive(i)}
              >
                <span className="result-label">{shownLabel(result.label)}</span>
                {result.matchedAlias && <span className="muted"> ({shownLabel(result.matchedAlias)})</span>}
                {type && <span className="result-type">{shownLabel(type.label)}</span>}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
