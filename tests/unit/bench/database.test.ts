import * as oxigraph from "oxigraph";
import { describe, expect, it } from "vitest";
import { parseOptions, UsageError } from "../../../bench/cli";
import {
  HUBS,
  NEIGHBOURS,
  actorsAfter,
  hubQid,
  lastMemberId,
  wikidataBenchTurtle,
} from "../../../bench/databaseData";
import { databaseTable } from "../../../bench/database";

describe("the database rows' sample", () => {
  const store = new oxigraph.Store();
  store.load(wikidataBenchTurtle(), { format: "text/turtle" });
  const count = (query: string) =>
    Number((store.query(query) as Map<string, { value: string }>[])[0]!.get("n")!.value);

  it.each(Array.from({ length: HUBS }, (_, i) => i + 1))("hub %i has exactly 500 statements", (k) => {
    const hub = `<http://www.wikidata.org/entity/${hubQid(k)}>`;
    expect(
      count(
        `SELECT (COUNT(*) AS ?n) WHERE { { ?s <http://www.wikidata.org/prop/direct/P463> ${hub} } UNION { ${hub} <http://www.wikidata.org/prop/direct/P463> ?o } }`,
      ),
    ).toBe(NEIGHBOURS);
    expect(
      count(
        `SELECT (COUNT(*) AS ?n) WHERE { <http://www.wikidata.org/entity/${lastMemberId(k).toUpperCase()}> ?p ?o }`,
      ),
    ).toBeGreaterThan(0);
  });

  it("ten expansions reach about 5,000 actors", () => {
    expect(actorsAfter(1)).toBe(501);
    expect(actorsAfter(HUBS)).toBeGreaterThan(4900);
    expect(actorsAfter(HUBS)).toBeLessThanOrEqual(5001);
  });
});

describe("the database rows' options and table", () => {
  it.each([
    [[], { databaseRuns: 1, databaseOnly: false }],
    [["--database-only", "--runs", "3"], { databaseRuns: 3, databaseOnly: true, importRuns: 0 }],
    [["--database-runs", "0"], { databaseRuns: 0 }],
    [["--import-only"], { databaseRuns: 0 }],
  ])("%j", (argv, expected) => {
    expect(parseOptions(argv)).toMatchObject(expected);
  });

  it("refuses --database-only with --import-only", () => {
    expect(() => parseOptions(["--database-only", "--import-only"])).toThrow(UsageError);
  });

  it("reports medians as app against the plain script, and the longest task against 200 ms", () => {
    const sample = {
      searchMs: 100,
      expandMs: Array(HUBS).fill(300),
      longestTaskMs: 150,
      actors: 4992,
      peerSearchMs: 50,
      peerExpandMs: Array(HUBS).fill(100),
      queries: { search: 1, expand: Array(HUBS).fill(11) },
    };
    const table = databaseTable({ samples: [sample], notes: [] });
    expect(table).toContain("| Search → results shown | 100 ms | 50 ms | 2.0× |");
    expect(table).toContain("| Expand an actor with 500 neighbours → drawn | 300 ms | 100 ms | 3.0× |");
    expect(table).toContain("| 10 expansions in a row → drawn (sum) | 3,000 ms | 1,000 ms | 3.0× |");
    expect(table).toContain("150 ms | – | within the 200 ms target");
  });
});
