/** The embedded default: each approved email becomes an .eml file in CLOSELOOP_HOME/outbox, and nothing is sent. */
import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { MailTransport, SendOutcome } from './mail-transport.ts';
import { messageIdFileName } from './message-ids.ts';
import type { OutgoingMail } from './outgoing-mail.ts';

export function emlTransport(dir: string): MailTransport {
  const fileOf = (messageId: string) => path.join(dir, messageIdFileName(messageId));
  return {
    name: `eml:${dir}`,
    async send(mail: OutgoingMail, raw: Buffer): Promise<SendOutcome> {
      const file = fileOf(mail.messageId);
      if (await exists(file))
        return { status: 'sent', response: `already written: ${file}`, accepted: [], rejected: [] };
      // Temp file then rename: a crash leaves either no file or the whole message, never half of one.
      const temp = path.join(dir, `.${path.basename(file)}.${randomBytes(4).toString('hex')}.tmp`);
      try {
        await mkdir(dir, { recursive: true });
        const handle = await open(temp, 'wx');
        try {
          await handle.writeFile(raw);
          await handle.sync();
        } finally {
          await handle.close();
        }
        await rename(temp, file);
      } catch (error) {
        await rm(temp, { force: true });
        return {
          status: 'not_sent',
          retryable: true,
          error: error instanceof Error ? error.message : String(error),
        };
      }
      return {
        status: 'sent',
        response: `written: ${file}`,
        accepted: [...mail.to, ...mail.cc],
        rejected: [],
      };
    },
    wasSent: (messageId) => exists(fileOf(messageId)),
    close: async () => {},
  };
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}
