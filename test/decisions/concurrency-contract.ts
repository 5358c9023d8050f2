/** Exactly-once under contention, run on every engine: concurrent approvals, competing dispatchers, a killed sender. */
import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { UserError } from '../../src/domain/errors.ts';
import { smtpTransport } from '../../src/email/smtp-transport.ts';
import { approveProposal } from '../../src/services/decisions/approve-proposal.ts';
import { dispatchOnce } from '../../src/services/decisions/outbox/dispatch-once.ts';
import { confirmDelivery } from '../../src/services/decisions/outbox/resolve-delivery.ts';
import { openProposal } from '../../src/services/decisions/proposal-view.ts';
import type { Store } from '../../src/store/open-store.ts';
import * as t from '../../src/store/schema/index.ts';
import { cliPath, runCli } from '../support/run-cli.ts';
import { type SmtpSink, startSmtpSink } from '../support/smtp-sink-client.ts';
import {
  aDraft,
  anEmail,
  approvedProposal,
  northwindQueue,
  type People,
  propose,
  testConfig,
} from './queue-fixtures.ts';

export type FreshStore = {
  store: Store;
  /** The environment a `closeloop` child process needs to open this same store. */
  env: Record<string, string>;
  /** Lets a child process open the store (the embedded engine admits one process at a time). */
  release(): Promise<void>;
  reopen(): Promise<Store>;
  dispose(): Promise<void>;
};

/** One email per open deal with an active contact: distinct contacts, so the governor holds none of them back. */
const dealContacts: Array<[string, string]> = [
  ['o-101', 'hank@globex.com'],
  ['o-102', 'bill@initech.com'],
  ['o-103', 'alice@umbrellahealth.com'],
  ['o-104', 'gavin@hooli.com'],
  ['o-105', 'art@vandelay.com'],
  ['o-106', 'pepper@starklogistics.com'],
  ['o-107', 'lucius@wayne.com'],
  ['o-108', 'miles@cyberdyne.com'],
];

export function runDecisionConcurrencyContract(engine: string, openFresh: () => Promise<FreshStore>): void {
  describe(`exactly-once delivery on ${engine}`, () => {
    let ctx: FreshStore;
    let people: People;
    let sink: SmtpSink;
    // Real time here: several processes and connections race, and leases must expire on the wall clock.
    const config = testConfig({}, { CLOSELOOP_OUTBOX_LEASE_MS: '1500' });
    const deps = { config };

    beforeAll(async () => {
      sink = await startSmtpSink();
    });
    afterAll(async () => {
      await sink.stop();
    });
    beforeEach(async () => {
      ctx = await openFresh();
      people = await northwindQueue(ctx.store);
      sink.received.length = 0;
      await sink.holdReplies(0);
    });
    afterEach(async () => {
      await ctx.dispose();
    });

    it('delivers one email when the same proposal is approved 100 times at once and four dispatchers race', async () => {
      const db = ctx.store.db;
      const { id } = await propose(db, {}, deps);
      await openProposal(db, people.dana, { proposalId: id }, deps);
      const outcomes = await Promise.allSettled(
        Array.from({ length: 100 }, () => approveProposal(db, people.dana, { proposalId: id }, deps)),
      );
      const approved = outcomes.filter((o) => o.status === 'fulfilled');
      const refused = outcomes.flatMap((o) => (o.status === 'rejected' ? [o.reason] : []));
      expect(approved).toHaveLength(1);
      expect(refused).toHaveLength(99);
      for (const error of refused) expect(error).toMatchObject({ code: 'conflict' });
      expect(refused[0]).toBeInstanceOf(UserError);

      const reports = await Promise.all(
        ['w1', 'w2', 'w3', 'w4'].map((workerId) =>
          dispatchOnce(db, { transport: smtpTransport(sink.url, 5000), config, workerId }),
        ),
      );
      expect(reports.reduce((n, r) => n + r.sent, 0)).toBe(1);
      await sink.waitForMessages(1);
      await sleep(200);
      expect(sink.received).toHaveLength(1);
      expect(await db.select().from(t.decisions).where(eq(t.decisions.proposalId, id))).toHaveLength(1);
    });

    it('lets competing dispatchers share the outbox without sending any message twice', async () => {
      const db = ctx.store.db;
      // Sam manages both reps, so he may approve on every deal.
      for (const [opportunityId, to] of dealContacts)
        await approvedProposal(
          db,
          people.sam,
          { opportunityId, draft: aDraft(anEmail({ to: [to], threadId: undefined })) },
          deps,
        );
      const reports = await Promise.all(
        ['w1', 'w2', 'w3'].map((workerId) =>
          (async () => {
            let sent = 0;
            for (let pass = 0; pass < 10; pass++) {
              const r = await dispatchOnce(db, {
                transport: smtpTransport(sink.url, 5000),
                config,
                workerId,
                batchSize: 2,
              });
              sent += r.sent;
              if (r.sent === 0) break;
            }
            return sent;
          })(),
        ),
      );
      expect(reports.reduce((a, b) => a + b, 0)).toBe(dealContacts.length);
      const mails = await sink.waitForMessages(dealContacts.length);
      await sleep(200);
      const ids = mails.map((m) => /Message-ID: (<[^>]+>)/i.exec(m.raw)?.[1]);
      expect(new Set(ids).size).toBe(dealContacts.length);
      expect(sink.received).toHaveLength(dealContacts.length);
    });

    it('leaves exactly one copy when the dispatcher is killed after the server took the message, then restarted', async () => {
      const id = await approvedProposal(ctx.store.db, people.dana, {}, deps);
      await sink.holdReplies(60_000);
      await ctx.release();
      const env = {
        ...ctx.env,
        SMTP_URL: sink.url,
        CLOSELOOP_OUTBOX_LEASE_MS: '1500',
        CLOSELOOP_SMTP_TIMEOUT_MS: '30000',
      };
      const child = spawn(process.execPath, [cliPath, 'dispatch'], {
        env: { ...process.env, DATABASE_URL: undefined, ...env },
        stdio: 'ignore',
      });
      const exited = new Promise((resolve) => child.once('exit', resolve));
      await sink.waitForMessages(1, 60_000);
      // The server holds the message and has not said 250 yet: the sender dies in the worst possible moment.
      child.kill('SIGKILL');
      await exited;
      await sink.holdReplies(0);
      await sleep(1_600);

      const restarted = await runCli(['dispatch', '--json'], env);
      expect(restarted.stderr).toBe('');
      expect(JSON.parse(restarted.stdout)).toMatchObject({ sent: 0, unconfirmed: 1, recovered: 1 });
      const again = await runCli(['dispatch', '--json'], env);
      expect(JSON.parse(again.stdout)).toMatchObject({ sent: 0, unconfirmed: 0 });
      await sleep(200);
      expect(sink.received).toHaveLength(1);

      const store = await ctx.reopen();
      const [row] = await store.db.select().from(t.outbox).where(eq(t.outbox.proposalId, id));
      expect(row).toMatchObject({
        status: 'unconfirmed',
        attempts: 1,
        messageId: `<cl-${id}@closeloop.local>`,
      });
      await confirmDelivery(
        store.db,
        people.dana,
        { proposalId: id, outcome: 'sent', note: 'in Hank’s inbox' },
        deps,
      );
      const [proposal] = await store.db.select().from(t.proposals).where(eq(t.proposals.id, id));
      expect(proposal!.state).toBe('done');
      // Three CLI processes start here, each loading TypeScript and opening the store.
    }, 180_000);
  });
}
