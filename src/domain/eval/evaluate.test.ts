import { describe, expect, it } from 'vitest';
import { northwindLabels, northwindWorkspace } from '../../testing/examples.ts';
import { aDeal, aLabel, anEmail, anEmailFromUs, daysBefore } from '../../testing/factories.ts';
import { baselineAssess } from './baseline.ts';
import { EvalReport, type Prediction } from './eval-report.ts';
import { evaluate, score } from './evaluate.ts';
import { evaluateWorkspace } from './evaluate-workspace.ts';

const p = (
  opportunityId: string,
  verdict: Prediction['verdict'],
  actions: Prediction['actions'] = [],
  resumeOn?: string,
): Prediction => ({
  opportunityId,
  verdict,
  actions,
  ...(resumeOn ? { resumeOn } : {}),
});

describe('scoring', () => {
  const labels = [
    aLabel({ opportunityId: 'a', verdict: 'act_now', actions: ['deliver_commitment'] }),
    aLabel({ opportunityId: 'b', verdict: 'act_now', actions: ['answer_customer', 'propose_expansion'] }),
    aLabel({ opportunityId: 'c', verdict: 'monitor', resumeOn: '2026-03-09' }),
    aLabel({ opportunityId: 'd', verdict: 'no_action' }),
  ];

  it('scores verdicts, act_now precision and recall, first actions and resume dates', () => {
    const s = score(
      [
        p('a', 'act_now', ['re_engage', 'deliver_commitment']),
        p('b', 'act_now', ['propose_expansion']),
        p('c', 'monitor', [], '2026-03-10'),
        p('d', 'act_now', ['re_engage']),
      ],
      labels,
    );
    expect(s.verdictAccuracy).toBe(0.75);
    expect(s.actNow).toEqual({ precision: 0.667, recall: 1, f1: 0.8 });
    expect(s.actionAccuracy).toBe(0.5);
    expect(s.resumeOnAccuracy).toBe(1);
    expect(s.confusion.no_action).toEqual({ act_now: 1, monitor: 0, no_action: 0 });
  });

  it('counts a resume date two days off as wrong, and reports null when no label has one', () => {
    expect(score([p('c', 'monitor', [], '2026-03-11')], [labels[2]!]).resumeOnAccuracy).toBe(0);
    expect(score([p('d', 'no_action')], [labels[3]!]).resumeOnAccuracy).toBeNull();
  });

  it('lists misses with what was expected and what came out, and a deal never assessed', () => {
    const report = evaluate([p('a', 'monitor')], labels.slice(0, 2), []);
    expect(report.misses).toEqual([
      {
        opportunityId: 'a',
        expected: { verdict: 'act_now', actions: ['deliver_commitment'] },
        got: { verdict: 'monitor', actions: [] },
        wrong: ['verdict'],
      },
      {
        opportunityId: 'b',
        expected: { verdict: 'act_now', actions: ['answer_customer', 'propose_expansion'] },
        got: null,
        wrong: ['missing'],
      },
    ]);
    expect(() => EvalReport.parse(report)).not.toThrow();
  });
});

describe('the baseline rule', () => {
  it('re-engages after 14 quiet days and leaves the rest alone', () => {
    expect(baselineAssess(aDeal({ activities: [anEmail({ occurredAt: daysBefore(15) })] }))).toMatchObject({
      verdict: 'act_now',
      actions: ['re_engage'],
    });
    expect(
      baselineAssess(aDeal({ activities: [anEmailFromUs({ occurredAt: daysBefore(3) })] })),
    ).toMatchObject({ verdict: 'no_action' });
  });
});

describe('evaluating a workspace', () => {
  it('matches every northwind label and beats the baseline', () => {
    const { report } = evaluateWorkspace(northwindWorkspace(), northwindLabels());
    expect(report.deals).toBe(12);
    expect(report.engine.verdictAccuracy).toBe(1);
    expect(report.engine.actionAccuracy).toBe(1);
    expect(report.engine.resumeOnAccuracy).toBe(1);
    expect(report.misses).toEqual([]);
    expect(report.baseline.verdictAccuracy).toBeLessThan(0.5);
  });
});
