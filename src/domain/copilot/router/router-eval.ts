/** The labelled request files the router is scored on (`closeloop.router/v1`), and the scoring itself. */
import { z } from 'zod';
import { UserError } from '../../errors.ts';
import { isoDateTime, type Workspace } from '../../workspace/workspace-schema.ts';
import { CopilotIntent, type RouteDecision } from '../copilot-schema.ts';
import { buildEntityIndex, type EntityIndex } from './entity-index.ts';
import { repRecordsFromWorkspace } from './rep-records.ts';

export const ROUTER_FORMAT = 'closeloop.router/v1';

export const RouterCase = z.object({
  text: z.string().min(1),
  /** The task; absent on a case that only expects a question back. */
  intent: CopilotIntent.optional(),
  /** The account the request is about; null when it must name none (a product question, "what should I do today?"). */
  accountId: z.string().nullable().optional(),
  opportunityId: z.string().optional(),
  /** Exactly these contacts, when given. */
  contactIds: z.array(z.string()).optional(),
  /** The router should ask back instead of guessing. */
  clarify: z.boolean().optional(),
  /** Ask as this user instead of the file's actor (a manager, another rep). */
  as: z.string().optional(),
  note: z.string().optional(),
});
export type RouterCase = z.infer<typeof RouterCase>;

export const RouterWorld = z.discriminatedUnion('kind', [
  /** A workspace file, its path relative to the request file. */
  z.object({ kind: z.literal('workspace'), path: z.string() }),
  /** A generated demo world: the same options always give the same world. */
  z.object({
    kind: z.literal('demo'),
    reps: z.number().int().min(1).max(50),
    oppsPerRep: z.number().int().min(1).max(500),
    seed: z.number().int().min(0),
    asOf: isoDateTime.optional(),
  }),
]);

export const RouterFile = z.object({
  format: z.literal(ROUTER_FORMAT),
  /** Written after the router was tuned and never tuned on: its score is the honest one for new phrasings. */
  heldOut: z.boolean().default(false),
  world: RouterWorld,
  /** Who asks, by email. */
  actor: z.string(),
  cases: z.array(RouterCase).min(1),
});
export type RouterFile = z.infer<typeof RouterFile>;

export type CaseResult = {
  case: RouterCase;
  ok: boolean;
  intentOk: boolean;
  subjectOk: boolean;
  /** What the router did, in a line. */
  got: string;
};

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x) => b.includes(x));

export function describeDecision(d: RouteDecision): string {
  if (d.kind === 'clarify') return `clarify${d.intent ? ` (${d.intent})` : ''}: ${d.clarification.question}`;
  const r = d.route;
  return [
    r.intent,
    r.accountId,
    r.opportunityId,
    r.contactIds.length ? `[${r.contactIds.join(', ')}]` : undefined,
  ]
    .filter(Boolean)
    .join(' ');
}

export function scoreCase(c: RouterCase, d: RouteDecision): CaseResult {
  const got = describeDecision(d);
  if (c.clarify) {
    const ok = d.kind === 'clarify';
    return { case: c, ok, intentOk: ok, subjectOk: ok, got };
  }
  if (d.kind !== 'route') return { case: c, ok: false, intentOk: false, subjectOk: false, got };
  const r = d.route;
  const intentOk = r.intent === c.intent;
  const accountOk =
    c.accountId === undefined || (c.accountId === null ? !r.accountId : r.accountId === c.accountId);
  const dealOk = c.opportunityId === undefined || r.opportunityId === c.opportunityId;
  const peopleOk = c.contactIds === undefined || sameSet(r.contactIds, c.contactIds);
  const subjectOk = accountOk && dealOk && peopleOk;
  return { case: c, ok: intentOk && subjectOk, intentOk, subjectOk, got };
}

export type RouterScore = {
  cases: number;
  correct: number;
  accuracy: number;
  intentAccuracy: number;
  subjectAccuracy: number;
  /** Of the cases that should ask back, how many did. */
  clarifyRecall: number | null;
  misses: Array<{ text: string; expected: string; got: string }>;
};

const ratio = (n: number, d: number) => (d === 0 ? 0 : Math.round((n / d) * 1000) / 1000);

function expected(c: RouterCase): string {
  if (c.clarify) return 'clarify';
  return [
    c.intent,
    c.accountId ?? (c.accountId === null ? '(no account)' : undefined),
    c.opportunityId,
    c.contactIds?.length ? `[${c.contactIds.join(', ')}]` : undefined,
  ]
    .filter(Boolean)
    .join(' ');
}

export function scoreRouter(results: readonly CaseResult[]): RouterScore {
  const clarify = results.filter((r) => r.case.clarify);
  return {
    cases: results.length,
    correct: results.filter((r) => r.ok).length,
    accuracy: ratio(results.filter((r) => r.ok).length, results.length),
    intentAccuracy: ratio(results.filter((r) => r.intentOk).length, results.length),
    subjectAccuracy: ratio(results.filter((r) => r.subjectOk).length, results.length),
    clarifyRecall: clarify.length ? ratio(clarify.filter((r) => r.ok).length, clarify.length) : null,
    misses: results
      .filter((r) => !r.ok)
      .map((r) => ({ text: r.case.text, expected: expected(r.case), got: r.got })),
  };
}

/** The owners a user may see in a workspace: themselves and everyone below them; null (everything) for an admin. */
export function visibleOwnersIn(
  ws: Pick<Workspace, 'users'>,
  email: string,
): { userId: string; owners: string[] | null } | undefined {
  const user = ws.users.find((u) => u.email.toLowerCase() === email.toLowerCase());
  if (!user) return undefined;
  if (user.role === 'admin') return { userId: user.id, owners: null };
  const owners = new Set([user.id]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const u of ws.users)
      if (u.managerId && owners.has(u.managerId) && !owners.has(u.id)) {
        owners.add(u.id);
        grew = true;
      }
  }
  return { userId: user.id, owners: [...owners] };
}

export type RouterRun = RouterScore & { results: CaseResult[] };

/** Routes every case of a file against its world, as each case's asker, and scores the result. */
export function evaluateRouter(file: RouterFile, world: Workspace, route: RouteFn): RouterRun {
  const indexes = new Map<string, EntityIndex>();
  const indexFor = (email: string): EntityIndex => {
    let index = indexes.get(email);
    if (!index) {
      const who = visibleOwnersIn(world, email);
      if (!who)
        throw new UserError('invalid_file', `${email} asks the router, but is not a user of the world`);
      index = buildEntityIndex(
        repRecordsFromWorkspace(world, who.owners, world.users.find((u) => u.id === who.userId)?.timezone),
      );
      indexes.set(email, index);
    }
    return index;
  };
  const results = file.cases.map((c) =>
    scoreCase(c, route(c.text, indexFor(c.as ?? file.actor), world.asOf)),
  );
  return { ...scoreRouter(results), results };
}

export type RouteFn = (text: string, index: EntityIndex, now: string) => RouteDecision;
