/** Non-delivery reports as different mail servers write them: Exchange, Gmail, Postfix and Exim. */
import type { Rng } from '../random.ts';

export interface Bounce {
  readonly from: string;
  readonly subject: string;
  readonly body: string;
}

export function bounceFor(rng: Rng, recipient: string, subject: string): Bounce {
  const domain = recipient.split('@')[1] ?? 'example.com';
  const host = `mx${rng.int(1, 3)}.${domain}`;
  const ip = `${rng.int(11, 220)}.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`;
  switch (rng.int(0, 3)) {
    case 0:
      return {
        from: `postmaster@${domain}`,
        subject: `Undeliverable: ${subject}`,
        body: `Delivery has failed to these recipients or groups:\n\n${recipient}\nThe email address you entered couldn't be found. Please check the recipient's email address and try to resend the message. If the problem continues, please contact your helpdesk.\n\nDiagnostic information for administrators:\n\nGenerating server: ${host.replace('mx', 'EXCH')}\n\n${recipient}\nRemote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'`,
      };
    case 1:
      return {
        from: 'mailer-daemon@googlemail.com',
        subject: 'Delivery Status Notification (Failure)',
        body: `** Address not found **\n\nYour message wasn't delivered to ${recipient} because the address couldn't be found, or is unable to receive mail.\n\nLearn more at https://support.google.com/mail/?p=NoSuchUser\n\nThe response from the remote server was:\n550 5.1.1 The email account that you tried to reach does not exist.`,
      };
    case 2:
      return {
        from: `MAILER-DAEMON@${host}`,
        subject: 'Undelivered Mail Returned to Sender',
        body: `This is the mail system at host ${host}.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\nIf you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n                   The mail system\n\n<${recipient}>: host ${host}[${ip}] said: 550 5.1.1\n    <${recipient}>: Recipient address rejected: User unknown in virtual mailbox\n    table (in reply to RCPT TO command)`,
      };
    default:
      return {
        from: `Mail Delivery System <Mailer-Daemon@${host}>`,
        subject: 'Mail delivery failed: returning message to sender',
        body: `This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n  ${recipient}\n    host ${host} [${ip}]\n    SMTP error from remote mail server after RCPT TO:<${recipient}>:\n    550 No such user here`,
      };
  }
}
