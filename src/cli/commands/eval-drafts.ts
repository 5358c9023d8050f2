/** `closeloop eval-drafts`: scores the guardrails on a labelled draft corpus (closeloop.guardcorpus/v1). */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { UserError } from '../../domain/errors.ts';
import { GuardCorpusV1 } from '../../domain/guardrails/guard-corpus.ts';
import { WorkspaceV1 } from '../../domain/workspace/workspace-schema.ts';
import { evaluateWriter, type WriterReport } from '../../services/drafting/evaluate-writer.ts';
import { type CorpusReport, evaluateCorpus } from '../../services/guard/guard-service.ts';
import { readJsonFile } from './eval.ts';

export const DEFAULT_CORPUS = 'test/fixtures/guard-corpus/corpus.json';

const pct = (x: number | null) => (x === null ? '    -' : `${(x * 100).toFixed(1).padStart(5)}%`);

export function formatCorpusReport(report: CorpusReport, cases = false): string {
  const lines = [`${report.cases} drafts`, '', 'catch rate (flawed drafts blocked)'];
  for (const [kind, c] of Object.entries(report.categories)) {
    lines.push(`  ${kind.padEnd(13)} ${pct(c.catchRate)}  (${c.caught}/${c.cases})`);
  }
  lines.push(
    '',
    `false blocks on clean drafts ${pct(report.clean.falseBlockRate)}  (${report.clean.blocked}/${report.clean.cases})`,
    `time: index ${report.timing.indexMs} ms; per draft ${report.timing.firstPassMeanMs} ms on first sight, ` +
      `${report.timing.warmMeanMs} ms warm (p95 ${report.timing.warmP95Ms} ms)`,
  );
  if (report.wrong.length > 0 && !cases)
    lines.push('', `drafts scored wrong: ${report.wrong.length} (--cases lists them)`);
  if (report.wrong.length > 0 && cases) {
    lines.push('', 'wrong:');
    for (const w of report.wrong) {
      const first = w.findings.find((f) => f.severity === 'block');
      const detail = w.error ?? (first ? `${first.kind}: ${first.reason}` : 'no finding');
      lines.push(`  ${w.id} (${w.kind}) expected ${w.expectBlocked ? 'blocked' : 'pass'}: ${detail}`);
    }
  }
  return lines.join('\n');
}

/** The writer's part (drafting stream): its own drafts on the corpus workspace, which the guardrails should never block. */
export function formatWriterReport(report: WriterReport): string {
  const lines = [
    '',
    `writer ${report.writer} on the corpus workspace: ${report.drafts} drafts for ${report.actNow} act-now deals, ${report.blocked} blocked by the guardrails (${report.meanMs} ms per draft)`,
  ];
  for (const [action, a] of Object.entries(report.byAction)) {
    lines.push(
      `  ${action.padEnd(22)} ${String(a.drafts).padStart(4)} drafts  ${String(a.blocked).padStart(3)} blocked  ${a.distinctBodies}/${a.drafts} distinct  ${a.distinctWordings}/${a.drafts} distinct wordings  max ${a.maxWords} words`,
    );
  }
  for (const b of report.blockedDrafts) {
    const first = b.findings[0];
    lines.push(
      `  blocked ${b.opportunityId} (${b.action}): ${first ? `${first.kind}: ${first.reason}` : 'not checked'}`,
    );
  }
  return lines.join('\n');
}

/** The scores alone: which drafts were scored wrong is left out, so the corpus stays a measurement. */
function withoutCases({
  wrong,
  ...scores
}: CorpusReport): Omit<CorpusReport, 'wrong'> & { wrongCount: number } {
  return { ...scores, wrongCount: wrong.length };
}

export function register(program: Command): void {
  program
    .command('eval-drafts')
    .description(
      "measure the guardrails on a labelled draft corpus (catch rate per flaw, false blocks) and on the offline writer's own drafts",
    )
    .option(
      '--corpus <file>',
      `corpus file (closeloop.guardcorpus/v1); default ${DEFAULT_CORPUS} when present`,
    )
    .option('--json', 'print the scores as one JSON object')
    .option(
      '--cases',
      'also list the drafts scored wrong, with their findings (keep it off on a held-out corpus: reading them tunes the guard to it)',
    )
    .action(async (opts: { corpus?: string; json?: boolean; cases?: boolean }) => {
      const file = opts.corpus ?? (existsSync(DEFAULT_CORPUS) ? DEFAULT_CORPUS : undefined);
      if (!file)
        throw new UserError(
          'invalid_input',
          `no corpus: pass --corpus <file> (${DEFAULT_CORPUS} does not exist)`,
        );
      const corpus = readJsonFile(file, GuardCorpusV1, 'corpus');
      const workspace = readJsonFile(
        path.resolve(path.dirname(file), corpus.workspace),
        WorkspaceV1,
        'workspace',
      );
      const report = evaluateCorpus(workspace, corpus);
      const writer = await evaluateWriter(workspace);
      console.log(
        opts.json
          ? JSON.stringify({ ...(opts.cases ? report : withoutCases(report)), writer }, null, 2)
          : `${formatCorpusReport(report, opts.cases)}\n${formatWriterReport(writer)}`,
      );
    });
}
