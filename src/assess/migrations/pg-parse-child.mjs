// The Postgres parser (libpg-query, WebAssembly) in a process of its own, started by
// pg-parser-process.ts with `--liftoff-only`. In the action's own process V8 recompiles the
// parser's giant grammar function with TurboFan in the background after a few hundred parses:
// about 2 s of a core and a transient 450 MB on top of the assessment (measured; BENCHMARKS.md),
// and V8 offers no way to switch that off from JavaScript once Node has started.
//
// Protocol: one JSON request per line on stdin, `{"id": n, "sql": "..."}`; one JSON answer per
// line on stdout, `{"id": n, "ok": true, "tree": {...}}` or
// `{"id": n, "ok": false, "message": "...", "cursorPosition": n|null}`. Ends when stdin ends.
import { createInterface } from 'node:readline';

const imported = await import('libpg-query');
// The package's entry is CommonJS: Node's import() exposes its exports as named ones, a bundle's
// import() only as `default`. Accept both.
const pg = 'loadModule' in imported ? imported : imported.default;
await pg.loadModule();

const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
for await (const line of lines) {
  if (!line.trim()) continue;
  let id = null;
  let answer;
  try {
    const request = JSON.parse(line);
    id = request.id;
    answer = { id, ok: true, tree: pg.parseSync(request.sql) };
  } catch (error) {
    const position = error?.sqlDetails?.cursorPosition;
    answer = {
      id,
      ok: false,
      message: error instanceof Error ? error.message : String(error),
      cursorPosition: typeof position === 'number' ? position : null
    };
  }
  process.stdout.write(`${JSON.stringify(answer)}\n`);
}
