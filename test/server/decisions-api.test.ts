import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DealDetail, TodayDeal, TodayView } from '../../src/services/today/today-schemas.ts';
import { queryRows } from '../../src/store/query-rows.ts';
import { loggedIn, people, type ServerWorld, serverWorld, type TestClient } from './support/server-world.ts';

let world: ServerWorld;
let dana: TestClient;
let proposed: TodayDeal[];
beforeAll(async () => {
  world = await serverWorld();
  dana = await loggedIn(world, people.dana);
  proposed = (await dana.json<TodayView>('/api/today')).actNow.filter((d) => d.proposal?.state === 'pending');
});
afterAll(() => world.close());

const errorOf = async (res: Response) =>
  ((await res.json()) as { error: { code: string; message: string } }).error;

describe('deciding through the API', () => {
  it('approves an edited draft once: the edit is what is queued to send, and a second approval conflicts', async () => {
    const deal = proposed[0]!;
    const detail = await dana.json<DealDetail>(`/api/deals/${deal.opportunityId}`);
    const payload = detail.proposal!.payload;
    if (payload.kind !== 'send_email') throw new Error('expected an email');
    const edited = {
      ...payload,
      email: { ...payload.email, body: `${payload.email.body}\n\nP.S. Edited by Dana.` },
    };
    expect((await dana.post(`/api/proposals/${deal.proposal!.id}/open`)).status).toBe(204);
    const res = await dana.post(`/api/proposals/${deal.proposal!.id}/approve`, { edited });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ proposalId: deal.proposal!.id, state: 'approved' });
    const [queued] = await queryRows<{ n: number; body: string }>(
      world.store.db,
      sql`SELECT count(*)::int AS n, max(payload::text) AS body FROM outbox WHERE proposal_id = ${deal.proposal!.id}`,
    );
    expect(queued?.n).toBe(1);
    expect(queued?.body).toContain('Edited by Dana');
    const again = await dana.post(`/api/proposals/${deal.proposal!.id}/approve`, {});
    expect(again.status).toBe(409);
  });

  it('will not approve a customer email nobody opened', async () => {
    const deal = proposed[1]!;
    const res = await dana.post(`/api/proposals/${deal.proposal!.id}/approve`, {});
    expect(res.status).toBe(409);
    expect((await errorOf(res)).message).toMatch(/open/);
  });

  it('rejects with a reason from the short list, and asks for a note when the reason is "other"', async () => {
    const deal = proposed[1]!;
    const vague = await dana.post(`/api/proposals/${deal.proposal!.id}/reject`, { reason: 'other' });
    expect(vague.status).toBe(400);
    const unknown = await dana.post(`/api/proposals/${deal.proposal!.id}/reject`, { reason: 'meh' });
    expect(unknown.status).toBe(400);
    expect((await errorOf(unknown)).message).toMatch(/^json\.reason/);
    const res = await dana.post(`/api/proposals/${deal.proposal!.id}/reject`, {
      reason: 'already_handled',
      note: 'called them',
    });
    expect(await res.json()).toEqual({ proposalId: deal.proposal!.id, state: 'rejected' });
    const today = await dana.json<TodayView>('/api/today');
    expect(today.actNow.find((d) => d.opportunityId === deal.opportunityId)?.proposal?.state).toBe(
      'rejected',
    );
  });

  it('snoozes until a date and shows it in the queue', async () => {
    const deal = proposed[2]!;
    const res = await dana.post(`/api/proposals/${deal.proposal!.id}/snooze`, { until: '2099-03-09' });
    expect(res.status).toBe(200);
    const today = await dana.json<TodayView>('/api/today');
    expect(today.actNow.find((d) => d.opportunityId === deal.opportunityId)?.proposal?.snoozedUntil).toBe(
      '2099-03-09T00:00:00Z',
    );
  });

  it("lets a manager decide on their rep's proposal", async () => {
    const sam = await loggedIn(world, people.sam);
    const raj = await loggedIn(world, people.raj);
    const deal = (await raj.json<TodayView>('/api/today')).actNow.find(
      (d) => d.proposal?.state === 'pending',
    )!;
    expect(
      (await sam.post(`/api/proposals/${deal.proposal!.id}/reject`, { reason: 'wrong_timing' })).status,
    ).toBe(200);
  });

  it('records every decision in the audit trail a manager can filter', async () => {
    const sam = await loggedIn(world, people.sam);
    const page = await sam.json<{ entries: Array<{ action: string; actorId: string }> }>(
      '/api/audit?actorId=u-dana',
    );
    expect(page.entries.length).toBeGreaterThan(0);
    expect(page.entries.every((e) => e.actorId === 'u-dana')).toBe(true);
    const raj = await loggedIn(world, people.raj);
    const own = await raj.json<{ entries: Array<{ actorId: string }> }>('/api/audit?actorId=u-dana');
    expect(own.entries).toEqual([]);
  });
});
