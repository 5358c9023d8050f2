/**
 * `npm run bench:triage`: on 250 reps × 400 deals in PGlite, reasoning alone (deals/s), one rep's 400 deals end to
 * end (target < 1 s), and all deals end to end against the time to just read the same rows (target ≤ 2×).
 */
import { eq } from 'drizzle-orm';
import { SYSTEM_ACTOR } from '../src/domain/access/actor.ts';
import { assessDeal } from '../src/domain/triage/assess-deal.ts';
import type { DealContext } from '../src/domain/triage/deal-context.ts';
import { triageDeals } from '../src/services/triage/triage-deals.ts';
import { listOpenDeals, loadDealContexts, readWorldHead } from '../src/store/deal-contexts.ts';
import * as t from '../src/store/schema/index.ts';
import { openBenchStore } from './bench-store.ts';
import { rate } from './bench-world.ts';

const store = await openBenchStore();
const head = (await readWorldHead(store.db))!;
const deals = await listOpenDeals(store.db, head.pipeline);
const byOwner = new Map<string, string[]>();
for (const d of deals) byOwner.set(d.ownerId, [...(byOwner.get(d.ownerId) ?? []), d.opportunityId]);
console.log(`${deals.length.toLocaleString('en-US')} open deals of ${byOwner.size} reps in PGlite`);

// Warm up the engine and the store's caches on one rep, so the figures below are steady state.
const [firstOwner, firstIds] = [...byOwner.entries()][0]!;
for (const c of await loadDealContexts(store.db, head, firstIds)) assessDeal(c);

// One rep end to end: what `closeloop triage --rep` and the Today view pay.
const [rep] = await store.db.select().from(t.users).where(eq(t.users.id, firstOwner));
let started = performance.now();
const oneRep = await triageDeals(store.db, SYSTEM_ACTOR, { ownerId: rep!.id });
const oneRepMs = performance.now() - started;
console.log(
  `one rep end to end: ${oneRep.deals.length} deals in ${oneRepMs.toFixed(0)} ms (target < 1000 ms)`,
);

// Everyone: read time and reasoning time, per rep batch, as a run would do it.
let readMs = 0;
let reasonMs = 0;
let reasoned = 0;
const totalStart = performance.now();
for (const ids of byOwner.values()) {
  started = performance.now();
  const contexts: DealContext[] = await loadDealContexts(store.db, head, ids);
  readMs += performance.now() - started;
  started = performance.now();
  for (const c of contexts) assessDeal(c);
  reasonMs += performance.now() - started;
  reasoned += contexts.length;
}
const totalMs = performance.now() - totalStart;
console.log(
  `reasoning alone: ${rate(reasoned, reasonMs)} deals (${(reasonMs / 1000).toFixed(1)} s for ${reasoned.toLocaleString('en-US')})`,
);
console.log(
  `all deals end to end: ${(totalMs / 1000).toFixed(1)} s; reading the same rows: ${(readMs / 1000).toFixed(1)} s; ratio ${(totalMs / readMs).toFixed(2)}× (target ≤ 2×)`,
);
await store.close();
