/** Reads SMTP_URL (smtp:// or smtps://, credentials in the URL) into connection options for nodemailer. */
import type { SMTPConnectionOptions } from 'nodemailer/lib/smtp-connection';
import { UserError } from '../domain/errors.ts';

export type SmtpTarget = {
  options: SMTPConnectionOptions;
  auth: { user: string; pass: string } | undefined;
  /** The URL without its password, for logs, the queue and the audit log. */
  label: string;
};

const flag = (v: string | null): boolean | undefined => (v === null ? undefined : v === 'true' || v === '1');

/**
 * smtp://user:pass@host:587 upgrades with STARTTLS when the server offers it (`?requireTLS=true` insists);
 * smtps://…:465 speaks TLS from the start. `?rejectUnauthorized=false` accepts a self-signed test relay.
 */
export function parseSmtpUrl(url: string, timeoutMs: number): SmtpTarget {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new UserError('invalid_input', 'SMTP_URL is not a valid URL');
  }
  if (u.protocol !== 'smtp:' && u.protocol !== 'smtps:') {
    throw new UserError('invalid_input', 'SMTP_URL must start with smtp:// or smtps://');
  }
  const secure = u.protocol === 'smtps:';
  const port = u.port ? Number(u.port) : secure ? 465 : 587;
  const rejectUnauthorized = flag(u.searchParams.get('rejectUnauthorized'));
  const requireTLS = flag(u.searchParams.get('requireTLS'));
  const ignoreTLS = flag(u.searchParams.get('ignoreTLS'));
  const name = u.searchParams.get('name');
  const auth = u.username
    ? { user: decodeURIComponent(u.username), pass: decodeURIComponent(u.password) }
    : undefined;
  const label = `${u.protocol}//${auth ? `${encodeURIComponent(auth.user)}@` : ''}${u.hostname}:${port}`;
  return {
    options: {
      host: u.hostname.replace(/^\[|\]$/g, ''),
      port,
      secure,
      ...(requireTLS !== undefined ? { requireTLS } : {}),
      ...(ignoreTLS !== undefined ? { ignoreTLS } : {}),
      ...(name ? { name } : {}),
      ...(rejectUnauthorized !== undefined ? { tls: { rejectUnauthorized } } : {}),
      connectionTimeout: timeoutMs,
      greetingTimeout: timeoutMs,
      socketTimeout: timeoutMs,
      // A killed send must not linger half-open waiting for the server to close first.
      socketCloseTimeout: 1000,
    },
    auth,
    label,
  };
}
