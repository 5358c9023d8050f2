import { eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { smtpTransport } from '../../src/email/smtp-transport.ts';
import { listQueue } from '../../src/services/decisions/list-queue.ts';
import { dispatchOnce } from '../../src/services/decisions/outbox/dispatch-once.ts';
import { confirmDelivery, retryDelivery } from '../../src/services/decisions/outbox/resolve-delivery.ts';
import type { Store } from '../../src/store/open-store.ts';
import * as t from '../../src/store/schema/index.ts';
import { type SmtpSink, startSmtpSink } from '../support/smtp-sink-client.ts';
import { openTestStore } from '../support/test-store.ts';
import {
  aDraft,
  approvedProposal,
  northwindQueue,
  type People,
  testClock,
  testConfig,
} from './queue-fixtures.ts';

/** Delivery against a real SMTP conversation: nodemailer's client and an smtp-server in its own process. */
describe('sending approved email over SMTP', () => {
  let store: Store;
  let people: People;
  let sink: SmtpSink;
  let clock = testClock();
  const config = testConfig(
    {},
    {
      CLOSELOOP_OUTBOX_MAX_ATTEMPTS: '3',
      CLOSELOOP_OUTBOX_BACKOFF_MS: '1000',
      CLOSELOOP_OUTBOX_BACKOFF_MAX_MS: '10000',
    },
  );
  const deps = { now: () => clock.now(), config };
  const dispatch = (url: string, timeoutMs = 5000) =>
    dispatchOnce(store.db, {
      transport: smtpTransport(url, timeoutMs),
      config,
      now: () => clock.now(),
      random: () => 0.5,
    });
  const proposalState = async (id: string) =>
    (await store.db.select({ state: t.proposals.state }).from(t.proposals).where(eq(t.proposals.id, id)))[0]
      ?.state;

  beforeAll(async () => {
    sink = await startSmtpSink();
  });
  afterAll(async () => {
    await sink.stop();
  });
  beforeEach(async () => {
    clock = testClock();
    store = await openTestStore();
    people = await northwindQueue(store);
    sink.received.length = 0;
    await sink.holdReplies(0);
    await sink.rejectRecipients(null);
  });
  afterEach(async () => {
    await store.close();
  });

  it("delivers the approved email from the rep, threaded into the customer's conversation, and logs it on the deal", async () => {
    const id = await approvedProposal(store.db, people.dana, {}, deps);
    const url = sink.url.replace('smtp://', 'smtp://dana%40northwind.io:s3cret@');
    expect(await dispatch(url)).toMatchObject({ sent: 1, failed: 0 });

    const [received] = await sink.waitForMessages(1);
    expect(received!.envelope).toEqual({ from: 'dana@northwind.io', to: ['hank@globex.com'] });
    expect(received!.user).toBe('dana@northwind.io');
    const mail = await sink.parsed(0);
    expect(mail.from?.value).toEqual([{ address: 'dana@northwind.io', name: 'Dana Ortiz' }]);
    expect(mail.messageId).toBe(`<cl-${id}@closeloop.local>`);
    expect(mail.inReplyTo).toBe('<act-2@closeloop.local>');
    expect(mail.references).toEqual(['<act-1@closeloop.local>', '<act-2@closeloop.local>']);
    expect(mail.subject).toBe('Re: Proposal');
    expect(mail.text).toContain('revised proposal with three-year pricing: 10% off list.');

    expect(await proposalState(id)).toBe('done');
    const [activity] = await store.db
      .select()
      .from(t.activities)
      .where(eq(t.activities.id, `cl-${id}`));
    expect(activity).toMatchObject({
      type: 'email',
      direction: 'outbound',
      threadId: 't-o-101',
      opportunityId: 'o-101',
      fromAddress: 'dana@northwind.io',
    });
    const audit = await store.db.select().from(t.auditLog).where(eq(t.auditLog.subjectId, id));
    expect(audit.map((a) => a.action)).toEqual(['proposed', 'approved', 'executed']);
    expect(audit[2]!.content).toMatchObject({
      mail: { messageId: `<cl-${id}@closeloop.local>`, to: ['hank@globex.com'] },
    });

    expect(await dispatch(url)).toMatchObject({ sent: 0 });
    expect(sink.received).toHaveLength(1);
  });

  it('retries while the server is down, fails visibly after the last try, and sends one copy after a retry once it is back', async () => {
    const down = await startSmtpSink();
    const port = down.port;
    await down.stop();
    const id = await approvedProposal(store.db, people.dana, {}, deps);
    const url = `smtp://127.0.0.1:${port}`;

    expect(await dispatch(url)).toMatchObject({ retrying: 1 });
    const [waiting] = await listQueue(store.db, people.dana, {}, deps);
    expect(waiting).toMatchObject({ id, state: 'approved', delivery: { status: 'pending', attempts: 1 } });
    expect(waiting!.delivery!.lastError).toContain('ECONNREFUSED');
    expect(await dispatch(url)).toMatchObject({ retrying: 0, failed: 0 });
    clock.advance(1_000);
    expect(await dispatch(url)).toMatchObject({ retrying: 1 });
    clock.advance(2_000);
    expect(await dispatch(url)).toMatchObject({ failed: 1 });
    const [failed] = await listQueue(store.db, people.dana, {}, deps);
    expect(failed).toMatchObject({ id, state: 'failed', delivery: { status: 'failed', attempts: 3 } });
    expect(failed!.stateReason).toMatch(/^Failed after 3 tries: .*ECONNREFUSED/);

    const back = await startSmtpSink(port);
    try {
      await retryDelivery(store.db, people.dana, { proposalId: id }, deps);
      expect(await dispatch(url)).toMatchObject({ sent: 1 });
      expect(await dispatch(url)).toMatchObject({ sent: 0 });
      await back.waitForMessages(1);
      expect(back.received).toHaveLength(1);
      expect(await proposalState(id)).toBe('done');
    } finally {
      await back.stop();
    }
  });

  it('retries a message whose recipient the server turned away for now, without a second copy', async () => {
    const id = await approvedProposal(store.db, people.dana, {}, deps);
    await sink.rejectRecipients(451);
    expect(await dispatch(sink.url)).toMatchObject({ retrying: 1 });
    await sink.rejectRecipients(null);
    clock.advance(1_000);
    expect(await dispatch(sink.url)).toMatchObject({ sent: 1 });
    expect(sink.received).toHaveLength(1);
    expect(await proposalState(id)).toBe('done');
  });

  it('never resends a message whose acceptance was lost: it waits, unconfirmed, until a person says', async () => {
    const id = await approvedProposal(store.db, people.dana, {}, deps);
    await sink.holdReplies(3_000);
    expect(await dispatch(sink.url, 200)).toMatchObject({ unconfirmed: 1 });
    clock.advance(3_600_000);
    expect(await dispatch(sink.url)).toMatchObject({ sent: 0, unconfirmed: 0 });
    expect(sink.received).toHaveLength(1);
    const [item] = await listQueue(store.db, people.dana, {}, deps);
    expect(item).toMatchObject({ id, state: 'executing', delivery: { status: 'unconfirmed' } });

    await confirmDelivery(
      store.db,
      people.dana,
      { proposalId: id, outcome: 'sent', note: 'Hank replied to it' },
      deps,
    );
    expect(await proposalState(id)).toBe('done');
    expect(
      await store.db
        .select()
        .from(t.activities)
        .where(eq(t.activities.id, `cl-${id}`)),
    ).toHaveLength(1);
  });

  it('sends a meeting as an iCalendar request with the first time option, and logs the meeting as scheduled', async () => {
    const meeting = {
      kind: 'schedule_meeting' as const,
      meeting: {
        attendees: ['hank@globex.com'],
        subject: 'Three-year proposal walkthrough',
        agenda: 'Walk through the three-year option with Finance.',
        durationMinutes: 30,
        timeOptions: ['2026-02-24T15:00:00Z', '2026-02-25T16:00:00Z'],
        threadId: 't-o-101',
      },
    };
    const id = await approvedProposal(store.db, people.dana, { draft: aDraft(meeting) }, deps);
    expect(await dispatch(sink.url)).toMatchObject({ sent: 1 });
    const mail = await sink.parsed(0);
    const calendar = mail.attachments.find((a) => a.contentType === 'text/calendar');
    // iCalendar folds long lines at 75 octets: unfold before reading a property.
    const ics = calendar!.content.toString('utf8').replace(/\r?\n[ \t]/g, '');
    expect(ics).toContain('METHOD:REQUEST');
    expect(ics).toContain('DTSTART:20260224T150000Z');
    expect(ics).toMatch(/ATTENDEE;.*RSVP=TRUE.*:mailto:hank@globex\.com/i);
    expect(ics).toContain(`UID:${id}@closeloop.local`);
    expect(mail.text).toContain('Proposed time: Tue, Feb 24, 2026');
    const [activity] = await store.db
      .select()
      .from(t.activities)
      .where(eq(t.activities.id, `cl-${id}`));
    expect(activity).toMatchObject({
      type: 'meeting',
      status: 'scheduled',
      startsAt: new Date('2026-02-24T15:00:00Z'),
    });
  });
});
