/** Starts the loopback SMTP sink in a child process and keeps the list of messages it accepted. */
import { type ChildProcess, fork } from 'node:child_process';
import path from 'node:path';
import { type ParsedMail, simpleParser } from 'mailparser';
import { projectRoot } from './paths.ts';

export type ReceivedMail = { raw: string; envelope: { from: string; to: string[] }; user: string | null };

type SinkEvent =
  | { type: 'listening'; port: number }
  | ({ type: 'received' } & ReceivedMail)
  | { type: 'ack'; command: string };

export type SmtpSink = {
  readonly port: number;
  readonly url: string;
  /** Every message the server accepted the data of, in order. */
  readonly received: ReceivedMail[];
  /** Resolves when the server holds at least `count` messages. */
  waitForMessages(count: number, timeoutMs?: number): Promise<ReceivedMail[]>;
  /** The message at `index`, parsed, once the sink holds it. */
  parsed(index?: number): Promise<ParsedMail>;
  /** Delays the reply to the message data: the window in which a sender may die with the message delivered. */
  holdReplies(ms: number): Promise<void>;
  rejectRecipients(code: number | null): Promise<void>;
  rejectData(code: number | null): Promise<void>;
  stop(): Promise<void>;
};

const sinkPath = path.join(projectRoot, 'test/support/smtp-sink.ts');

/** `port` 0 picks a free one; a given port lets a test bring "the same server" back after stopping it. */
export function startSmtpSink(port = 0): Promise<SmtpSink> {
  const child: ChildProcess = fork(sinkPath, [], {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, SMTP_SINK_PORT: String(port) },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const received: ReceivedMail[] = [];
  const waiters = new Set<() => void>();
  const acks: Array<() => void> = [];
  child.on('message', (event: SinkEvent) => {
    if (event.type === 'received') {
      received.push({ raw: event.raw, envelope: event.envelope, user: event.user });
      for (const wake of waiters) wake();
    } else if (event.type === 'ack') acks.shift()?.();
  });
  const command = (message: object) =>
    new Promise<void>((resolve) => {
      acks.push(resolve);
      child.send(message);
    });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`the SMTP sink exited early (${code})`)));
    child.on('message', (event: SinkEvent) => {
      if (event.type !== 'listening') return;
      const sink: SmtpSink = {
        port: event.port,
        url: `smtp://127.0.0.1:${event.port}`,
        received,
        waitForMessages(count, timeoutMs = 20_000) {
          return new Promise((done, fail) => {
            const check = () => {
              if (received.length < count) return;
              waiters.delete(check);
              clearTimeout(timer);
              done(received);
            };
            const timer = setTimeout(() => {
              waiters.delete(check);
              fail(
                new Error(`the sink got ${received.length} messages, not ${count}, within ${timeoutMs} ms`),
              );
            }, timeoutMs);
            waiters.add(check);
            check();
          });
        },
        // The sink reports a message over IPC, which may land after the sender's SMTP session has ended.
        async parsed(index = 0) {
          const messages = await sink.waitForMessages(index + 1);
          return simpleParser(messages[index]!.raw);
        },
        holdReplies: (ms) => command({ type: 'hold', ms }),
        rejectRecipients: (code) => command({ type: 'rejectRecipients', code }),
        rejectData: (code) => command({ type: 'rejectData', code }),
        stop: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null || child.signalCode !== null) return done();
            child.removeAllListeners('exit');
            child.once('exit', () => done());
            child.kill('SIGKILL');
          }),
      };
      resolve(sink);
    });
  });
}
