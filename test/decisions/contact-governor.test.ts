import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { UserError } from '../../src/domain/errors.ts';
import { emlTransport } from '../../src/email/eml-transport.ts';
import { approveProposal } from '../../src/services/decisions/approve-proposal.ts';
import { addDoNotContact, removeDoNotContact } from '../../src/services/decisions/do-not-contact.ts';
import { listQueue } from '../../src/services/decisions/list-queue.ts';
import { dispatchOnce } from '../../src/services/decisions/outbox/dispatch-once.ts';
import { openProposal } from '../../src/services/decisions/proposal-view.ts';
import type { Store } from '../../src/store/open-store.ts';
import * as t from '../../src/store/schema/index.ts';
import { openTestStore } from '../support/test-store.ts';
import {
  approvedProposal,
  northwindQueue,
  type People,
  propose,
  testClock,
  testConfig,
} from './queue-fixtures.ts';

describe('the contact governor', () => {
  let store: Store;
  let people: People;
  let outboxDir: string;
  let clock = testClock();
  const deps = () => ({ now: clock.now, config: testConfig() });
  const send = () =>
    dispatchOnce(store.db, { transport: emlTransport(outboxDir), config: testConfig(), now: clock.now });
  const approval = (id: string, override?: string) =>
    approveProposal(
      store.db,
      people.dana,
      { proposalId: id, ...(override ? { override: { reason: override } } : {}) },
      deps(),
    );
  const refusal = (promise: Promise<unknown>) =>
    promise.then(
      () => {
        throw new Error('expected the governor to refuse');
      },
      (e: UserError) => e,
    );
  const opened = async () => {
    const { id } = await propose(store.db, {}, deps());
    await openProposal(store.db, people.dana, { proposalId: id }, deps());
    return id;
  };

  beforeEach(async () => {
    clock = testClock();
    store = await openTestStore();
    people = await northwindQueue(store);
    outboxDir = mkdtempSync(path.join(tmpdir(), 'closeloop-eml-'));
  });
  afterEach(async () => {
    await store.close();
    rmSync(outboxDir, { recursive: true, force: true });
  });

  it('blocks a third email in a week to the same contact, with the default limit of two', async () => {
    // act-2, Dana's reply of Feb 17, is the first; this one is the second.
    await approvedProposal(store.db, people.dana, {}, deps());
    expect(await send()).toMatchObject({ sent: 1 });
    clock.advance(3_600_000);
    const third = await opened();
    const error = await refusal(approval(third));
    expect(error.code).toBe('blocked');
    expect(error.message).toContain(
      'hank@globex.com already got 2 of our emails in the last 7 days (limit 2)',
    );

    const [state] = await store.db
      .select({ state: t.proposals.state })
      .from(t.proposals)
      .where(eq(t.proposals.id, third));
    expect(state!.state).toBe('pending');
    clock.advance(5 * 24 * 3_600_000);
    expect(await approval(third)).toMatchObject({ state: 'approved' });
  });

  it('counts a message still waiting in the outbox toward the limit', async () => {
    await approvedProposal(store.db, people.dana, {}, deps());
    clock.advance(60_000);
    const third = await opened();
    const error = await refusal(approval(third));
    expect(error.message).toContain('hank@globex.com already got 2 of our emails in the last 7 days');
  });

  it('sends a third email only when a person overrides the limit with a reason, and records who and why', async () => {
    await approvedProposal(store.db, people.dana, {}, deps());
    await send();
    const third = await opened();
    expect(await approval(third, 'Hank asked for the figures before his board meeting')).toMatchObject({
      state: 'approved',
      overridden: [{ code: 'weekly_limit' }],
    });
    const decisions = await store.db.select().from(t.decisions).where(eq(t.decisions.proposalId, third));
    expect(decisions.map((d) => [d.decision, d.reasonCode, d.reasonText])).toEqual([
      ['approve', null, null],
      ['override', 'weekly_limit', 'Hank asked for the figures before his board meeting'],
    ]);
  });

  it('never emails a contact on the do-not-contact list, override or not', async () => {
    await addDoNotContact(
      store.db,
      people.dana,
      { email: 'Hank@Globex.com', reason: 'asked us to stop' },
      deps(),
    );
    const created = await propose(store.db, {}, deps());
    expect(created.blocked).toBe(true);
    await openProposal(store.db, people.dana, { proposalId: created.id }, deps());
    const error = await refusal(approval(created.id, 'I really want to'));
    expect(error.message).toContain('hank@globex.com is on the do-not-contact list');
    await expect(
      removeDoNotContact(store.db, people.dana, { email: 'hank@globex.com' }, deps()),
    ).rejects.toMatchObject({
      code: 'forbidden',
    });
  });

  it('stops a message at the last moment when its contact was listed after approval', async () => {
    const id = await approvedProposal(store.db, people.dana, {}, deps());
    await addDoNotContact(store.db, people.sam, { email: 'hank@globex.com' }, deps());
    expect(await send()).toMatchObject({ sent: 0, failed: 1 });
    const [row] = await store.db.select().from(t.outbox).where(eq(t.outbox.proposalId, id));
    expect(row!.lastError).toContain('do-not-contact');
    expect(
      await store.db
        .select()
        .from(t.activities)
        .where(eq(t.activities.id, `cl-${id}`)),
    ).toEqual([]);
  });

  it("holds an email before the customer's own resume date unless a person overrides it with a reason", async () => {
    await store.db.insert(t.dealStates).values({
      opportunityId: 'o-101',
      ownerId: 'u-dana',
      runId: 'run-0',
      fingerprint: 'fp',
      asOf: '2026-02-20T14:00:00Z',
      verdict: 'monitor',
      actions: [],
      resumeOn: '2026-03-09',
      priority: 10,
      why: 'Hank asked to wait until the budget opens on March 9.',
    });
    const id = await opened();
    const error = await refusal(approval(id));
    expect(error.message).toContain('the customer asked us to wait until 2026-03-09');
    expect(error.message).toContain('--override');
    expect(await approval(id, 'Hank wrote back early: budget approved')).toMatchObject({
      overridden: [{ code: 'deferred' }],
    });
  });

  it('flags two open proposals to the same contact and never sends both', async () => {
    const first = await opened();
    const second = await opened();
    const queue = await listQueue(store.db, people.dana, {}, deps());
    expect(new Map(queue.map((q) => [q.id, q.conflicts]))).toEqual(
      new Map([
        [first, [second]],
        [second, [first]],
      ]),
    );
    clock.advance(60_000);
    await approval(first);
    const error = await refusal(approval(second, 'both matter'));
    expect(error.message).toContain(
      `proposal ${first} to the same contact was approved while this one waited`,
    );
  });
});
