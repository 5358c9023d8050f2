/** A deal's verdict as one or two lines: what to do, on which deal, and why. */
import type { DealVerdict } from '../copilot/copilot-views.ts';
import { facts, money } from './render-text.ts';

export function renderVerdict(d: DealVerdict): string {
  const what =
    d.verdict === 'act_now'
      ? `ACT NOW: ${d.actions.map((a) => a.replaceAll('_', ' ')).join(' / ') || 'act'}`
      : d.verdict === 'monitor'
        ? `monitor${d.resumeOn ? ` until ${d.resumeOn}` : ''}`
        : 'no action';
  return `- ${d.name} (${d.opportunityId}) at ${d.accountName}: ${what} ${facts([
    ['priority', d.priority],
    ['stage', d.stage],
    ['amount', money(d.amount, d.currency)],
    ['close', d.closeDate],
  ])}\n    ${d.why}`;
}
