/** Writes the chain behind a verdict as Observation records: evidence (with quoted words), reasoning, conclusion. */
import type { Observation, RecordRef } from '../observations/observation-schema.ts';
import type { DealEvidence } from '../signals/deal-evidence.ts';
import type { Signal } from '../signals/signal-schema.ts';
import type { Judgment } from './judge.ts';
import { day, pct, quote } from './wording.ts';

/** A short title for what a signal shows. */
export function describeSignal(s: Signal): string {
  switch (s.kind) {
    case 'commitment':
      return `${s.party === 'us' ? 'We' : 'The customer'} promised ${s.what} by ${day(s.dueOn)} (${s.state})`;
    case 'deferral':
      return `${s.cause === 'out_of_office' ? 'Out of office' : 'Asked to wait'} until ${day(s.resumeOn)} (${s.state})`;
    case 'customer_request':
      return `Customer ${s.topic === 'question' ? 'asked' : `${s.topic}:`} ${quote(s.text, 80)} (${s.state})`;
    case 'meeting':
      return `${s.subject ?? 'Meeting'} ${s.status} for ${day(s.startsAt)}`;
    case 'stakeholder':
      return `${s.name ?? s.email ?? 'Contact'}: ${s.change.replace('_', ' ')}${s.replacedBy.length ? ` (since then: ${s.replacedBy.join(', ')})` : ''}`;
    case 'risk':
      return `Customer ${s.type}${s.competitor ? ` (${s.competitor})` : ''}: ${quote(s.text, 80)} (${s.state})`;
    case 'usage_trend':
      return `${s.metric} ${s.change < 0 ? 'down' : 'up'} ${pct(s.change)}: 4-week average ${s.recentAverage} vs ${s.previousAverage}`;
    case 'seat_utilisation':
      return `${s.used} of ${s.licensed} seats used (${Math.round(s.ratio * 100)}%)`;
    case 'renewal_window':
      return `Contract ends ${day(s.contractEndDate)}; window ${s.open ? 'open' : `opens ${day(s.opensOn)}`}; renewal conversation ${s.conversationUnderWay ? 'under way' : 'not under way'}`;
    case 'crm_hygiene':
      return `CRM: ${s.detail}`;
    case 'engagement':
      return `Last customer engagement ${s.lastCustomerAt ? day(s.lastCustomerAt) : 'none'}; last touch ${s.lastTouchAt ? day(s.lastTouchAt) : 'none'}; ${s.unansweredTouches} unanswered; quiet ${s.quiet ? 'beyond' : 'within'} ${s.allowanceDays} days`;
    case 'instruction_ignored':
      return `Ignored instructions in customer text: ${quote(s.text, 80)}`;
  }
}

function evidenceOf(s: Signal): Observation {
  const { kind, refs, span, ...facts } = s;
  return {
    kind: kind === 'instruction_ignored' ? 'guardrail' : 'evidence',
    title: describeSignal(s),
    refs,
    ...(span ? { span } : {}),
    data: { signal: kind, ...facts },
  };
}

export function observationsFor(
  e: DealEvidence,
  judgment: Judgment,
  signals: readonly Signal[],
): Observation[] {
  const out: Observation[] = [];
  const cited = new Set<Signal>();
  const deciding = judgment.findings.filter((f) =>
    judgment.verdict === 'act_now'
      ? f.stance === 'act'
      : judgment.verdict === 'monitor'
        ? f.stance !== 'act'
        : true,
  );
  for (const f of deciding.slice(0, 6)) {
    const refs: RecordRef[] = [];
    for (const s of f.signals) {
      if (!cited.has(s)) {
        out.push(evidenceOf(s));
        cited.add(s);
      }
      refs.push(...s.refs);
    }
    out.push({
      kind: 'reasoning',
      title: f.because,
      detail: f.reasoning,
      refs,
      data: {
        stance: f.stance,
        ...(f.action ? { action: f.action } : {}),
        ...(f.resumeOn ? { resumeOn: f.resumeOn } : {}),
      },
    });
  }
  for (const s of signals) if (s.kind === 'instruction_ignored' && !cited.has(s)) out.push(evidenceOf(s));
  if (!out.some((o) => o.kind === 'evidence')) {
    const engagement = signals.find((s) => s.kind === 'engagement');
    out.unshift(
      engagement
        ? evidenceOf(engagement)
        : {
            kind: 'evidence',
            title: `Deal opened ${day(e.opportunity.createdAt)} in ${e.opportunity.stage}`,
            refs: [{ type: 'opportunity', id: e.opportunity.id }],
          },
    );
  }
  out.push({
    kind: 'conclusion',
    title: `${judgment.verdict}${judgment.actions.length ? `: ${judgment.actions.join(', ')}` : ''}${judgment.resumeOn ? ` (resume ${judgment.resumeOn})` : ''}`,
    detail: judgment.why,
    refs: [{ type: 'opportunity', id: e.opportunity.id }],
    data: {
      verdict: judgment.verdict,
      actions: judgment.actions,
      ...(judgment.resumeOn ? { resumeOn: judgment.resumeOn } : {}),
    },
  });
  return out;
}
