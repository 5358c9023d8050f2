/** The benchmark's server process: `closeloop serve` on the prepared store, reporting its URL on stdout. */
import { composeRuntime } from '../src/runtime/app-runtime.ts';
import { serveRuntime, untilSignal } from '../src/server/serve-runtime.ts';
import { openStore, type StoreTarget } from '../src/store/open-store.ts';

const target: StoreTarget = process.env.BENCH_DATABASE_URL
  ? { engine: 'postgres', url: process.env.BENCH_DATABASE_URL }
  : { engine: 'pglite', dataDir: process.env.BENCH_DATA_DIR ?? '' };
const store = await openStore(target);
const runtime = await composeRuntime(store, { jobs: false });
const server = await serveRuntime(runtime, { port: 0, missions: false, dispatch: false });
process.stdout.write(`${JSON.stringify({ url: server.url })}\n`);
await untilSignal();
await server.close();
await runtime.close();
await store.close();
