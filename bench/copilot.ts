/**
 * `npm run bench:copilot`: a replay of 1,000 copilot requests, offline, on a demo world in PGlite: reps asking
 * about their own accounts in varied words, with hot accounts asked about again and mail arriving meanwhile.
 * Prints latency p50/p95 per task type and the answer cache's hit rate.
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateDemoWorld } from '../src/demo/index.ts';
import type { Actor } from '../src/domain/access/actor.ts';
import { CopilotConfig } from '../src/domain/copilot/copilot-config.ts';
import type { CopilotAnswer } from '../src/domain/copilot/copilot-schema.ts';
import { actorByEmail } from '../src/services/access/resolve-actor.ts';
import { askCopilotOnce } from '../src/services/copilot/ask-copilot.ts';
import { decisionConfig } from '../src/services/decisions/decision-config.ts';
import { importWorkspaceFile } from '../src/services/workspace/import-workspace.ts';
import { upsertItems } from '../src/store/crm-writes.ts';
import { openStore } from '../src/store/open-store.ts';

const REQUESTS = Number(process.env.BENCH_COPILOT_REQUESTS ?? 1000);
const REPS = 8;
const OPPS_PER_REP = 40;
// A rep works a handful of hot deals at a time: most questions are about them.
const HOT_ACCOUNTS = 6;
// Mail keeps arriving while reps ask: one inbound email on a hot account every this many requests.
const MAIL_EVERY = 40;

let seed = 20_260_302;
const random = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed / 2_147_483_648;
};
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
/** Hot accounts first: the i-th account is asked about about twice as often as the (2i)-th. */
const zipf = <T>(xs: readonly T[]): T => xs[Math.min(xs.length - 1, Math.floor(xs.length ** random() - 1))]!;

const world = generateDemoWorld({ reps: REPS, oppsPerRep: OPPS_PER_REP, seed: 7 }).workspace;
const file = path.join(tmpdir(), `closeloop-bench-copilot-${process.pid}.json`);
writeFileSync(file, JSON.stringify(world));
const store = await openStore({ engine: 'pglite', dataDir: 'memory' });
await importWorkspaceFile(store, file);

type Rep = {
  actor: Actor;
  accounts: Array<{ id: string; name: string; contacts: string[]; emails: string[]; deal?: string }>;
};
const reps: Rep[] = [];
for (const user of world.users.filter((u) => u.role === 'rep')) {
  const open = world.opportunities.filter(
    (o) => o.ownerId === user.id && !o.isClosed && !/^Closed/.test(o.stage),
  );
  const accounts = world.accounts
    .filter((a) => open.some((o) => o.accountId === a.id))
    .map((a) => ({
      id: a.id,
      name: a.name,
      contacts: world.contacts
        .filter((c) => c.accountId === a.id && (c.status ?? 'active') === 'active')
        .map((c) => c.name),
      emails: world.contacts
        .filter((c) => c.accountId === a.id && (c.status ?? 'active') === 'active')
        .map((c) => c.email),
      deal: open.find((o) => o.accountId === a.id)?.id,
    }));
  reps.push({ actor: await actorByEmail(store.db, user.email), accounts });
}

const PRODUCT_QUESTIONS = [
  'does Business include SAML SSO?',
  'is SCIM included in Enterprise?',
  'how much is the Team plan?',
  'price per seat for Enterprise',
  'can customer data be hosted in the EU?',
  'do we have a SOC 2 report?',
  'what is the discount for a three-year commitment?',
  'does Brightline integrate with Snowflake?',
  'what uptime SLA comes with Enterprise?',
  'is there an audit log?',
  'do we support HIPAA?',
  'how much is a viewer seat?',
];

const first = (name: string) => name.split(' ')[0]!;
function request(rep: Rep): string {
  const a = zipf(rep.accounts.slice(0, Math.max(HOT_ACCOUNTS, 1)).concat(rep.accounts));
  const who = a.contacts.length ? pick(a.contacts) : a.name;
  const r = random();
  if (r < 0.3)
    return pick([
      `what's going on with ${a.name}?`,
      `catch me up on ${a.name}`,
      `research ${a.name}`,
      `${a.name} status`,
    ]);
  if (r < 0.5) return pick(PRODUCT_QUESTIONS);
  if (r < 0.65)
    return pick([
      `prep me for the ${a.name} call`,
      `brief me on ${a.name}`,
      `get me ready for my meeting with ${who}`,
    ]);
  if (r < 0.8)
    return pick([`what should I do about ${a.name}?`, 'what should I do today?', `next steps on ${a.name}`]);
  if (r < 0.9)
    return `log call with ${who} at ${a.name}: ${first(who)} wants ${pick(['the updated pricing', 'a security review', 'the order form', 'a 2-year quote'])} by ${pick(['Thursday', 'Friday', 'next week', 'the 20th'])}`;
  return pick([`draft a follow-up to ${who} at ${a.name}`, `email ${who} at ${a.name} about next steps`]);
}

let clock = Date.parse(world.asOf);
const deps = {
  config: CopilotConfig.parse({}),
  now: () => new Date(clock),
  decisions: { config: decisionConfig({}) },
};

// Warm up: the first requests pay for code loading and cold caches, which a running server does not.
for (const rep of reps.slice(0, 2)) await askCopilotOnce(store.db, rep.actor, { text: request(rep) }, deps);

const answers: CopilotAnswer[] = [];
const started = performance.now();
for (let i = 0; i < REQUESTS; i++) {
  // Twenty seconds between requests across the team: a busy afternoon, inside every rep's own limits.
  clock += 20_000;
  const rep = pick(reps);
  if (i % MAIL_EVERY === MAIL_EVERY - 1) {
    const a = pick(rep.accounts.slice(0, HOT_ACCOUNTS));
    await upsertItems(store.db, 'activities', [
      {
        id: `bench-mail-${i}`,
        type: 'email',
        accountId: a.id,
        ...(a.deal ? { opportunityId: a.deal } : {}),
        occurredAt: new Date(Date.parse(world.asOf) - 3_600_000).toISOString(),
        direction: 'inbound',
        from: a.emails[0] ?? `someone@${a.id}.example`,
        to: [rep.actor.email],
        subject: 'Quick question',
        body: 'Hi, any update on the proposal? Thanks',
      },
    ]);
  }
  answers.push(await askCopilotOnce(store.db, rep.actor, { text: request(rep) }, deps));
}
const wallMs = performance.now() - started;
await store.close();

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0;
};
const tasks = [...new Set(answers.map((a) => a.intent ?? '(asked back)'))].sort();
console.log(
  `copilot bench: ${answers.length.toLocaleString('en-US')} requests replayed offline on ${REPS} reps × ${OPPS_PER_REP} deals (PGlite in memory), ${(wallMs / 1000).toFixed(1)} s in all`,
);
console.log(
  `${'task'.padEnd(20)} ${'n'.padStart(5)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)} ${'cached'.padStart(7)}`,
);
for (const task of tasks) {
  const of = answers.filter((a) => (a.intent ?? '(asked back)') === task);
  const ms = of.map((a) => a.latencyMs);
  console.log(
    `${task.padEnd(20)} ${String(of.length).padStart(5)} ${String(quantile(ms, 0.5)).padStart(8)} ${String(quantile(ms, 0.95)).padStart(8)} ${String(of.filter((a) => a.cached).length).padStart(7)}`,
  );
}
const cacheable = answers.filter((a) => a.intent === 'research_account' || a.intent === 'product_question');
const hits = answers.filter((a) => a.cached).length;
console.log(
  `cache hit rate: ${((hits / Math.max(1, cacheable.length)) * 100).toFixed(1)}% of cacheable requests (research and product answers: ${hits} of ${cacheable.length}); ${((hits / answers.length) * 100).toFixed(1)}% of all requests`,
);
const statuses = new Map<string, number>();
for (const a of answers) statuses.set(a.status, (statuses.get(a.status) ?? 0) + 1);
console.log(`outcomes: ${[...statuses].map(([s, n]) => `${s} ${n}`).join(', ')}`);
