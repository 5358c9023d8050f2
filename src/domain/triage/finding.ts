/** A finding: one conclusion the judge draws from some signals, with the stance it implies for the deal. */
import type { NextBestAction } from '../labels/labels-schema.ts';
import type { Signal } from '../signals/signal-schema.ts';

export type Finding = {
  /** act: a step is due today; watch: wait, but keep an eye on it; fine: shows the deal is moving. */
  stance: 'act' | 'watch' | 'fine';
  action?: NextBestAction;
  /** Other actions that would also answer this finding, offered after the main one. */
  also?: NextBestAction[];
  /** One line for the rep. */
  because: string;
  /** How the evidence leads to the stance, for the observation chain. */
  reasoning: string;
  signals: Signal[];
  resumeOn?: string;
  /** 0 to 1: how pressing this finding is, for priority. */
  urgency: number;
  /** 0 to 1: how much it threatens the deal, for priority. */
  risk: number;
};

/** The order a careful manager works a deal: a no first, then what the customer waits on, then what we can start. */
export const ACTION_ORDER: readonly NextBestAction[] = [
  'review_loss',
  'respond_to_risk',
  'deliver_commitment',
  'answer_customer',
  'resume_after_deferral',
  'reschedule',
  'multithread',
  'address_usage_drop',
  'start_renewal',
  'propose_expansion',
  're_engage',
  'fix_crm',
];

export const actionRank = (a: NextBestAction | undefined): number =>
  a ? ACTION_ORDER.indexOf(a) : ACTION_ORDER.length;
