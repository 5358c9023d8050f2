import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { asc, eq, sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProposalPayload } from '../../src/domain/proposals/proposal-schema.ts';
import { composeMime } from '../../src/email/compose-mime.ts';
import { emlTransport } from '../../src/email/eml-transport.ts';
import { approveProposal } from '../../src/services/decisions/approve-proposal.ts';
import { decisionConfig } from '../../src/services/decisions/decision-config.ts';
import { dispatchOnce } from '../../src/services/decisions/outbox/dispatch-once.ts';
import { OutboxPayload } from '../../src/services/decisions/outbox/outbox-payload.ts';
import { claimDue } from '../../src/services/decisions/outbox/outbox-store.ts';
import type { Store } from '../../src/store/open-store.ts';
import * as t from '../../src/store/schema/index.ts';
import { openTestStore } from '../support/test-store.ts';
import {
  aDraft,
  approvedProposal,
  northwindQueue,
  type People,
  propose,
  testClock,
  testConfig,
} from './queue-fixtures.ts';

const stageChange = (from: string, to: string): ProposalPayload => ({
  kind: 'update_opportunity',
  update: {
    changes: [
      { field: 'stage', from, to },
      { field: 'closeDate', from: '2026-03-31', to: '2026-04-15' },
    ],
    reason: 'Hank asked for the three-year option: we are negotiating terms.',
  },
});

const callLog: ProposalPayload = {
  kind: 'log_activity',
  log: {
    type: 'call',
    occurredAt: '2026-02-19T16:00:00Z',
    participants: ['hank@globex.com'],
    summary: 'Walked Hank through the three-year option.',
    commitments: [{ by: 'us', what: 'send the order form', due: '2026-02-24' }],
    nextStep: 'Send the order form',
  },
};

describe('executing approved proposals', () => {
  let store: Store;
  let people: People;
  let outboxDir: string;
  let clock = testClock();
  const deps = () => ({ now: clock.now, config: testConfig() });

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

  it('applies an approved stage change with its stage history, inside the approval', async () => {
    const { id } = await propose(store.db, { draft: aDraft(stageChange('Proposal', 'Negotiation')) }, deps());
    expect(await approveProposal(store.db, people.dana, { proposalId: id }, deps())).toMatchObject({
      state: 'done',
      outboxId: undefined,
    });
    const [deal] = await store.db.select().from(t.opportunities).where(eq(t.opportunities.id, 'o-101'));
    expect(deal).toMatchObject({ stage: 'Negotiation', closeDate: '2026-04-15' });
    const history = await store.db
      .select()
      .from(t.stageHistory)
      .where(eq(t.stageHistory.opportunityId, 'o-101'))
      .orderBy(asc(t.stageHistory.position));
    expect(history.map((h) => h.stage)).toEqual(['Discovery', 'Demo', 'Proposal', 'Negotiation']);
    expect(history[3]!.enteredAt).toEqual(clock.now());
    const [row] = await store.db.select().from(t.outbox).where(eq(t.outbox.proposalId, id));
    expect(row).toMatchObject({ status: 'done', kind: 'update_opportunity' });
  });

  it('refuses a field change the CRM overtook since it was proposed', async () => {
    const { id } = await propose(store.db, { draft: aDraft(stageChange('Demo', 'Negotiation')) }, deps());
    await expect(approveProposal(store.db, people.dana, { proposalId: id }, deps())).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringContaining('stage of o-101 changed since this was proposed: it is now Proposal'),
    });
    const [proposal] = await store.db.select().from(t.proposals).where(eq(t.proposals.id, id));
    expect(proposal!.state).toBe('pending');
  });

  it('logs an approved call as an activity on the deal, with its commitments, for the next run to read', async () => {
    const { id } = await propose(store.db, { draft: aDraft(callLog) }, deps());
    await approveProposal(store.db, people.dana, { proposalId: id }, deps());
    const [activity] = await store.db
      .select()
      .from(t.activities)
      .where(eq(t.activities.id, `cl-${id}`));
    expect(activity).toMatchObject({ type: 'call', direction: 'internal', opportunityId: 'o-101' });
    expect(activity!.body).toBe(
      'Walked Hank through the three-year option.\n\nCommitments:\n- We will send the order form by 2026-02-24',
    );
    const [deal] = await store.db.select().from(t.opportunities).where(eq(t.opportunities.id, 'o-101'));
    expect(deal!.nextStep).toBe('Send the order form');
  });

  it('auto-approves internal logs when a team turns it on, and never a customer-facing email', async () => {
    const auto = {
      now: clock.now,
      config: testConfig({}, { CLOSELOOP_AUTO_APPROVE: 'log_activity,next_step' }),
    };
    expect(await propose(store.db, { draft: aDraft(callLog) }, auto)).toMatchObject({ state: 'done' });
    expect(
      await propose(store.db, { draft: aDraft(stageChange('Proposal', 'Negotiation')) }, auto),
    ).toMatchObject({ state: 'pending' });
    expect(await propose(store.db, {}, auto)).toMatchObject({ state: 'pending' });
    expect(await propose(store.db, { draft: aDraft(callLog) }, deps())).toMatchObject({ state: 'pending' });
    expect(() => decisionConfig({ CLOSELOOP_AUTO_APPROVE: 'send_email' })).toThrow(/CLOSELOOP_AUTO_APPROVE/);
  });

  it('keeps the audit log and the decisions append-only: no update or delete gets through', async () => {
    const id = await approvedProposal(store.db, people.dana, {}, deps());
    const audit = await store.db.select().from(t.auditLog).where(eq(t.auditLog.subjectId, id));
    expect(audit.map((a) => [a.action, a.actorId])).toEqual([
      ['proposed', 'system'],
      ['approved', 'u-dana'],
    ]);
    expect(audit[1]!.content).toEqual(aDraft().payload);
    // drizzle wraps the database's error; the trigger's own words are in its cause.
    const refusal = (statement: ReturnType<typeof sql>) =>
      store.db.execute(statement).then(
        () => 'accepted',
        (e: Error & { cause?: Error }) => e.cause?.message ?? e.message,
      );
    expect(await refusal(sql`UPDATE audit_log SET actor_id = 'u-raj'`)).toBe(
      'audit_log is append-only: UPDATE is not allowed',
    );
    expect(await refusal(sql`DELETE FROM audit_log`)).toBe('audit_log is append-only: DELETE is not allowed');
    expect(await refusal(sql`UPDATE decisions SET decision = 'reject'`)).toBe(
      'decisions is append-only: UPDATE is not allowed',
    );
    expect(await store.db.select().from(t.auditLog)).toHaveLength(2);
  });

  it('writes each approved email once as an .eml file named by its Message-ID', async () => {
    const id = await approvedProposal(store.db, people.dana, {}, deps());
    const transport = emlTransport(outboxDir);
    expect(await dispatchOnce(store.db, { transport, config: testConfig(), now: clock.now })).toMatchObject({
      sent: 1,
    });
    expect(await dispatchOnce(store.db, { transport, config: testConfig(), now: clock.now })).toMatchObject({
      sent: 0,
    });
    expect(readdirSync(outboxDir)).toEqual([`cl-${id}@closeloop.local.eml`]);
  });

  it('after a crash, settles a message the dead dispatcher had written and sends one it had not', async () => {
    const written = await approvedProposal(store.db, people.dana, {}, deps());
    const unsent = await approvedProposal(
      store.db,
      people.dana,
      {
        opportunityId: 'o-102',
        draft: aDraft({
          kind: 'send_email',
          email: {
            to: ['bill@initech.com'],
            cc: [],
            subject: 'Order form',
            body: 'Hi Bill,\n\nHere it is.\n\nDana',
            citations: [],
          },
        }),
      },
      deps(),
    );
    const transport = emlTransport(outboxDir);
    const config = testConfig({}, { CLOSELOOP_OUTBOX_LEASE_MS: '60000' });
    // A dispatcher claims both, writes the first file, and dies before recording anything.
    const claimed = await claimDue(store.db, 'dead-worker', clock.now(), 60_000, 10);
    expect(claimed).toHaveLength(2);
    const first = OutboxPayload.parse(claimed.find((c) => c.proposalId === written)!.payload);
    if (first.kind !== 'send_email') throw new Error('expected an email');
    await transport.send(first.mail, await composeMime(first.mail, clock.now()));

    expect(await dispatchOnce(store.db, { transport, config, now: clock.now })).toMatchObject({
      sent: 0,
      recovered: 0,
    });
    clock.advance(61_000);
    expect(await dispatchOnce(store.db, { transport, config, now: clock.now })).toMatchObject({
      recovered: 2,
      sent: 2,
    });
    expect(readdirSync(outboxDir).sort()).toEqual(
      [`cl-${unsent}@closeloop.local.eml`, `cl-${written}@closeloop.local.eml`].sort(),
    );
    const states = await store.db.select({ id: t.proposals.id, state: t.proposals.state }).from(t.proposals);
    expect(states.every((s) => s.state === 'done')).toBe(true);
    expect(
      await store.db
        .select()
        .from(t.activities)
        .where(eq(t.activities.id, `cl-${written}`)),
    ).toHaveLength(1);
  });
});
