/** `closeloop triage`: the ranked list of open deals with the one-line why, straight from the store. */
import type { Command } from 'commander';
import { actorByEmail } from '../../services/access/resolve-actor.ts';
import { triageDeals } from '../../services/triage/triage-deals.ts';
import { actingUser } from '../acting-user.ts';
import { withStore } from '../with-store.ts';

type Flags = { rep?: string; asOf?: string; json?: boolean; as?: string };

const money = (amount: number, currency: string) =>
  new Intl.NumberFormat('en-US', { style: 'currency', currency, maximumFractionDigits: 0 }).format(amount);

export function register(program: Command): void {
  program
    .command('triage')
    .description("rank open deals (a rep's, or everyone's) with the verdict, next-best-action and why")
    .option('--rep <email>', "only this rep's deals")
    .option('--as-of <iso>', "reason as of this instant (default: the workspace's asOf)")
    .option('--as <email>', 'act as this user (sees only what they may see)')
    .option('--json', 'print the assessments as JSON')
    .addHelpText(
      'after',
      '\nExamples:\n  $ closeloop triage --rep dana@northwind.io\n  $ closeloop triage --as-of 2026-03-10T09:00:00Z --json',
    )
    .action(async (flags: Flags) => {
      const result = await withStore(async (store) => {
        const actor = await actingUser(store.db, flags.as);
        const ownerId = flags.rep ? (await actorByEmail(store.db, flags.rep)).userId : undefined;
        return triageDeals(store.db, actor, {
          ...(ownerId ? { ownerId } : {}),
          ...(flags.asOf ? { asOf: flags.asOf } : {}),
        });
      });
      if (flags.json) {
        const rows = result.deals.map(({ context, assessment }) => ({
          opportunityId: assessment.opportunityId,
          name: context.opportunity.name,
          account: context.account.name,
          owner: context.owner?.email,
          verdict: assessment.verdict,
          actions: assessment.actions,
          resumeOn: assessment.resumeOn,
          priority: assessment.priority.score,
          why: assessment.why,
        }));
        console.log(JSON.stringify({ asOf: result.asOf, deals: rows }, null, 2));
        return;
      }
      console.log(`${result.deals.length} open deals as of ${result.asOf}\n`);
      let section = '';
      for (const { context, assessment: a } of result.deals) {
        const heading = { act_now: 'ACT NOW', monitor: 'MONITOR', no_action: 'NO ACTION' }[a.verdict];
        if (heading !== section) {
          section = heading;
          console.log(heading);
        }
        const action = a.actions[0]
          ? `${a.actions[0].replaceAll('_', ' ')}: `
          : a.resumeOn
            ? `until ${a.resumeOn}: `
            : '';
        const o = context.opportunity;
        console.log(
          `  ${String(Math.round(a.priority.score)).padStart(3)}  ${o.id}  ${context.account.name} · ${o.name} · ${money(o.amount, o.currency)} · ${o.stage}`,
        );
        console.log(`       ${action}${a.why}`);
      }
    });
}
