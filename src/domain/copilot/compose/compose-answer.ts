/** Turns what a task's calls gathered into the answer a rep reads: one composer per task, and the proposals' echo. */
import type { ActivityLog } from '../../proposals/proposal-schema.ts';
import type { AnswerLine, Clarification, ComposedAnswer, CopilotRoute } from '../copilot-schema.ts';
import type { Evidence } from '../evidence.ts';
import { composeBrief } from './brief.ts';
import { day, line, refTo } from './format.ts';
import { composeNextAction } from './next-action.ts';
import { composeProductAnswer } from './product-answer.ts';
import { composeResearch } from './research.ts';

export type ComposeContext = { asOf: string; recentActivities: number };

function queueLine(evidence: Evidence, what: string): AnswerLine {
  const p = evidence.proposal!;
  if (p.state === 'done')
    return line(`${what} written to the CRM (auto-approved by your team's policy).`, refTo('proposal', p.id));
  return line(
    // Said the same way to every surface (web, CLI, MCP host); each adds how to open it there.
    `${what} is waiting in your decision queue as ${p.id}${p.blocked ? ', blocked until you fix what the guardrails found' : ''}.`,
    refTo('proposal', p.id),
  );
}

function logLines(log: ActivityLog): AnswerLine[] {
  return [
    line(
      `Type: ${log.type}, ${day(log.occurredAt)}${log.participants.length ? `, with ${log.participants.join(', ')}` : ''}`,
    ),
    line(`Summary: ${log.summary}`),
    ...log.commitments.map((c) =>
      line(
        `Commitment (${c.by === 'us' ? 'ours' : 'theirs'}): ${c.what}${c.due ? `, due ${day(c.due)} (${c.due})` : ', no date given'}`,
      ),
    ),
    ...(log.nextStep ? [line(`Next step: ${log.nextStep}`)] : []),
  ];
}

function composeLog(route: CopilotRoute, evidence: Evidence): ComposedAnswer {
  const p = evidence.proposal;
  if (p?.payload.kind !== 'log_activity') {
    const deals = evidence.deals.map((d) => `${d.name} (${d.id})`).join('; ');
    return {
      status: 'failed',
      title: 'Nothing logged',
      sections: [
        {
          heading: 'Why',
          lines: [
            line(
              evidence.deals.length === 0
                ? `${evidence.account?.name ?? 'That account'} has no open deal to log this against; name the deal (e.g. its id) and ask again.`
                : `Say which deal this is for: ${deals}.`,
            ),
          ],
        },
      ],
      citations: [],
    };
  }
  const log = p.payload.log;
  return {
    status: p.state === 'done' ? 'answered' : 'proposed',
    title: `Call log for ${evidence.account?.name ?? route.accountId ?? 'the deal'}: please confirm`,
    sections: [
      { heading: 'What I will log', lines: logLines(log) },
      { heading: 'Decision queue', lines: [queueLine(evidence, 'The log')] },
    ],
    citations: [],
    activityLog: log,
    proposal: { id: p.id, kind: p.kind, state: p.state, blocked: p.blocked },
  };
}

function composeDraft(evidence: Evidence): ComposedAnswer {
  const p = evidence.proposal;
  if (p?.payload.kind !== 'send_email')
    return {
      status: 'failed',
      title: 'No draft',
      sections: [
        {
          heading: 'Why',
          lines: [
            line(evidence.draftProblem ?? 'Name the deal or the person the email is for, and ask again.'),
          ],
        },
      ],
      citations: [],
    };
  const email = p.payload.email;
  return {
    status: 'proposed',
    title: `Draft to ${email.to.join(', ')}: ${email.subject}`,
    sections: [
      { heading: 'Draft', lines: email.body.split(/\n{2,}/).map((para) => line(para.replace(/\n/g, ' '))) },
      ...(p.reasons.length ? [{ heading: 'Guardrails', lines: p.reasons.map((r) => line(r)) }] : []),
      { heading: 'Decision queue', lines: [queueLine(evidence, 'The draft')] },
    ],
    citations: email.citations,
    proposal: { id: p.id, kind: p.kind, state: p.state, blocked: p.blocked },
  };
}

export function composeAnswer(route: CopilotRoute, evidence: Evidence, ctx: ComposeContext): ComposedAnswer {
  switch (route.intent) {
    case 'research_account':
      return composeResearch(evidence, ctx);
    case 'prepare_brief':
      return composeBrief(route, evidence, ctx.asOf);
    case 'log_activity':
      return composeLog(route, evidence);
    case 'draft_email':
      return composeDraft(evidence);
    case 'next_best_action':
      return composeNextAction(evidence);
    case 'product_question':
      return composeProductAnswer(route.topic, evidence);
  }
}

/** A plan cut short never passes for a full answer: the answer says it stopped, and why. */
export function withStop(composed: ComposedAnswer, stopped: string | undefined): ComposedAnswer {
  if (!stopped || (composed.status !== 'answered' && composed.status !== 'failed')) return composed;
  return {
    ...composed,
    status: 'stopped',
    sections: [...composed.sections, { heading: 'Stopped', lines: [{ text: stopped, refs: [] }] }],
  };
}

export function clarifyAnswer(clarification: Clarification): ComposedAnswer {
  return {
    status: 'clarify',
    title: clarification.question,
    sections: clarification.candidates.length
      ? [
          {
            heading: 'Did you mean',
            lines: clarification.candidates.map((c) => ({ text: `${c.label} (${c.id})`, refs: [] })),
          },
        ]
      : [],
    citations: [],
    clarification,
  };
}
