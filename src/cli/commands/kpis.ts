/** `closeloop kpis`: what the copilot and the missions did for a rep or a team, with each figure's caveat. */
import type { Command } from 'commander';
import { UserError } from '../../domain/errors.ts';
import { type CopilotKpis, copilotKpis } from '../../services/copilot/copilot-kpis.ts';
import { copilotConfig } from '../../services/copilot/copilot-settings.ts';
import { actingUser } from '../acting-user.ts';
import { withStore } from '../with-store.ts';

type Flags = { as?: string; team?: boolean; since?: string; json?: boolean };

// A month of use is long enough to see a habit, short enough that the figures describe the current setup.
const DEFAULT_DAYS = 30;

const pct = (x: number) => `${Math.round(x * 100)}%`;
const ms = (x: number | null) => (x === null ? '-' : `${x} ms`);

function format(k: CopilotKpis): string {
  const lines = [
    `KPIs ${k.scope.team ? 'for the team' : 'for you'}, ${k.scope.since.slice(0, 10)} to ${k.scope.until.slice(0, 10)}`,
    '',
    `Time saved (an estimate): ${k.timeSaved.hours} h = ${
      k.timeSaved.basis
        .filter((b) => b.count > 0)
        .map((b) => `${b.count} ${b.task.replace(/_/g, ' ')} × ${b.minutesEach} min`)
        .join(' + ') || 'nothing done yet'
    }`,
    `Decisions: ${k.decisions.decided} decided; approved ${pct(k.decisions.approvalRate)}, edited ${pct(k.decisions.editRate)} of approvals, rejected ${pct(k.decisions.rejectRate)}`,
    ...k.decisions.byRep.map(
      (r) =>
        `  ${r.repEmail}: ${r.decided} decided, approved ${pct(r.approvalRate)}, edited ${pct(r.editRate)}, rejected ${pct(r.rejectRate)}`,
    ),
    `Grounding: ${k.grounding.drafts} drafts; ${k.grounding.blocked} blocked by the guardrails, ${k.grounding.editedAfterAFinding} edited after a finding, ${k.grounding.rejectedAsWrong} rejected as wrong: ${pct(k.grounding.issueRate)} had a claim problem`,
    `Copilot tasks (cache hit rate ${pct(k.cacheHitRate)}):`,
    ...(k.tasks.length
      ? k.tasks.map(
          (t) =>
            `  ${t.task.replace(/_/g, ' ').padEnd(18)} ${String(t.done).padStart(5)} done  p50 ${ms(t.p50Ms).padStart(8)}  p95 ${ms(t.p95Ms).padStart(8)}  cache hits ${t.cacheHits}  model cost/task $${t.costUsdPerTask.toFixed(4)}`,
        )
      : ['  none yet']),
    `Pipeline progression (${k.pipeline.label}): deals with an approved action moved stage ${pct(k.pipeline.withApprovedAction.rate)} (${k.pipeline.withApprovedAction.progressed}/${k.pipeline.withApprovedAction.deals}), deals without ${pct(k.pipeline.without.rate)} (${k.pipeline.without.progressed}/${k.pipeline.without.deals})`,
  ];
  return lines.join('\n');
}

export function register(program: Command): void {
  program
    .command('kpis')
    .description(
      'time saved (estimate), decision rates, grounding, latency and model cost per task, pipeline progression',
    )
    .option('--as <email>', 'as this user (their own figures, or their team with --team)')
    .option('--team', "everyone you may see (a manager's team), with a line per rep")
    .option('--since <date>', `from this date (default: ${DEFAULT_DAYS} days ago)`)
    .option('--json', 'print the figures as JSON')
    .addHelpText(
      'after',
      '\nExamples:\n  $ closeloop kpis --as dana@northwind.io\n  $ closeloop kpis --as sam@northwind.io --team --since 2026-01-01 --json',
    )
    .action(async (flags: Flags) => {
      const until = new Date();
      const since = flags.since
        ? new Date(flags.since)
        : new Date(until.getTime() - DEFAULT_DAYS * 86_400_000);
      if (Number.isNaN(since.getTime()))
        throw new UserError('invalid_input', `--since ${flags.since}: expected a date like 2026-03-01`);
      const kpis = await withStore(async (store) =>
        copilotKpis(store.db, await actingUser(store.db, flags.as), copilotConfig(), {
          since,
          until,
          team: flags.team ?? false,
        }),
      );
      console.log(flags.json ? JSON.stringify(kpis, null, 2) : format(kpis));
    });
}
