/** The mail port: one send, and an outcome that says whether the message may have reached the server. */
import type { OutgoingMail } from './outgoing-mail.ts';

/**
 * `sent`: the server took it. `not_sent`: it provably never got a complete message (refused connection,
 * rejected envelope, an explicit reply refusing the data), so sending again cannot duplicate it.
 * `unknown`: it may have arrived (the connection dropped after the data went out); never resend on our own.
 */
export type SendOutcome =
  | { status: 'sent'; response: string; accepted: string[]; rejected: string[] }
  | { status: 'not_sent'; retryable: boolean; error: string }
  | { status: 'unknown'; error: string };

export type MailTransport = {
  /** `smtp://host:port` (no password) or `eml:/path`: shown in the queue and the audit log. */
  readonly name: string;
  send(mail: OutgoingMail, raw: Buffer): Promise<SendOutcome>;
  /** Whether a message with this id provably went out, for a send a crash left ambiguous; undefined: cannot tell. */
  wasSent(messageId: string): Promise<boolean | undefined>;
  close(): Promise<void>;
};
