/** `closeloop dispatch`: send what approvals queued, exactly once; retry a failed message; settle an ambiguous one. */
import type { Command } from 'commander';
import { UserError } from '../../domain/errors.ts';
import { type DispatchReport, dispatchOnce } from '../../services/decisions/outbox/dispatch-once.ts';
import { confirmDelivery, retryDelivery } from '../../services/decisions/outbox/resolve-delivery.ts';
import { configuredTransport, runDispatcher } from '../../services/decisions/outbox/run-dispatcher.ts';
import { actingUser } from '../acting-user.ts';
import { withRuntime } from '../with-runtime.ts';

type Flags = {
  watch?: boolean;
  retry?: string;
  confirmSent?: string;
  notSent?: string;
  note?: string;
  as?: string;
  json?: boolean;
};

const total = (r: DispatchReport) => r.sent + r.retrying + r.failed + r.unconfirmed + r.recovered;

export function register(program: Command): void {
  program
    .command('dispatch')
    .description(
      'run the outbox: send approved emails and invites once each, with retries on transient failures',
    )
    .option('--watch', 'keep running until interrupted (the worker does this too)')
    .option('--retry <proposalId>', 'send a failed message again, with a fresh set of tries')
    .option(
      '--confirm-sent <proposalId>',
      'a send left unconfirmed did reach the customer: record it as done',
    )
    .option(
      '--not-sent <proposalId>',
      'a send left unconfirmed did not arrive: queue it again (same Message-ID)',
    )
    .option('--note <text>', 'how you checked, for the audit log')
    .option('--as <email>', 'act as this user (default: $CLOSELOOP_USER)')
    .option('--json', 'print as JSON')
    .addHelpText(
      'after',
      '\nSMTP_URL=smtp://user:pass@host:587 sends over SMTP; without it each message is written to $CLOSELOOP_HOME/outbox/*.eml.',
    )
    .action(async (flags: Flags) => {
      const settles = [flags.retry, flags.confirmSent, flags.notSent].filter(Boolean);
      if (settles.length > 1)
        throw new UserError('invalid_input', 'one of --retry, --confirm-sent, --not-sent at a time');
      const result = await withRuntime(
        async ({ store, decisions }) => {
          const { db } = store;
          if (flags.retry)
            return retryDelivery(db, await actingUser(db, flags.as), { proposalId: flags.retry }, decisions);
          const confirm = flags.confirmSent ?? flags.notSent;
          if (confirm)
            return confirmDelivery(
              db,
              await actingUser(db, flags.as),
              { proposalId: confirm, outcome: flags.confirmSent ? 'sent' : 'not_sent', note: flags.note },
              decisions,
            );
          const transport = configuredTransport(decisions.config);
          if (flags.watch) {
            const stop = new AbortController();
            process.once('SIGINT', () => stop.abort());
            process.once('SIGTERM', () => stop.abort());
            console.error(`Dispatching through ${transport.name}; Ctrl-C to stop.`);
            await runDispatcher({
              db,
              signal: stop.signal,
              config: decisions.config,
              transport,
              onReport: (r) => total(r) > 0 && console.log(JSON.stringify(r)),
              onError: (e) =>
                console.error(`closeloop: dispatch failed: ${e instanceof Error ? e.message : String(e)}`),
            });
            return { stopped: true };
          }
          const sum: DispatchReport = { sent: 0, retrying: 0, failed: 0, unconfirmed: 0, recovered: 0 };
          try {
            // Pass after pass until nothing is due: a retry scheduled for later waits for the next run.
            for (;;) {
              const report = await dispatchOnce(db, { transport, config: decisions.config });
              for (const k of Object.keys(sum) as (keyof DispatchReport)[]) sum[k] += report[k];
              if (total(report) === 0) break;
            }
          } finally {
            await transport.close();
          }
          return { transport: transport.name, ...sum };
        },
        { jobs: false },
      );
      if (flags.json) return console.log(JSON.stringify(result));
      if ('state' in result) return console.log(`${result.proposalId} is now ${result.state}.`);
      if ('sent' in result)
        console.log(
          `Outbox via ${result.transport}: ${result.sent} sent, ${result.retrying} to retry, ${result.failed} failed, ${result.unconfirmed} unconfirmed.`,
        );
    });
}
