/** The dispatcher loop the worker runs: send what is due, expire stale proposals, sleep, until told to stop. */
import { setTimeout as sleep } from 'node:timers/promises';
import { loadConfig } from '../../../config/env.ts';
import { createMailTransport } from '../../../email/create-transport.ts';
import type { MailTransport } from '../../../email/mail-transport.ts';
import type { Db } from '../../../store/open-store.ts';
import { type DecisionConfig, decisionConfig } from '../decision-config.ts';
import { expireStaleProposals } from '../retire-proposals.ts';
import { type DispatchReport, dispatchOnce } from './dispatch-once.ts';

export type DispatcherOptions = {
  db: Db;
  signal: AbortSignal;
  config?: DecisionConfig;
  /** Default: SMTP when SMTP_URL is set, else .eml files in CLOSELOOP_HOME/outbox. */
  transport?: MailTransport;
  now?: () => Date;
  workerId?: string;
  onReport?: (report: DispatchReport) => void;
  onError?: (error: unknown) => void;
};

/** The transport the configuration asks for. */
export function configuredTransport(config: DecisionConfig): MailTransport {
  return createMailTransport({
    smtpUrl: config.smtpUrl,
    home: loadConfig().home,
    timeoutMs: config.smtpTimeoutMs,
  });
}

export async function runDispatcher(options: DispatcherOptions): Promise<void> {
  const config = options.config ?? decisionConfig();
  const transport = options.transport ?? configuredTransport(config);
  const now = options.now ?? (() => new Date());
  const { signal } = options;
  try {
    while (!signal.aborted) {
      let idle = true;
      try {
        await expireStaleProposals(options.db, now(), config.proposalTtlDays);
        const report = await dispatchOnce(options.db, { transport, config, now, workerId: options.workerId });
        options.onReport?.(report);
        idle = report.sent + report.retrying + report.failed + report.unconfirmed === 0;
      } catch (error) {
        // A store hiccup must not end the worker: report it and try again after the idle wait.
        options.onError?.(error);
      }
      if (idle) await sleep(config.outbox.intervalMs, undefined, { signal }).catch(() => undefined);
    }
  } finally {
    await transport.close();
  }
}
