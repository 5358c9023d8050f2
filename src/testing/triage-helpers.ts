/** Test helpers over the triage engine: assess a deal built from factories and pick out its signals by kind. */
import type { SignalKind, SignalOf } from '../domain/signals/signal-schema.ts';
import { assessDeal } from '../domain/triage/assess-deal.ts';
import type { DealAssessment } from '../domain/triage/assessment-schema.ts';
import { aDeal, type DealParts } from './factories.ts';

export function assess(parts: DealParts = {}): DealAssessment {
  return assessDeal(aDeal(parts));
}

export function signalsOf<K extends SignalKind>(assessment: DealAssessment, kind: K): SignalOf<K>[] {
  return assessment.signals.filter((s): s is SignalOf<K> => s.kind === kind);
}

/** verdict, first action and resume date in one line, for readable expectations. */
export function outcome(a: DealAssessment): string {
  return [a.verdict, a.actions[0], a.resumeOn].filter(Boolean).join(' ');
}
