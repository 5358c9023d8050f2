import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CopilotAnswer } from '../../src/domain/copilot/copilot-schema.ts';
import { proposeAction } from '../../src/mcp/copilot/propose-action.ts';
import { mcpDeps } from '../../src/mcp/mcp-deps.ts';
import { actorByEmail } from '../../src/services/access/resolve-actor.ts';
import { DealDetail, ProposalView, TeamQueue, TodayView } from '../../src/services/today/today-schemas.ts';
import { testDeps } from '../copilot/support/copilot-world.ts';
import { loggedIn, people, type ServerWorld, serverWorld } from './support/server-world.ts';

let world: ServerWorld;
beforeAll(async () => {
  world = await serverWorld({ copilot: testDeps() });
});
afterAll(() => world.close());

describe('the Today API', () => {
  it("lists the rep's act-now deals ranked by priority, then monitor deals, and counts the rest", async () => {
    const dana = await loggedIn(world, people.dana);
    const today = TodayView.parse(await dana.json('/api/today'));
    expect(today.owner).toEqual({ id: 'u-dana', name: 'Dana Ortiz' });
    expect(today.actNow.length).toBeGreaterThan(0);
    const priorities = today.actNow.map((d) => d.priority);
    expect(priorities).toEqual([...priorities].sort((a, b) => b - a));
    expect([...today.actNow, ...today.monitor].every((d) => d.ownerId === 'u-dana')).toBe(true);
    expect(today.monitor.every((d) => d.verdict === 'monitor')).toBe(true);
    // Dana owns eight deals; o-113 is closed won, so seven are open.
    expect(today.counts.actNow + today.counts.monitor + today.counts.noAction).toBe(7);
    expect(today.counts.actNow).toBe(today.actNow.length);
    expect(today.lastRun?.status).toBe('done');
  });

  it('shows a proposal on each act-now deal the writer drafted for', async () => {
    const dana = await loggedIn(world, people.dana);
    const today = TodayView.parse(await dana.json('/api/today'));
    const withProposal = today.actNow.filter((d) => d.proposal);
    expect(withProposal.length).toBeGreaterThan(0);
    expect(withProposal[0]!.proposal).toMatchObject({ kind: 'send_email', state: 'pending' });
  });

  it('opens a deal with its observation chain, evidence first, and the records behind it', async () => {
    const dana = await loggedIn(world, people.dana);
    const today = TodayView.parse(await dana.json('/api/today'));
    const first = today.actNow[0]!;
    const detail = DealDetail.parse(await dana.json(`/api/deals/${first.opportunityId}`));
    expect(detail.deal.id).toBe(first.opportunityId);
    expect(detail.state?.verdict).toBe('act_now');
    expect(detail.observations[0]?.kind).toBe('evidence');
    expect(detail.observations.some((o) => o.kind === 'conclusion')).toBe(true);
    const activityIds = new Set(detail.activities.map((a) => a.id));
    for (const o of detail.observations) {
      for (const ref of o.refs.filter((r) => r.type === 'activity'))
        expect(activityIds.has(ref.id)).toBe(true);
      if (o.span) {
        const body = detail.activities.find((a) => a.id === o.span!.activityId)?.body ?? '';
        expect(body.slice(o.span.start, o.span.end)).toBe(o.span.text);
      }
    }
  });

  it("lets a manager read a team member's queue and the team's act-now deals", async () => {
    const sam = await loggedIn(world, people.sam);
    const dana = TodayView.parse(await sam.json('/api/today?owner=u-dana'));
    expect(dana.owner.id).toBe('u-dana');
    const team = TeamQueue.parse(await sam.json('/api/team/queue'));
    expect(new Set(team.deals.map((d) => d.ownerId))).toEqual(new Set(['u-dana', 'u-raj']));
    expect(team.owners.map((o) => o.id).sort()).toEqual(['u-dana', 'u-raj']);
  });

  it('pages each section and says how many there are in all', async () => {
    const dana = await loggedIn(world, people.dana);
    const page = TodayView.parse(await dana.json('/api/today?limit=1'));
    expect(page.actNow).toHaveLength(1);
    expect(page.counts.actNow).toBeGreaterThan(1);
    const full = TodayView.parse(await dana.json('/api/today'));
    expect(page.actNow[0]).toEqual(full.actNow[0]);
  });

  it('answers 304 to an unchanged view, and gzip to a client that accepts it', async () => {
    const dana = await loggedIn(world, people.dana);
    const first = await dana.get('/api/today');
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"/);
    expect((await dana.request('GET', '/api/today', undefined, { 'if-none-match': etag })).status).toBe(304);
    const gz = await dana.request('GET', '/api/today', undefined, { 'accept-encoding': 'gzip' });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(gz.headers.get('vary')).toMatch(/Accept-Encoding/);
  });

  it("shows a manager's decision in the rep's view at once, cache or not", async () => {
    const dana = await loggedIn(world, people.dana);
    const sam = await loggedIn(world, people.sam);
    const before = TodayView.parse(await dana.json('/api/today'));
    const pending = before.actNow.find((d) => d.proposal?.state === 'pending')!;
    expect(
      (await sam.post(`/api/proposals/${pending.proposal!.id}/snooze`, { until: '2099-01-01' })).status,
    ).toBe(200);
    const after = TodayView.parse(await dana.json('/api/today'));
    expect(after.actNow.find((d) => d.opportunityId === pending.opportunityId)?.proposal?.snoozedUntil).toBe(
      '2099-01-01T00:00:00Z',
    );
  });

  it('answers an unauthenticated call with 401 and the error shape', async () => {
    const res = await world.app.request('/api/today');
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ error: { code: 'unauthenticated', message: 'log in first' } });
  });

  it('publishes an OpenAPI document generated from the route schemas', async () => {
    const res = await world.app.request('/api/openapi.json');
    const doc = (await res.json()) as {
      openapi: string;
      paths: Record<string, unknown>;
      components: { schemas: Record<string, unknown> };
    };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/today',
        '/api/deals/{id}',
        '/api/proposals/{id}/approve',
        '/api/runs/{id}/events',
        '/api/session',
      ]),
    );
    expect(doc.components.schemas).toHaveProperty('TodayView');
  });
});

describe('a deal’s proposals made outside the morning run', () => {
  let copilotMade: CopilotAnswer;
  let mcpMade: string;
  beforeAll(async () => {
    const dana = await loggedIn(world, people.dana);
    const res = await dana.request(
      'POST',
      '/api/copilot/ask',
      { text: 'draft a follow-up to Hank' },
      { accept: 'application/json' },
    );
    copilotMade = CopilotAnswer.parse(await res.json());
    // A host's assistant over MCP, after the copilot: the newest of the deal's proposals.
    const made = await proposeAction(
      world.store.db,
      await actorByEmail(world.store.db, people.dana),
      mcpDeps(),
      {
        opportunityId: 'o-101',
        action: 'fix_crm',
        rationale: 'The next step is stale.',
        payload: {
          kind: 'update_opportunity',
          update: {
            changes: [{ field: 'nextStep', from: null, to: 'Call Hank' }],
            reason: 'stale next step',
          },
        },
      },
    );
    mcpMade = made.proposalId;
  });

  it('says the draft waits in the decision queue without naming a surface', () => {
    expect(copilotMade).toMatchObject({ status: 'proposed', opportunityId: 'o-101' });
    const id = copilotMade.proposal!.id;
    expect(copilotMade.markdown).toContain(`The draft is waiting in your decision queue as ${id}`);
    expect(copilotMade.markdown).not.toContain('closeloop');
  });

  it('shows them beside the mission’s proposal, newest first, each with what made it', async () => {
    const dana = await loggedIn(world, people.dana);
    const detail = DealDetail.parse(await dana.json('/api/deals/o-101'));
    expect(detail.proposal?.origin).toEqual({ source: 'mission', id: detail.state?.runId, by: null });
    expect(detail.otherProposals.map((p) => p.id)).toEqual([mcpMade, copilotMade.proposal!.id]);
    expect(detail.otherProposals.map((p) => [p.kind, p.state, p.origin])).toEqual([
      [
        'update_opportunity',
        'pending',
        { source: 'mcp', id: expect.stringMatching(/^mcp_/), by: people.dana },
      ],
      ['send_email', 'pending', { source: 'copilot', id: copilotMade.requestId, by: 'Dana Ortiz' }],
    ]);
    expect(detail.otherProposals.every((p) => p.opportunityId === 'o-101' && p.ownerId === 'u-dana')).toBe(
      true,
    );
  });

  it('shows them to the rep’s manager, and to another rep neither the deal nor the proposal', async () => {
    const sam = await loggedIn(world, people.sam);
    const seen = DealDetail.parse(await sam.json('/api/deals/o-101'));
    expect(seen.otherProposals.map((p) => p.id)).toContain(copilotMade.proposal!.id);
    const raj = await loggedIn(world, people.raj);
    expect((await raj.get('/api/deals/o-101')).status).toBe(404);
    const link = await raj.get(`/api/proposals/${copilotMade.proposal!.id}`);
    expect(link.status).toBe(404);
    expect(JSON.stringify(await link.json())).not.toContain('o-101');
  });

  it('resolves a proposal link to its deal, and keeps a decided one reachable by its link only', async () => {
    const dana = await loggedIn(world, people.dana);
    const id = copilotMade.proposal!.id;
    const link = ProposalView.parse(await dana.json(`/api/proposals/${id}`));
    expect(link).toMatchObject({ id, opportunityId: 'o-101', ownerId: 'u-dana', state: 'pending' });
    expect(link.origin.source).toBe('copilot');

    expect((await dana.post(`/api/proposals/${mcpMade}/reject`, { reason: 'not_relevant' })).status).toBe(
      200,
    );
    const after = DealDetail.parse(await dana.json('/api/deals/o-101'));
    expect(after.otherProposals.map((p) => p.id)).toEqual([id]);
    const asked = DealDetail.parse(await dana.json(`/api/deals/o-101?proposal=${mcpMade}`));
    expect(asked.otherProposals.map((p) => [p.id, p.state])).toEqual([
      [mcpMade, 'rejected'],
      [id, 'pending'],
    ]);
    // A proposal of another deal is not pulled into this one.
    const elsewhere = DealDetail.parse(await dana.json(`/api/deals/o-102?proposal=${id}`));
    expect(elsewhere.otherProposals.map((p) => p.id)).not.toContain(id);
  });
});
