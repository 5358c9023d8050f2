/** MCP tool mail_get_thread: one email conversation, oldest first, each message cleaned of quotes and signatures. */
import { GetThreadInput, GetThreadOutput, getThread } from '../../../services/crm/get-thread.ts';
import { renderActivity } from '../../render/render-activity.ts';
import { lines } from '../../render/render-text.ts';
import { defineTool, READ_ONLY } from '../../tool-definition.ts';

export const mailGetThread = defineTool({
  name: 'mail_get_thread',
  title: 'Read an email thread',
  description:
    "Read one email thread by its threadId (activities carry it), oldest message first. Each message's `text` is only what its author wrote in it: quoted earlier mail, signatures, disclaimers and phone footers are removed, so a promise quoted from an old message is not mistaken for a new one. Set includeRaw to also get each body exactly as stored.",
  input: GetThreadInput,
  output: GetThreadOutput,
  hints: READ_ONLY,
  run: ({ db, actor }, input) => getThread(db, actor, input),
  render: ({ threadId, subject, messages }) =>
    lines(
      `Thread ${threadId}${subject ? `: ${subject}` : ''} (${messages.length} message(s), oldest first)`,
      ...messages.map((m) => renderActivity(m, 2000)),
    ),
});
