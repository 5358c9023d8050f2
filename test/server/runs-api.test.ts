import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunDetail, RunSummaryView } from '../../src/services/today/manager-schemas.ts';
import { loggedIn, people, type ServerWorld, serverWorld } from './support/server-world.ts';
import { readEvents } from './support/sse-reader.ts';

let world: ServerWorld;
beforeAll(async () => {
  world = await serverWorld({}, { CLOSELOOP_SSE_POLL_MS: '50' });
});
afterAll(() => world.close());

describe('runs over HTTP', () => {
  it('starts a run for the rep and streams its observations (id = seq), progress and the end', async () => {
    const dana = await loggedIn(world, people.dana);
    const res = await dana.post('/api/runs', {});
    expect(res.status).toBe(202);
    const run = (await res.json()) as RunSummaryView;
    expect(run.repId).toBe('u-dana');
    const stream = await dana.get(`/api/runs/${run.id}/events`);
    expect(stream.headers.get('content-type')).toMatch(/text\/event-stream/);
    const events = await readEvents(stream, (e) => e.event === 'end');
    const observations = events.filter((e) => e.event === 'observation');
    expect(observations.length).toBeGreaterThan(0);
    const seqs = observations.map((e) => Number(e.id));
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(seqs[0]).toBe(1);
    const end = JSON.parse(events.at(-1)!.data) as { status: string; done: number; deals: number };
    expect(end).toMatchObject({ status: 'done' });
    expect(end.done).toBe(end.deals);
    expect(events.some((e) => e.event === 'progress')).toBe(true);
  });

  it('resumes after Last-Event-ID without repeating what the browser already has', async () => {
    const dana = await loggedIn(world, people.dana);
    const [latest] = await dana.json<RunSummaryView[]>('/api/runs?limit=1');
    const all = (
      await readEvents(await dana.get(`/api/runs/${latest!.id}/events`), (e) => e.event === 'end')
    ).filter((e) => e.event === 'observation');
    const resumed = (
      await readEvents(
        await dana.request('GET', `/api/runs/${latest!.id}/events`, undefined, {
          'last-event-id': all[2]!.id!,
        }),
        (e) => e.event === 'end',
      )
    ).filter((e) => e.event === 'observation');
    expect(resumed.map((e) => e.id)).toEqual(all.slice(3).map((e) => e.id));
  });

  it("shows a rep only their own deals' observations from a run over everyone", async () => {
    const raj = await loggedIn(world, people.raj);
    const runs = await raj.json<RunSummaryView[]>('/api/runs');
    const everyone = runs.find((r) => r.repId === null)!;
    const events = await readEvents(
      await raj.get(`/api/runs/${everyone.id}/events`),
      (e) => e.event === 'end',
    );
    const deals = new Set(
      events
        .filter((e) => e.event === 'observation')
        .map((e) => (JSON.parse(e.data) as { opportunityId: string }).opportunityId),
    );
    expect(deals.size).toBeGreaterThan(0);
    const rajDeals = ['o-104', 'o-105', 'o-107', 'o-109', 'o-111'];
    expect([...deals].every((d) => rajDeals.includes(d))).toBe(true);
  });

  it("hides a rep's run from another rep", async () => {
    const dana = await loggedIn(world, people.dana);
    const raj = await loggedIn(world, people.raj);
    const [danaRun] = (await dana.json<RunSummaryView[]>('/api/runs')).filter((r) => r.repId === 'u-dana');
    expect((await raj.get(`/api/runs/${danaRun!.id}`)).status).toBe(404);
    expect((await raj.get(`/api/runs/${danaRun!.id}/events`)).status).toBe(404);
    expect((await raj.post('/api/runs', { repId: 'u-dana' })).status).toBe(404);
  });

  it('inspects a run: timings, deal statuses and no failures', async () => {
    const sam = await loggedIn(world, people.sam);
    const runs = await sam.json<RunSummaryView[]>('/api/runs');
    expect(runs.length).toBeGreaterThanOrEqual(2);
    const detail = await sam.json<RunDetail>(`/api/runs/${runs.at(-1)!.id}`);
    expect(detail.run.durationMs).toBeGreaterThanOrEqual(0);
    expect(detail.failures).toEqual([]);
    expect(Object.values(detail.statuses).reduce((a, b) => a + b, 0)).toBe(detail.run.deals);
  });
});
