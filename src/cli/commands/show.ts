/** `closeloop show <id>`: the approval view, every checked claim with its source; opening starts the decision clock. */
import type { Command } from 'commander';
import { openProposal } from '../../services/decisions/proposal-view.ts';
import type { ProposalView } from '../../services/decisions/queue-item.ts';
import { actingUser } from '../acting-user.ts';
import { withRuntime } from '../with-runtime.ts';

const indent = (text: string, by = '    '): string =>
  text
    .split('\n')
    .map((l) => `${by}${l}`)
    .join('\n');

export function formatView(v: ProposalView): string {
  const out: string[] = [];
  out.push(
    `${v.id}  ${v.kind.replace('_', ' ')} · ${v.action.replaceAll('_', ' ')} · ${v.state}${v.blocked ? ' · BLOCKED' : ''}`,
  );
  out.push(`Deal      ${v.opportunityId} ${v.opportunityName} (${v.accountName}), owner ${v.ownerEmail}`);
  out.push(`Why       ${v.rationale}`);
  if (v.to.length > 0) out.push(`To        ${v.to.join(', ')}`);
  if (v.cc.length > 0) out.push(`Cc        ${v.cc.join(', ')}`);
  out.push(`Subject   ${v.subject}`, '', indent(v.body), '');
  out.push(
    v.claims.length > 0
      ? 'Checked claims'
      : 'Checked claims: none (the draft states no product, price or security fact)',
  );
  for (const c of v.claims) {
    const mark = c.status === 'cited' ? '✓' : c.severity === 'block' ? '✗' : '!';
    out.push(
      `  ${mark} "${c.claim}" — ${c.source}${c.quote ? `: "${c.quote}"` : ''}${c.reason ? `\n      ${c.reason}` : ''}`,
    );
  }
  if (v.contacts.length > 0) {
    out.push('', 'Contacts');
    for (const c of v.contacts)
      out.push(
        `  ${c.name ? `${c.name} <${c.address}>` : c.address}: ${c.sentThisWeek} of ${c.weeklyLimit} emails this week${c.doNotContact ? ', DO NOT CONTACT' : ''}`,
      );
  }
  if (v.resumeOn) out.push(`The customer asked us to wait until ${v.resumeOn}.`);
  if (v.governor.length > 0) {
    out.push('', 'Held by the contact governor');
    for (const g of v.governor)
      out.push(
        `  ${g.overridable ? '!' : '✗'} ${g.message}${g.overridable ? ' (--override "<reason>" sends anyway)' : ''}`,
      );
  }
  if (v.conflicts.length > 0)
    out.push('', `Also open to the same contact: ${v.conflicts.join(', ')}; only one of them can be sent.`);
  if (v.observations.length > 0) {
    out.push('', 'How closeloop got here');
    for (const o of v.observations)
      out.push(`  ${o.kind.padEnd(10)} ${o.title}${o.detail ? ` — ${o.detail}` : ''}`);
  }
  if (v.decisions.length > 0) {
    out.push('', 'Decisions');
    for (const d of v.decisions)
      out.push(
        `  ${d.decidedAt}  ${d.decision} by ${d.actorId}${d.reasonCode ? ` (${d.reasonCode})` : ''}${d.reasonText ? `: ${d.reasonText}` : ''}`,
      );
  }
  if (v.delivery) {
    const d = v.delivery;
    out.push(
      '',
      `Delivery  ${d.status}, ${d.attempts} of ${d.maxAttempts} tries${d.messageId ? `, Message-ID ${d.messageId}` : ''}${d.lastError ? `\n          last error: ${d.lastError}` : ''}`,
    );
  }
  if (v.state === 'pending')
    out.push(
      '',
      `Decide: closeloop approve ${v.id} [--edit | --body-file F]   closeloop reject ${v.id} --reason CODE   closeloop snooze ${v.id} --until DATE`,
    );
  return out.join('\n');
}

export function register(program: Command): void {
  program
    .command('show')
    .description(
      'open a proposal: the draft, each checked claim with its source, the contact governor, the reasoning',
    )
    .argument('<proposalId>', 'the proposal, as listed by closeloop queue')
    .option('--as <email>', 'act as this user (default: $CLOSELOOP_USER)')
    .option('--json', 'print as JSON')
    .action(async (proposalId: string, flags: { as?: string; json?: boolean }) => {
      const view = await withRuntime(
        async ({ store, decisions }) =>
          openProposal(store.db, await actingUser(store.db, flags.as), { proposalId }, decisions),
        { jobs: false },
      );
      console.log(flags.json ? JSON.stringify(view, null, 2) : formatView(view));
    });
}
