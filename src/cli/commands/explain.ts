/** `closeloop explain <opportunityId>`: the observation chain behind a deal's verdict (evidence, reasoning, conclusion). */
import type { Command } from 'commander';
import { triageDeal } from '../../services/triage/triage-deals.ts';
import { actingUser } from '../acting-user.ts';
import { withStore } from '../with-store.ts';

export function register(program: Command): void {
  program
    .command('explain')
    .description('show why: the evidence with quoted words, the reasoning and the conclusion for one deal')
    .argument('<opportunityId>')
    .option('--as-of <iso>', "reason as of this instant (default: the workspace's asOf)")
    .option('--as <email>', 'act as this user')
    .option('--json', 'print the assessment as JSON')
    .addHelpText('after', '\nExample:\n  $ closeloop explain o-101')
    .action(async (opportunityId: string, flags: { asOf?: string; as?: string; json?: boolean }) => {
      const { context, assessment: a } = await withStore(async (store) =>
        triageDeal(store.db, await actingUser(store.db, flags.as), opportunityId, flags.asOf),
      );
      if (flags.json) return console.log(JSON.stringify(a, null, 2));
      const o = context.opportunity;
      console.log(`${o.name} (${o.id}) · ${context.account.name} · ${o.stage}`);
      console.log(
        `Verdict: ${a.verdict.replace('_', ' ')}${a.actions.length ? ` → ${a.actions.join(', ')}` : ''}${a.resumeOn ? ` (resume on ${a.resumeOn})` : ''}`,
      );
      console.log(`Priority ${Math.round(a.priority.score)}: ${a.priority.explanation}\n`);
      for (const step of a.observations) {
        console.log(`${step.kind.toUpperCase().padEnd(10)} ${step.title}`);
        if (step.span) console.log(`           “${step.span.text}” (${step.span.activityId})`);
        if (step.detail) console.log(`           ${step.detail}`);
      }
    });
}
