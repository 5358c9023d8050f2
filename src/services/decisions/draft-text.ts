/** A payload as text a person edits in their editor (headers, blank line, body), and back again. */
import { UserError } from '../../domain/errors.ts';
import { ProposalPayload } from '../../domain/proposals/proposal-schema.ts';

const list = (value: string): string[] =>
  value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/** Emails and meetings read like an email; CRM changes and call logs are shown as JSON. */
export function payloadToText(payload: ProposalPayload): string {
  switch (payload.kind) {
    case 'send_email':
      return [
        `To: ${payload.email.to.join(', ')}`,
        `Cc: ${payload.email.cc.join(', ')}`,
        `Subject: ${payload.email.subject}`,
        '',
        payload.email.body,
      ].join('\n');
    case 'schedule_meeting':
      return [
        `To: ${payload.meeting.attendees.join(', ')}`,
        `Subject: ${payload.meeting.subject}`,
        `Times: ${payload.meeting.timeOptions.join(', ')}`,
        `Minutes: ${payload.meeting.durationMinutes}`,
        '',
        payload.meeting.agenda,
      ].join('\n');
    default:
      return `${JSON.stringify(payload, null, 2)}\n`;
  }
}

function splitHeaders(text: string): { headers: Map<string, string>; body: string } {
  const normalized = text.replace(/\r\n/g, '\n');
  const gap = normalized.indexOf('\n\n');
  const head = gap === -1 ? normalized : normalized.slice(0, gap);
  const headers = new Map<string, string>();
  for (const line of head.split('\n')) {
    const m = /^([A-Za-z]+):\s*(.*)$/.exec(line);
    if (!m)
      throw new UserError(
        'invalid_input',
        `expected "Header: value" lines before the blank line, got "${line}"`,
      );
    headers.set(m[1]!.toLowerCase(), m[2]!.trim());
  }
  return { headers, body: gap === -1 ? '' : normalized.slice(gap + 2).replace(/\n+$/, '') };
}

/** Reads the edited text back onto the draft; what the text cannot express (citations, thread) is kept. */
export function textToPayload(draft: ProposalPayload, text: string): ProposalPayload {
  let edited: unknown;
  if (draft.kind === 'send_email') {
    const { headers, body } = splitHeaders(text);
    edited = {
      kind: 'send_email',
      email: {
        ...draft.email,
        to: list(headers.get('to') ?? ''),
        cc: list(headers.get('cc') ?? ''),
        subject: headers.get('subject') ?? draft.email.subject,
        body,
      },
    };
  } else if (draft.kind === 'schedule_meeting') {
    const { headers, body } = splitHeaders(text);
    edited = {
      kind: 'schedule_meeting',
      meeting: {
        ...draft.meeting,
        attendees: list(headers.get('to') ?? ''),
        subject: headers.get('subject') ?? draft.meeting.subject,
        timeOptions: list(headers.get('times') ?? ''),
        durationMinutes: Number(headers.get('minutes') ?? draft.meeting.durationMinutes),
        agenda: body,
      },
    };
  } else {
    try {
      edited = JSON.parse(text);
    } catch (error) {
      throw new UserError(
        'invalid_input',
        `the edited proposal is not valid JSON: ${(error as Error).message}`,
      );
    }
  }
  const parsed = ProposalPayload.safeParse(edited);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new UserError(
      'invalid_input',
      `the edited draft is not valid: ${issue.path.join('.')}: ${issue.message}`,
    );
  }
  return parsed.data;
}

/** A new body on the draft, the rest unchanged: what `--body-file` does. */
export function withBody(draft: ProposalPayload, body: string): ProposalPayload {
  const text = body.replace(/\r\n/g, '\n').replace(/\n+$/, '');
  if (draft.kind === 'send_email') return { kind: 'send_email', email: { ...draft.email, body: text } };
  if (draft.kind === 'schedule_meeting')
    return { kind: 'schedule_meeting', meeting: { ...draft.meeting, agenda: text } };
  throw new UserError('invalid_input', `a ${draft.kind} has no body to replace; use --edit`);
}
