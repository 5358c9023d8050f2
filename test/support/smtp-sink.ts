/**
 * A loopback SMTP server for tests, run as its own process (`node --import tsx smtp-sink.ts`): it stores nothing
 * and reports each message it accepts to the parent over IPC, so the parent's list is "what reached the server".
 * The parent can make it hold the reply to the message's data, refuse recipients, or answer the data with an error.
 */
import { SMTPServer } from 'smtp-server';

type Command =
  | { type: 'hold'; ms: number }
  | { type: 'rejectRecipients'; code: number | null }
  | { type: 'rejectData'; code: number | null };

let holdMs = 0;
let rejectRecipients: number | null = null;
let rejectData: number | null = null;

const send = (message: unknown) => process.send?.(message);
const smtpError = (code: number, text: string) => Object.assign(new Error(text), { responseCode: code });

const server = new SMTPServer({
  // Loopback only: no TLS to negotiate, and AUTH over plain text is fine between two local processes.
  disabledCommands: ['STARTTLS'],
  allowInsecureAuth: true,
  authOptional: true,
  logger: false,
  onAuth(auth, _session, callback) {
    callback(null, { user: auth.username });
  },
  onRcptTo(_address, _session, callback) {
    callback(rejectRecipients ? smtpError(rejectRecipients, 'Mailbox temporarily unavailable') : null);
  },
  onData(stream, session, callback) {
    const chunks: Buffer[] = [];
    stream.on('data', (c: Buffer) => chunks.push(c));
    stream.on('end', () => {
      if (rejectData) return callback(smtpError(rejectData, 'Message refused'));
      // The whole message is here: from now on a real server may deliver it, whatever happens to the reply.
      send({
        type: 'received',
        raw: Buffer.concat(chunks).toString('utf8'),
        envelope: {
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
        },
        user: session.user ?? null,
      });
      setTimeout(() => callback(null, 'Queued'), holdMs);
    });
  },
});

process.on('message', (command: Command) => {
  if (command.type === 'hold') holdMs = command.ms;
  if (command.type === 'rejectRecipients') rejectRecipients = command.code;
  if (command.type === 'rejectData') rejectData = command.code;
  send({ type: 'ack', command: command.type });
});
process.on('disconnect', () => process.exit(0));

const port = Number(process.env.SMTP_SINK_PORT ?? 0);
server.listen(port, '127.0.0.1', () => {
  const address = server.server.address();
  send({ type: 'listening', port: typeof address === 'object' && address ? address.port : port });
});
