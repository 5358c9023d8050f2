import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CopilotAnswer, CopilotEvent } from '../../src/domain/copilot/copilot-schema.ts';
import { CopilotKpis } from '../../src/services/copilot/copilot-kpis.ts';
import { copilotRequests, proposals } from '../../src/store/schema/index.ts';
import { testDeps } from '../copilot/support/copilot-world.ts';
import { loggedIn, people, type ServerWorld, serverWorld, TestClient } from './support/server-world.ts';
import { readEvents } from './support/sse-reader.ts';

// Small enough that one test reaches it in a few requests; each test asks as its own person.
const PER_MINUTE = 3;

let world: ServerWorld;
beforeAll(async () => {
  world = await serverWorld({
    // The wall clock: the KPI window ends now, so requests must be stamped now to count.
    copilot: testDeps({ requestsPerMinute: PER_MINUTE }, { now: () => new Date() }),
  });
});
afterAll(() => world.close());

const requestsOf = async (userId: string): Promise<number> => {
  const [row] = await world.store.db
    .select({ n: sql<number>`count(*)::int` })
    .from(copilotRequests)
    .where(eq(copilotRequests.userId, userId));
  return Number(row?.n ?? 0);
};

describe('POST /api/copilot/ask', () => {
  it('streams each step as an observation event, then the answer', async () => {
    const dana = await loggedIn(world, people.dana);
    const res = await dana.post('/api/copilot/ask', {
      text: 'prep me for my call with Hank about the Globex proposal',
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const events = await readEvents(res, (e) => e.event === 'answer' || e.event === 'error');
    const names = events.map((e) => e.event);
    expect(names.at(-1)).toBe('answer');
    const steps = events.slice(0, -1);
    // The brief reads the account, the deal, its activities, the verdict, usage and the knowledge base.
    expect(steps.length).toBeGreaterThanOrEqual(5);
    expect(new Set(steps.map((e) => e.event))).toEqual(new Set(['observation']));
    const parsed = steps.map((e) => CopilotEvent.parse(JSON.parse(e.data)));
    const seqs = parsed.map((e) => (e.type === 'observation' ? e.seq : -1));
    expect(seqs).toEqual(seqs.map((_, i) => i + 1));
    expect(steps.map((e) => e.id)).toEqual(seqs.map(String));
    expect(
      parsed.some((e) => e.type === 'observation' && /crm_get_opportunity/.test(e.observation.title)),
    ).toBe(true);

    const answer = CopilotAnswer.parse(JSON.parse(events.at(-1)!.data));
    expect(answer).toMatchObject({ status: 'answered', intent: 'prepare_brief', opportunityId: 'o-101' });
    expect(answer.markdown).toMatch(/^## Brief: Globex - Plant analytics \(o-101\)/);
    expect(answer.citations.map((c) => c.ref.id)).toContain('doc-pricing#1');
    expect(new Set(parsed.map((e) => (e.type === 'observation' ? e.requestId : '')))).toEqual(
      new Set([answer.requestId]),
    );
  });

  it('answers with JSON for Accept: application/json, with the proposal it put in the queue', async () => {
    const dana = await loggedIn(world, people.dana);
    const res = await dana.request(
      'POST',
      '/api/copilot/ask',
      { text: 'draft a follow-up to Hank' },
      { accept: 'application/json' },
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const answer = CopilotAnswer.parse(await res.json());
    expect(answer.status).toBe('proposed');
    expect(answer.proposal).toMatchObject({ kind: 'send_email', state: 'pending' });
    const [row] = await world.store.db
      .select({ proposalId: copilotRequests.proposalId, status: copilotRequests.status })
      .from(copilotRequests)
      .where(eq(copilotRequests.id, answer.requestId));
    expect(row).toEqual({ proposalId: answer.proposal!.id, status: 'proposed' });
    const [proposal] = await world.store.db
      .select({ owner: proposals.ownerId, deal: proposals.opportunityId, state: proposals.state })
      .from(proposals)
      .where(eq(proposals.id, answer.proposal!.id));
    expect(proposal).toEqual({ owner: 'u-dana', deal: 'o-101', state: 'pending' });
  });

  it('refuses a cookie session without the CSRF token, before anything runs', async () => {
    const dana = await loggedIn(world, people.dana);
    const before = await requestsOf('u-dana');
    const res = await dana.request(
      'POST',
      '/api/copilot/ask',
      { text: 'how much is Pro?' },
      { 'x-csrf-token': '' },
    );
    expect(res.status).toBe(403);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('forbidden');
    expect(await requestsOf('u-dana')).toBe(before);
  });

  it('refuses an anonymous caller', async () => {
    const anonymous = new TestClient(world.app);
    const res = await anonymous.post('/api/copilot/ask', { text: 'how much is Pro?' });
    expect(res.status).toBe(401);
  });

  it('refuses an empty request with the field it names', async () => {
    const dana = await loggedIn(world, people.dana);
    const res = await dana.post('/api/copilot/ask', { text: '   ' });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/^json\.text: /);
  });

  it('answers 429 with Retry-After once a person passes the per-minute limit', async () => {
    const raj = await loggedIn(world, people.raj);
    const ask = () =>
      raj.request('POST', '/api/copilot/ask', { text: 'how much is Pro?' }, { accept: 'application/json' });
    for (let i = 0; i < PER_MINUTE; i++) expect((await ask()).status).toBe(200);
    const refused = await ask();
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    const body = (await refused.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('rate_limited');
    expect(body.error.message).toMatch(new RegExp(`${PER_MINUTE} copilot requests in the last minute`));
    // The streaming form is refused the same way, as a status rather than an event.
    expect((await raj.post('/api/copilot/ask', { text: 'how much is Pro?' })).status).toBe(429);
    const [refusedRows] = await world.store.db
      .select({ n: sql<number>`count(*)::int` })
      .from(copilotRequests)
      .where(eq(copilotRequests.userId, 'u-raj'));
    expect(Number(refusedRows?.n)).toBe(PER_MINUTE);
  });
});

describe('GET /api/kpis', () => {
  it("gives a rep their own figures, counting the copilot's answers, with each caveat", async () => {
    const dana = await loggedIn(world, people.dana);
    const kpis = CopilotKpis.parse(await dana.json('/api/kpis'));
    expect(kpis.scope).toMatchObject({ team: false, userIds: ['u-dana'] });
    const tasks = Object.fromEntries(kpis.tasks.map((t) => [t.task, t.done]));
    expect(tasks.prepare_brief).toBeGreaterThanOrEqual(1);
    expect(tasks.draft_email).toBeGreaterThanOrEqual(1);
    expect(kpis.timeSaved.label).toBe('estimate');
    expect(kpis.timeSaved.minutes).toBeGreaterThanOrEqual(20 + 10);
    expect(kpis.pipeline.label).toBe('correlation, not proof');
  });

  it('refuses a rep the team view', async () => {
    const dana = await loggedIn(world, people.dana);
    const res = await dana.get('/api/kpis?team=true');
    expect(res.status).toBe(403);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('forbidden');
  });

  it("gives a manager the team's figures, with a line per rep", async () => {
    const sam = await loggedIn(world, people.sam);
    const kpis = CopilotKpis.parse(await sam.json('/api/kpis?team=true&since=2020-01-01'));
    expect(kpis.scope.team).toBe(true);
    expect(kpis.scope.since).toBe('2020-01-01T00:00:00.000Z');
    expect(kpis.scope.userIds).toEqual(expect.arrayContaining(['u-dana', 'u-raj']));
    const tasks = Object.fromEntries(kpis.tasks.map((t) => [t.task, t.done]));
    // Dana's brief and draft, and Raj's product questions.
    expect(tasks.product_question).toBeGreaterThanOrEqual(PER_MINUTE);
    expect(tasks.prepare_brief).toBeGreaterThanOrEqual(1);
    // Sam's own view has none of them.
    const own = CopilotKpis.parse(await sam.json('/api/kpis'));
    expect(own.tasks).toEqual([]);
  });

  it('refuses an anonymous caller and a malformed date', async () => {
    expect((await new TestClient(world.app).get('/api/kpis')).status).toBe(401);
    const sam = await loggedIn(world, people.sam);
    expect((await sam.get('/api/kpis?since=last-week')).status).toBe(400);
    expect((await sam.get('/api/kpis?team=maybe')).status).toBe(400);
  });

  it('lists both routes in the OpenAPI document', async () => {
    const doc = (await (await world.app.request('/api/openapi.json')).json()) as {
      paths: Record<string, Record<string, { responses: Record<string, { content?: object }> }>>;
    };
    expect(Object.keys(doc.paths['/api/copilot/ask']?.post?.responses['200']?.content ?? {})).toEqual([
      'text/event-stream',
      'application/json',
    ]);
    expect(doc.paths['/api/copilot/ask']?.post?.responses['429']).toBeDefined();
    expect(doc.paths['/api/kpis']?.get?.responses['200']).toBeDefined();
  });
});
