/** Sends over SMTP with nodemailer's client, and tells "never reached the server" from "may have reached it". */
import { Readable } from 'node:stream';
import SMTPConnection from 'nodemailer/lib/smtp-connection';
import { envelopeRecipients } from './compose-mime.ts';
import type { MailTransport, SendOutcome } from './mail-transport.ts';
import type { OutgoingMail } from './outgoing-mail.ts';
import { parseSmtpUrl } from './smtp-url.ts';

type SmtpError = Error & { code?: string; command?: string; responseCode?: number; response?: string };

/**
 * The message body as a stream that notes when it is first read: nodemailer pipes it only after the server
 * answered DATA with 354. Until then nothing of the message has left, so any failure is provably a non-delivery.
 */
class TrackedMessage extends Readable {
  started = false;
  constructor(private readonly raw: Buffer) {
    super();
  }
  override _read(): void {
    if (this.started) return;
    this.started = true;
    this.push(this.raw);
    this.push(null);
  }
}

export function smtpTransport(url: string, timeoutMs: number): MailTransport {
  const target = parseSmtpUrl(url, timeoutMs);
  return {
    name: target.label,
    send: (mail, raw) => sendOnce(target, mail, raw, timeoutMs * 3),
    // SMTP has no "did you get it?": an ambiguous send stays for a person to check.
    wasSent: async () => undefined,
    close: async () => {},
  };
}

async function sendOnce(
  target: ReturnType<typeof parseSmtpUrl>,
  mail: OutgoingMail,
  raw: Buffer,
  overallMs: number,
): Promise<SendOutcome> {
  const connection = new SMTPConnection(target.options);
  const message = new TrackedMessage(raw);
  let failure: SmtpError | undefined;
  const errors = new Promise<never>((_, reject) =>
    connection.on('error', (e: SmtpError) => {
      failure ??= e;
      reject(e);
    }),
  );
  errors.catch(() => {});
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(
        Object.assign(new Error(`no answer from ${target.label} within ${overallMs} ms`), {
          code: 'ETIMEDOUT',
        }),
      );
      connection.close();
    }, overallMs);
  });
  deadline.catch(() => {});
  try {
    await Promise.race([
      errors,
      deadline,
      new Promise<void>((resolve) => connection.connect(() => resolve())),
    ]);
    if (target.auth) {
      const auth = target.auth;
      await Promise.race([
        errors,
        deadline,
        new Promise<void>((resolve, reject) => connection.login(auth, (e) => (e ? reject(e) : resolve()))),
      ]);
    }
    const envelope = { from: mail.from.address, to: envelopeRecipients(mail) };
    const info = await Promise.race([
      errors,
      deadline,
      new Promise<{ response?: string; accepted?: unknown[]; rejected?: unknown[] }>((resolve, reject) =>
        connection.send(envelope, message, (e, result) => (e ? reject(e) : resolve(result ?? {}))),
      ),
    ]);
    connection.quit();
    return {
      status: 'sent',
      response: String(info.response ?? ''),
      accepted: (info.accepted ?? []).map(String),
      rejected: (info.rejected ?? []).map(String),
    };
  } catch (error) {
    connection.close();
    return classify((failure ?? error) as SmtpError, message.started);
  } finally {
    clearTimeout(timer);
  }
}

/** Which failures prove the message never arrived: only those are retried automatically. */
export function classify(error: SmtpError, dataStarted: boolean): SendOutcome {
  const code = error.responseCode;
  const detail = `${error.message}${error.command ? ` (during ${error.command})` : ''}`;
  const explicitReply = typeof code === 'number' && code >= 400;
  // Before the message body went out the server cannot hold a complete message, whatever went wrong.
  // After it, only an explicit refusal of the data proves non-delivery; a dropped line or a timeout does not.
  if (!dataStarted || (explicitReply && error.command === 'DATA' && error.code === 'EMESSAGE')) {
    const retryable = error.code !== 'EAUTH' && !(explicitReply && code >= 500);
    return { status: 'not_sent', retryable, error: detail };
  }
  return { status: 'unknown', error: detail };
}
