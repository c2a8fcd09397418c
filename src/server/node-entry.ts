// dist/server.js, the server process's start: below normal priority, then Node's compile cache (Node 22.1+; the server
// runs in the editor's Node, 24 here) and the server's 2 MB bundle, dist/server-main.js, which a start would otherwise
// compile from scratch every time (in a profile of a start, 248 → 176 ms; tsc does the same). In an older Node the
// cache calls are absent and this is a plain require.
import * as nodeModule from 'node:module';
import { readdirSync } from 'node:fs';
import { setPriority } from 'node:os';

// The server is the editor's helper, and on a machine with few cores it indexes on all of them: below normal priority
// the editor (its extension host, its window) comes first. In three paired runs of `npm run bench -- host` on 2 cores,
// the extension host's p99 block while indexing went 19–22 → 17 ms and its blocks over 50 ms 4–10 → 4, with the same
// index time and highlights. Set first, so that every thread started after it (libuv's, the index workers) has it:
// on Linux the nice value is per thread and a new thread takes its creator's.
try {
  setPriority(10);
  // V8's own threads (garbage collection, compilation) too, started before any JavaScript ran: on Linux a thread's
  // id is a process id to setpriority(). In two pairs of host runs, blocks over 50 ms while indexing 4 / 2 → 1 / 2.
  for (const tid of readdirSync('/proc/self/task')) setPriority(Number(tid), 10);
} catch {
  // Not allowed here: the server runs at the editor's priority.
}

try {
  (nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.();
} catch {
  // No cache directory: the bundle is compiled as before.
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
require('./server-main.js');
// Written now (Node 23+), not only at a clean exit: an editor may kill its server.
try {
  (nodeModule as { flushCompileCache?: () => void }).flushCompileCache?.();
} catch {
  // As above.
}
