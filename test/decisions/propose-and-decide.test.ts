import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UserError } from '../../src/domain/errors.ts';
import { actorByEmail } from '../../src/services/access/resolve-actor.ts';
import { approveInternalBatch, approveProposal } from '../../src/services/decisions/approve-proposal.ts';
import { listQueue } from '../../src/services/decisions/list-queue.ts';
import { openProposal } from '../../src/services/decisions/proposal-view.ts';
import { reassignProposal } from '../../src/services/decisions/reassign-proposal.ts';
import { rejectProposal } from '../../src/services/decisions/reject-proposal.ts';
import { withdrawOnClosedDeals, withdrawProposal } from '../../src/services/decisions/retire-proposals.ts';
import { snoozeProposal } from '../../src/services/decisions/snooze-proposal.ts';
import type { Store } from '../../src/store/open-store.ts';
import * as t from '../../src/store/schema/index.ts';
import { openTestStore } from '../support/test-store.ts';
import {
  aDraft,
  anEmail,
  northwindQueue,
  type People,
  propose,
  testClock,
  testConfig,
} from './queue-fixtures.ts';

async function failure(promise: Promise<unknown>): Promise<UserError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserError);
  return error as UserError;
}

describe('proposing and deciding', () => {
  let store: Store;
  let people: People;
  let clock = testClock();
  const deps = () => ({ now: clock.now, config: testConfig() });

  beforeEach(async () => {
    clock = testClock();
    store = await openTestStore();
    people = await northwindQueue(store);
  });
  afterEach(async () => {
    await store.close();
  });

  it("puts a mission's proposal in the deal owner's queue, linked to its run and verdict", async () => {
    const created = await propose(store.db, { runId: 'run-a' }, deps());
    expect(created).toMatchObject({ created: true, state: 'pending', blocked: false, conflicts: [] });
    const [item] = await listQueue(store.db, people.dana, {}, deps());
    expect(item).toMatchObject({
      id: created.id,
      opportunityId: 'o-101',
      ownerId: 'u-dana',
      kind: 'send_email',
      state: 'pending',
      verdict: 'act_now',
      to: ['hank@globex.com'],
      subject: 'Re: Proposal',
    });
    expect(item!.citations[0]!.ref).toEqual({ type: 'document', id: 'doc-pricing' });
    expect(await listQueue(store.db, people.raj, {}, deps())).toEqual([]);
    expect(await listQueue(store.db, people.sam, { rep: 'dana@northwind.io' }, deps())).toHaveLength(1);
  });

  it('proposes once per run and deal, however often a crashed step is retried', async () => {
    const first = await propose(store.db, { runId: 'run-a' }, deps());
    const again = await propose(store.db, { runId: 'run-a' }, deps());
    expect(again).toMatchObject({ id: first.id, created: false });
    expect(await store.db.select({ id: t.proposals.id }).from(t.proposals)).toEqual([{ id: first.id }]);
  });

  it('blocks a proposal to an address outside the account, at creation and again at approval', async () => {
    const created = await propose(store.db, { draft: aDraft(anEmail({ cc: ['gavin@hooli.com'] })) }, deps());
    expect(created.blocked).toBe(true);
    await openProposal(store.db, people.dana, { proposalId: created.id }, deps());
    const error = await failure(approveProposal(store.db, people.dana, { proposalId: created.id }, deps()));
    expect(error.code).toBe('blocked');
    expect(error.message).toContain('gavin@hooli.com is not an active contact of Globex');

    const clean = await propose(store.db, {}, deps());
    await openProposal(store.db, people.dana, { proposalId: clean.id }, deps());
    const edited = anEmail({ to: ['hank@globex.com', 'someone@gmail.com'] });
    const editError = await failure(
      approveProposal(store.db, people.dana, { proposalId: clean.id, edited }, deps()),
    );
    expect(editError.message).toContain('someone@gmail.com');
  });

  it("refuses a rep approving another rep's proposal, and lets the rep's manager approve it", async () => {
    const created = await propose(store.db, {}, deps());
    const notFound = await failure(approveProposal(store.db, people.raj, { proposalId: created.id }, deps()));
    expect(notFound.code).toBe('not_found');
    await openProposal(store.db, people.sam, { proposalId: created.id }, deps());
    const approval = await approveProposal(store.db, people.sam, { proposalId: created.id }, deps());
    expect(approval.state).toBe('approved');
  });

  it('lets an admin reassign a proposal but not decide on it', async () => {
    await store.db
      .insert(t.users)
      .values({ id: 'u-ada', name: 'Ada Admin', email: 'ada@northwind.io', role: 'admin' });
    const ada = await actorByEmail(store.db, 'ada@northwind.io');
    const created = await propose(store.db, {}, deps());
    await openProposal(store.db, ada, { proposalId: created.id }, deps());
    expect((await failure(approveProposal(store.db, ada, { proposalId: created.id }, deps()))).code).toBe(
      'forbidden',
    );
    expect(
      (
        await failure(
          reassignProposal(store.db, people.sam, { proposalId: created.id, to: 'raj@northwind.io' }),
        )
      ).code,
    ).toBe('forbidden');
    await reassignProposal(store.db, ada, { proposalId: created.id, to: 'raj@northwind.io' }, deps());
    const raj = await actorByEmail(store.db, 'raj@northwind.io');
    expect((await listQueue(store.db, raj, {}, deps())).map((p) => p.id)).toEqual([created.id]);
  });

  it('asks for a customer-facing proposal to be opened before it can be approved', async () => {
    const created = await propose(store.db, {}, deps());
    const error = await failure(approveProposal(store.db, people.dana, { proposalId: created.id }, deps()));
    expect(error.message).toContain(`closeloop show ${created.id}`);
  });

  it('approves once: a second click is told who approved it and when', async () => {
    const created = await propose(store.db, {}, deps());
    await openProposal(store.db, people.dana, { proposalId: created.id }, deps());
    clock.advance(40_000);
    const approval = await approveProposal(store.db, people.dana, { proposalId: created.id }, deps());
    expect(approval).toMatchObject({
      state: 'approved',
      edited: false,
      dwellMs: 40_000,
      outboxId: `ob-${created.id}`,
    });
    const second = await failure(approveProposal(store.db, people.dana, { proposalId: created.id }, deps()));
    expect(second.code).toBe('conflict');
    expect(second.message).toContain('already approved by u-dana');
    const outbox = await store.db.select().from(t.outbox).where(eq(t.outbox.proposalId, created.id));
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({ status: 'pending', messageId: `<cl-${created.id}@closeloop.local>` });
  });

  it('stores the diff between the draft and the edited version that was approved', async () => {
    const created = await propose(store.db, {}, deps());
    await openProposal(store.db, people.dana, { proposalId: created.id }, deps());
    const edited = anEmail({
      body: 'Hi Hank,\n\nHere is the revised proposal, with the three-year option.\n\nBest,\nDana',
    });
    const approval = await approveProposal(store.db, people.dana, { proposalId: created.id, edited }, deps());
    expect(approval.edited).toBe(true);
    const [decision] = await store.db
      .select()
      .from(t.decisions)
      .where(eq(t.decisions.proposalId, created.id));
    expect(decision).toMatchObject({ decision: 'edit_approve', actorId: 'u-dana' });
    expect(decision!.diff).toMatchObject({ changedFields: ['body'], linesRemoved: 1, linesAdded: 1 });
    const [proposal] = await store.db.select().from(t.proposals).where(eq(t.proposals.id, created.id));
    expect(proposal!.approvedPayload).toEqual(edited);
    expect(proposal!.payload).toEqual(anEmail());
  });

  it('keeps a draft the guardrails blocked from being approved until it is edited, and re-checks the edit', async () => {
    const guard = {
      blocked: true,
      findings: [
        {
          kind: 'price',
          severity: 'block',
          text: '$55 per seat',
          reason: 'doc-pricing lists Enterprise at $65',
          field: 'body',
          start: 0,
          end: 12,
          check: 'price',
        },
      ],
    };
    const created = await propose(store.db, { guard }, deps());
    await openProposal(store.db, people.dana, { proposalId: created.id }, deps());
    const error = await failure(approveProposal(store.db, people.dana, { proposalId: created.id }, deps()));
    expect(error.message).toContain('doc-pricing lists Enterprise at $65');

    const checked: unknown[] = [];
    const recheck = async (_db: unknown, input: { payload: unknown }) => {
      checked.push(input.payload);
      return { blocked: false, findings: [] };
    };
    const edited = anEmail({ body: 'Hi Hank,\n\nEnterprise is $65 per seat per month.\n\nDana' });
    await approveProposal(store.db, people.dana, { proposalId: created.id, edited }, { ...deps(), recheck });
    expect(checked).toEqual([edited]);
  });

  it('runs the guardrails again on an edited draft and refuses an edit that states a wrong price', async () => {
    const created = await propose(store.db, {}, deps());
    await openProposal(store.db, people.dana, { proposalId: created.id }, deps());
    const wrongPrice = anEmail({
      body: 'Hi Hank,\n\nNorthwind Enterprise is $55 per seat per month.\n\nBest,\nDana',
    });
    const error = await failure(
      approveProposal(store.db, people.dana, { proposalId: created.id, edited: wrongPrice }, deps()),
    );
    expect(error.code).toBe('blocked');
    expect(error.message).toContain('is blocked by the guardrails');
    const rightPrice = anEmail({
      body: 'Hi Hank,\n\nNorthwind Enterprise is $65 per seat per month.\n\nBest,\nDana',
    });
    expect(
      await approveProposal(store.db, people.dana, { proposalId: created.id, edited: rightPrice }, deps()),
    ).toMatchObject({ state: 'approved', edited: true });
  });

  it('approves internal changes in bulk, but customer-facing messages only one at a time', async () => {
    const log = aDraft({
      kind: 'log_activity',
      log: {
        type: 'note',
        occurredAt: '2026-02-20T10:00:00Z',
        participants: [],
        summary: 'Pricing call notes',
        commitments: [],
      },
    });
    const a = await propose(store.db, { draft: log }, deps());
    const b = await propose(store.db, { opportunityId: 'o-102', draft: log }, deps());
    const email = await propose(
      store.db,
      { opportunityId: 'o-103', draft: aDraft(anEmail({ to: ['alice@umbrellahealth.com'] })) },
      deps(),
    );
    const refused = await failure(
      approveInternalBatch(store.db, people.dana, { proposalIds: [a.id, email.id] }, deps()),
    );
    expect(refused.message).toContain(
      `customer-facing proposals are approved one at a time, after reading each (${email.id})`,
    );
    const batch = await approveInternalBatch(store.db, people.dana, { proposalIds: [a.id, b.id] }, deps());
    expect(batch.map((r) => r.ok && r.approval.state)).toEqual(['done', 'done']);
  });

  it("samples approvals for the manager's second look and lists them for the manager", async () => {
    const created = await propose(store.db, {}, deps());
    await openProposal(store.db, people.dana, { proposalId: created.id }, deps());
    const everything = { now: clock.now, config: testConfig({ reviewSampleRate: 1 }) };
    expect(
      await approveProposal(store.db, people.dana, { proposalId: created.id }, everything),
    ).toMatchObject({ sampledForReview: true });
    expect((await listQueue(store.db, people.sam, { sampledOnly: true }, deps())).map((p) => p.id)).toEqual([
      created.id,
    ]);
  });

  it('rejects with a reason from the short list; "other" needs a note', async () => {
    const created = await propose(store.db, {}, deps());
    const noNote = await failure(
      rejectProposal(store.db, people.dana, { proposalId: created.id, reason: 'other' }, deps()),
    );
    expect(noNote).toMatchObject({
      code: 'invalid_input',
      message: 'note: a rejection for "other" reasons needs a note saying which',
    });
    await rejectProposal(
      store.db,
      people.dana,
      { proposalId: created.id, reason: 'already_handled', note: 'sent it from Gmail' },
      deps(),
    );
    const [proposal] = await store.db.select().from(t.proposals).where(eq(t.proposals.id, created.id));
    expect(proposal).toMatchObject({
      state: 'rejected',
      decidedBy: 'u-dana',
      stateReason: 'already_handled: sent it from Gmail',
    });
    expect(
      (await failure(approveProposal(store.db, people.dana, { proposalId: created.id }, deps()))).message,
    ).toContain('already rejected');
  });

  it('hides a snoozed proposal from the queue until its date', async () => {
    const created = await propose(store.db, {}, deps());
    await snoozeProposal(store.db, people.dana, { proposalId: created.id, until: '2026-02-24' }, deps());
    expect(await listQueue(store.db, people.dana, {}, deps())).toEqual([]);
    expect(await listQueue(store.db, people.dana, { includeSnoozed: true }, deps())).toHaveLength(1);
    const later = { ...deps(), now: () => new Date('2026-02-24T09:00:00Z') };
    expect((await listQueue(store.db, people.dana, {}, later)).map((p) => p.id)).toEqual([created.id]);
  });

  it('withdraws an open proposal a newer run made obsolete, and those on deals that closed', async () => {
    const obsolete = await propose(store.db, {}, deps());
    expect(await store.db.transaction((tx) => withdrawProposal(tx, obsolete.id, 'Superseded'))).toBe(true);
    expect(await store.db.transaction((tx) => withdrawProposal(tx, obsolete.id, 'again'))).toBe(false);
    const onClosing = await propose(
      store.db,
      { opportunityId: 'o-102', draft: aDraft(anEmail({ to: ['bill@initech.com'], threadId: 't-o-102' })) },
      deps(),
    );
    await store.db
      .update(t.opportunities)
      .set({ stage: 'Closed Lost', isClosed: true })
      .where(eq(t.opportunities.id, 'o-102'));
    expect(await withdrawOnClosedDeals(store.db, ['u-dana'])).toBe(1);
    const states = await store.db.select({ id: t.proposals.id, state: t.proposals.state }).from(t.proposals);
    expect(new Map(states.map((s) => [s.id, s.state]))).toEqual(
      new Map([
        [obsolete.id, 'withdrawn'],
        [onClosing.id, 'withdrawn'],
      ]),
    );
  });
});
