/** Picks the mail transport from the configuration: SMTP when SMTP_URL is set, else .eml files under CLOSELOOP_HOME. */
import path from 'node:path';
import { emlTransport } from './eml-transport.ts';
import type { MailTransport } from './mail-transport.ts';
import { smtpTransport } from './smtp-transport.ts';

export function createMailTransport(options: {
  smtpUrl: string | undefined;
  home: string;
  timeoutMs: number;
}): MailTransport {
  return options.smtpUrl
    ? smtpTransport(options.smtpUrl, options.timeoutMs)
    : emlTransport(path.join(options.home, 'outbox'));
}
