/** Combines findings into a verdict and a ranked list of next-best actions, as a careful sales manager would. */
import type { NextBestAction, Verdict } from '../labels/labels-schema.ts';
import type { DealEvidence } from '../signals/deal-evidence.ts';
import {
  crmFindings,
  movementFindings,
  quietFindings,
  renewalFindings,
  seatFindings,
  usageFindings,
} from './account-findings.ts';
import {
  concernFindings,
  lossFindings,
  meetingFindings,
  peopleFindings,
  promiseFindings,
  requestFindings,
  theirPromiseFindings,
  waitFindings,
} from './conversation-findings.ts';
import { actionRank, type Finding } from './finding.ts';
import type { SignalIndex } from './signal-index.ts';

export type Judgment = {
  verdict: Verdict;
  actions: NextBestAction[];
  resumeOn?: string;
  /** Ordered: the findings that decided the verdict first. */
  findings: Finding[];
  why: string;
};

const STANCE_ORDER = { act: 0, watch: 1, fine: 2 } as const;

export function judge(e: DealEvidence, s: SignalIndex): Judgment {
  const findings: Finding[] = [
    ...lossFindings(e, s),
    ...concernFindings(e, s),
    ...promiseFindings(e, s),
    ...requestFindings(e, s),
    ...waitFindings(e, s),
    ...theirPromiseFindings(e, s),
    ...meetingFindings(e, s),
    ...peopleFindings(e, s),
    ...usageFindings(e, s),
    ...renewalFindings(e, s),
    ...seatFindings(e, s),
    ...crmFindings(e, s),
  ];
  // A quiet deal is fine when something explains the quiet: a wait, a booked meeting, a promise of ours not yet due.
  const reasonToWait = findings.some(
    (f) =>
      (f.stance === 'watch' && f.resumeOn !== undefined) ||
      (f.stance === 'fine' && f.signals.some((x) => x.kind === 'meeting' || x.kind === 'commitment')) ||
      f.action === 'resume_after_deferral',
  );
  findings.push(...quietFindings(e, s, reasonToWait));
  if (!findings.some((f) => f.stance === 'act' || f.stance === 'watch'))
    findings.push(...movementFindings(e, s));

  findings.sort(
    (a, b) =>
      STANCE_ORDER[a.stance] - STANCE_ORDER[b.stance] ||
      actionRank(a.action) - actionRank(b.action) ||
      Number(b.resumeOn !== undefined) - Number(a.resumeOn !== undefined),
  );
  const acts = findings.filter((f) => f.stance === 'act');
  const verdict: Verdict =
    acts.length > 0 ? 'act_now' : findings.some((f) => f.stance === 'watch') ? 'monitor' : 'no_action';
  const actions: NextBestAction[] = [];
  for (const f of acts) if (f.action && !actions.includes(f.action)) actions.push(f.action);
  for (const f of acts) for (const a of f.also ?? []) if (!actions.includes(a)) actions.push(a);
  // The customer's own date wins over a date we set ourselves ("I'll check back in May").
  const waits = findings.filter(
    (f) => f.resumeOn !== undefined && (f.stance === 'watch' || f.action === 'resume_after_deferral'),
  );
  const wait = waits.find((f) => f.signals.some((x) => x.kind === 'deferral')) ?? waits[0];
  const lead = findings[0];
  return {
    verdict,
    actions,
    ...(wait?.resumeOn ? { resumeOn: wait.resumeOn } : {}),
    findings,
    why: lead ? lead.because : 'No activity on record yet.',
  };
}
