/**
 * Debian's Virtuoso (virtuoso-opensource, installed by .ci/run) for the database e2e test: started on
 * free loopback ports with a temporary database directory, the Wikidata-shaped sample loaded through
 * its bulk loader (ld_dir + rdf_loader_run, via isql), CORS enabled on /sparql so the app's page may
 * read its answers, and stopped (its directory removed) at the end.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

export const SAMPLE_TURTLE = resolve("tests/fixtures/sparql/wikidata-sample.ttl");
/** The generic (non-Wikidata) RDF sample, for the generic profile. */
export const GENERIC_TURTLE = resolve("tests/fixtures/sparql/generic-sample.ttl");
const GRAPH = "http://example.org/wikidata-sample";

export interface VirtuosoOptions {
  /** The Turtle file to bulk-load (default: the Wikidata-shaped sample). */
  turtle?: string;
  /** The graph it is loaded into, which is also the endpoint's default graph. */
  graph?: string;
}

export interface Virtuoso {
  endpoint: string;
  stop(): Promise<void>;
}

export function virtuosoInstalled(): boolean {
  return (
    spawnSync("virtuoso-t", ["--help"]).error === undefined &&
    spawnSync("isql-vt", ["-H"]).error === undefined
  );
}

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

function ini(dir: string, sqlPort: number, httpPort: number, graph: string): string {
  return `[Database]
DatabaseFile = ${dir}/virtuoso.db
ErrorLogFile = ${dir}/virtuoso.log
LockFile = ${dir}/virtuoso.lck
TransactionFile = ${dir}/virtuoso.trx
xa_persistent_file = ${dir}/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
MaxCheckpointRemap = 2000
Striping = 0
TempStorage = TempDatabase
[TempDatabase]
DatabaseFile = ${dir}/virtuoso-temp.db
TransactionFile = ${dir}/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping = 0
[Parameters]
ServerPort = 127.0.0.1:${sqlPort}
DisableUnixSocket = 1
MaxClientConnections = 5
CheckpointInterval = 60
CaseMode = 2
DirsAllowed = ., ${dir}
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
ThreadsPerQuery = 2
[HTTPServer]
ServerPort = 127.0.0.1:${httpPort}
ServerRoot = /var/lib/virtuoso-opensource-7/vsp
MaxClientConnections = 5
ServerThreads = 5
Charset = UTF-8
EnabledGzipContent = 0
[SPARQL]
ResultSetMaxRows = 10000
MaxQueryExecutionTime = 60
DefaultGraph = ${graph}
`;
}

function isql(sqlPort: number, script: string): { ok: boolean; output: string } {
  const run = spawnSync(
    "isql-vt",
    [`127.0.0.1:${sqlPort}`, "dba", "dba", "VERBOSE=OFF", "BANNER=OFF", "PROMPT=OFF"],
    {
      input: script,
      encoding: "utf8",
      timeout: 120_000,
    },
  );
  const output = `${run.stdout ?? ""}${run.stderr ?? ""}`;
  return { ok: run.status === 0 && !/\*\*\* Error/.test(output), output };
}

/** Waits until isql connects (the server takes a few seconds to create a new database). */
async function untilReady(sqlPort: number, server: ChildProcess): Promise<void> {
  for (;;) {
    if (server.exitCode !== null) throw new Error(`virtuoso exited with ${server.exitCode}`);
    if (isql(sqlPort, "SELECT 1;\n").ok) return;
    await new Promise((r) => setTimeout(r, 250));
  }
}

export async function startVirtuoso(options: VirtuosoOptions = {}): Promise<Virtuoso> {
  const graph = options.graph ?? GRAPH;
  const dir = mkdtempSync(join(tmpdir(), "virtuoso-e2e-"));
  const [sqlPort, httpPort] = [await freePort(), await freePort()];
  writeFileSync(join(dir, "virtuoso.ini"), ini(dir, sqlPort, httpPort, graph));
  copyFileSync(options.turtle ?? SAMPLE_TURTLE, join(dir, "sample.ttl"));
  const server = spawn("virtuoso-t", ["+foreground", "+configfile", join(dir, "virtuoso.ini")], {
    cwd: dir,
    stdio: "ignore",
  });
  const stop = async () => {
    if (server.exitCode === null) {
      isql(sqlPort, "shutdown;\n");
      await new Promise<void>((r) => {
        if (server.exitCode !== null) return r();
        const timer = setTimeout(() => (server.kill("SIGKILL"), r()), 20_000);
        server.once("exit", () => (clearTimeout(timer), r()));
      });
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await untilReady(sqlPort, server);
    const loaded = isql(
      sqlPort,
      `ld_dir('${dir}', 'sample.ttl', '${graph}');
rdf_loader_run();
checkpoint;
DB.DBA.VHOST_REMOVE (lhost=>'*ini*', vhost=>'*ini*', lpath=>'/sparql');
DB.DBA.VHOST_DEFINE (lhost=>'*ini*', vhost=>'*ini*', lpath=>'/sparql', ppath=>'/!sparql/', is_dav=>1, vsp_user=>'dba', opts=>vector('noinherit', 1, 'cors', '*', 'cors_restricted', 0));


SELECT COUNT(*) FROM DB.DBA.load_list WHERE ll_state <> 2 OR ll_error IS NOT NULL;
`,
    );
    if (!loaded.ok || !/^\s*0\s*$/m.test(loaded.output))
      throw new Error(`loading the sample failed:\n${loaded.output}`);
  } catch (error) {
    await stop();
    throw error;
  }
  return { endpoint: `http://127.0.0.1:${httpPort}/sparql`, stop };
}
