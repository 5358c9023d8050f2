/** "What should I do?": each deal's verdict and next-best-action as the morning mission would give it, ranked. */
import type { DealAssessment } from '../../triage/assessment-schema.ts';
import type { AnswerLine, ComposedAnswer } from '../copilot-schema.ts';
import type { Evidence } from '../evidence.ts';
import { line, refTo } from './format.ts';

const VERDICT_WORDS = { act_now: 'Act now', monitor: 'Monitor', no_action: 'No action needed' } as const;

// The first screenful of a rep's day: more than this and nothing stands out.
const TOP_DEALS = 5;

const ACTION_ASKS: Partial<Record<string, string>> = {
  deliver_commitment: 'draft a follow-up',
  answer_customer: 'draft a reply',
  re_engage: 'draft a check-in',
  resume_after_deferral: 'draft a note picking it back up',
  address_usage_drop: 'prep me for a usage review',
  start_renewal: 'draft a renewal kickoff',
  multithread: 'research the account',
  propose_expansion: 'draft an expansion note',
  respond_to_risk: 'draft a reply',
  reschedule: 'draft a note to rebook',
};

/** "Globex - Plant analytics" already names the account; a deal named "Pilot" does not. */
const dealLabel = (dealName: string, accountName: string) =>
  dealName.toLowerCase().startsWith(accountName.toLowerCase()) ? dealName : `${accountName} · ${dealName}`;

function dealLine(name: string, accountName: string, a: DealAssessment): AnswerLine {
  const action = a.actions[0];
  const resume = a.resumeOn && a.verdict === 'monitor' ? ` (until ${a.resumeOn})` : '';
  const ask = action && ACTION_ASKS[action] ? ` Ask me to “${ACTION_ASKS[action]}” for ${accountName}.` : '';
  return line(
    `${name} (${a.opportunityId}): ${VERDICT_WORDS[a.verdict]}${action ? ` → ${action.replace(/_/g, ' ')}` : ''}${resume}. ${a.why}.${ask}`.replace(
      /\.\./g,
      '.',
    ),
    refTo('opportunity', a.opportunityId),
  );
}

// The evidence behind a verdict, as the explain view shows it: the first few findings are the ones that decided it.
const EVIDENCE_LINES = 3;

function evidenceLines(a: DealAssessment): AnswerLine[] {
  return a.observations
    .filter((o) => o.kind === 'evidence')
    .slice(0, EVIDENCE_LINES)
    .map((o) => line(`  ${o.title}${o.span ? ` (“${o.span.text.trim()}”)` : ''}`, ...o.refs));
}

export function composeNextAction(evidence: Evidence): ComposedAnswer {
  if (evidence.pipeline) {
    const acting = evidence.pipeline.filter((p) => p.assessment.verdict === 'act_now');
    const watching = evidence.pipeline.filter((p) => p.assessment.verdict === 'monitor').length;
    const lines = acting
      .slice(0, TOP_DEALS)
      .map((p) => dealLine(dealLabel(p.opportunity.name, p.accountName), p.accountName, p.assessment));
    lines.push(
      line(
        `${acting.length} deal${acting.length === 1 ? '' : 's'} to act on today, ${watching} to watch, ${evidence.pipeline.length - acting.length - watching} moving as they should.`,
      ),
    );
    return {
      status: 'answered',
      title: 'What to do today',
      sections: [{ heading: 'Your deals, most urgent first', lines }],
      citations: [],
    };
  }
  const account = evidence.account;
  const assessments = evidence.assessments ?? [];
  const names = new Map(evidence.deals.map((d) => [d.id, d.name]));
  const accountName = account?.name ?? '';
  const lines = assessments.flatMap((a) => [
    dealLine(names.get(a.opportunityId) ?? a.opportunityId, accountName, a),
    ...evidenceLines(a),
  ]);
  return {
    status: 'answered',
    title: `Next step${lines.length > 1 ? 's' : ''}${account ? ` on ${account.name}` : ''}`,
    sections: [
      {
        heading: 'What to do',
        lines: lines.length
          ? lines
          : [
              line(
                `No open deal${account ? ` on ${account.name}` : ''} that you can see: nothing to act on.`,
              ),
            ],
      },
    ],
    citations: [],
  };
}
