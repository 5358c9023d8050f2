/**
 * Measures the mission's gather step for batches of 100 deals: the store read (loadDealContexts) against the same
 * read through closeloop's MCP tool, in-process (linked transport) and over Streamable HTTP on loopback.
 * Run: node --import tsx test/mcp/measure-gather.ts [reps=10] [oppsPerRep=40] [rounds=30]
 */

import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { createAdaptorServer } from '@hono/node-server';
import { generateDemoWorld } from '../../src/demo/index.ts';
import { SYSTEM_ACTOR } from '../../src/domain/access/actor.ts';
import { closeloopContextSource } from '../../src/mcp/client/closeloop-context-source.ts';
import { connectInProcess, connectRemote } from '../../src/mcp/client/connect-closeloop.ts';
import { createMcpHttpHandler } from '../../src/mcp/http/mcp-http-handler.ts';
import { mcpDeps } from '../../src/mcp/mcp-deps.ts';
import { GetDealContextsOutput, getDealContexts } from '../../src/services/crm/get-deal-contexts.ts';
import { importWorkspace } from '../../src/services/workspace/import-workspace.ts';
import { listOpenDeals, loadDealContexts, readWorldHead } from '../../src/store/deal-contexts.ts';
import { openStore } from '../../src/store/open-store.ts';

const reps = Number(process.argv[2] ?? 10);
const perRep = Number(process.argv[3] ?? 40);
const BATCH = 100;
const ROUNDS = Number(process.argv[4] ?? 30);

const store = await openStore({ engine: 'pglite', dataDir: 'memory' });
const world = generateDemoWorld({ reps, oppsPerRep: perRep, seed: 3 });
await importWorkspace(store, Readable.from([JSON.stringify(world.workspace)]), { sourceName: 'demo.json' });
const head = (await readWorldHead(store.db))!;
const ids = (await listOpenDeals(store.db, head.pipeline)).map((d) => d.opportunityId);
const batches = Array.from({ length: Math.floor(ids.length / BATCH) }, (_, i) =>
  ids.slice(i * BATCH, (i + 1) * BATCH),
);

const http = createAdaptorServer({
  fetch: createMcpHttpHandler({ db: store.db, deps: mcpDeps(), authenticate: async () => SYSTEM_ACTOR }),
}) as Server;
await new Promise<void>((r) => http.listen(0, '127.0.0.1', r));
const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}/mcp`;

const options = { maxIdsPerCall: 500, timeoutMs: 120_000 };
const inProcess = closeloopContextSource({
  connect: () => connectInProcess({ db: store.db, actor: SYSTEM_ACTOR, deps: mcpDeps() }),
  ...options,
});
const overHttp = closeloopContextSource({ connect: () => connectRemote(url, undefined), ...options });

type Path = { name: string; load(batch: string[]): Promise<unknown> };
const paths: Path[] = [
  { name: 'store (direct)', load: (b) => loadDealContexts(store.db, head, b, head.asOf) },
  {
    name: 'service only (permission check + dossiers)',
    load: (b) => getDealContexts(store.db, SYSTEM_ACTOR, { opportunityIds: b }),
  },
  { name: 'MCP in-process', load: (b) => inProcess.load(store.db, head, b, head.asOf) },
  { name: 'MCP over HTTP (loopback)', load: (b) => overHttp.load(store.db, head, b, head.asOf) },
];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const p95 = (xs: number[]) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))]!;

for (const p of paths) await p.load(batches[0]!); // warm: JIT, connections, prepared plans
const times = new Map(paths.map((p) => [p.name, [] as number[]]));
for (let round = 0; round < ROUNDS; round++) {
  for (const p of paths) {
    const batch = batches[round % batches.length]!;
    const t0 = performance.now();
    await p.load(batch);
    times.get(p.name)!.push(performance.now() - t0);
  }
}

const sample = await getDealContexts(store.db, SYSTEM_ACTOR, { opportunityIds: batches[0]! });
const bytes = Buffer.byteLength(JSON.stringify(sample));
const t0 = performance.now();
for (let i = 0; i < 10; i++) GetDealContextsOutput.parse(sample);
const parseMs = (performance.now() - t0) / 10;

const base = median(times.get('store (direct)')!);
console.log(
  `world: ${world.workspace.opportunities.length} deals, ${world.workspace.activities.length} activities; ${batches.length} batches of ${BATCH} open deals; ${ROUNDS} rounds`,
);
console.log(
  `one batch's dossiers: ${(bytes / 1024).toFixed(0)} KiB of JSON; one zod parse of it: ${parseMs.toFixed(1)} ms`,
);
for (const p of paths) {
  const t = times.get(p.name)!;
  const m = median(t);
  console.log(
    `${p.name.padEnd(44)} median ${m.toFixed(1).padStart(7)} ms  p95 ${p95(t).toFixed(1).padStart(7)} ms  ${p.name === 'store (direct)' ? '' : `overhead ${(m - base).toFixed(1)} ms/batch (${((m / base - 1) * 100).toFixed(0)}%)`}`,
  );
}

await inProcess.close();
await overHttp.close();
await new Promise((r) => http.close(r));
await store.close();
