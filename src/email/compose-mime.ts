/** Builds the RFC 5322 bytes of an outgoing email with nodemailer's composer, threading headers included. */
import MailComposer from 'nodemailer/lib/mail-composer';
import type { OutgoingMail } from './outgoing-mail.ts';

/** `date` is the send attempt's instant: the Message-ID, not the bytes, is what stays stable across retries. */
export async function composeMime(mail: OutgoingMail, date: Date): Promise<Buffer> {
  const composer = new MailComposer({
    messageId: mail.messageId,
    date,
    from: mail.from.name ? { name: mail.from.name, address: mail.from.address } : mail.from.address,
    to: mail.to,
    ...(mail.cc.length > 0 ? { cc: mail.cc } : {}),
    subject: mail.subject,
    text: mail.text,
    ...(mail.inReplyTo ? { inReplyTo: mail.inReplyTo } : {}),
    ...(mail.references.length > 0 ? { references: mail.references } : {}),
    ...(mail.invite
      ? { icalEvent: { method: mail.invite.method, content: mail.invite.content, filename: 'invite.ics' } }
      : {}),
    // Keeps Bcc-style leaks out: the envelope is built from to and cc only, by the transport.
    disableFileAccess: true,
    disableUrlAccess: true,
  });
  return composer.compile().build();
}

/** Every envelope recipient: the addresses in to and cc, without display names. */
export function envelopeRecipients(mail: OutgoingMail): string[] {
  return [...mail.to, ...mail.cc].map((a) => (/<([^>]+)>/.exec(a)?.[1] ?? a).trim());
}
