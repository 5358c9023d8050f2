/** `closeloop eval-drafts`: scores the guardrails on a labelled draft corpus (closeloop.guardcorpus/v1). */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { UserError } from '../../domain/errors.ts';
import { GuardCorpusV1 } from '../../domain/guardrails/guard-corpus.ts';
import { WorkspaceV1 } from '../../domain/workspace/workspace-schema.ts';
import { type CorpusReport, evaluateCorpus } from '../../services/guard/guard-service.ts';
import { readJsonFile } from './eval.ts';

export const DEFAULT_CORPUS = 'test/fixtures/guard-corpus/corpus.json';

const pct = (x: number | null) => (x === null ? '    -' : `${(x * 100).toFixed(1).padStart(5)}%`);

export function formatCorpusReport(report: CorpusReport): string {
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
  if (report.wrong.length > 0) {
    lines.push('', 'wrong:');
    for (const w of report.wrong) {
      const first = w.findings.find((f) => f.severity === 'block');
      const detail = w.error ?? (first ? `${first.kind}: ${first.reason}` : 'no finding');
      lines.push(`  ${w.id} (${w.kind}) expected ${w.expectBlocked ? 'blocked' : 'pass'}: ${detail}`);
    }
  }
  return lines.join('\n');
}

export function register(program: Command): void {
  program
    .command('eval-drafts')
    .description('measure the guardrails on a labelled draft corpus: catch rate per flaw and false blocks')
    .option(
      '--corpus <file>',
      `corpus file (closeloop.guardcorpus/v1); default ${DEFAULT_CORPUS} when present`,
    )
    .option('--json', 'print the scores as one JSON object')
    .action((opts: { corpus?: string; json?: boolean }) => {
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
      console.log(opts.json ? JSON.stringify(report, null, 2) : formatCorpusReport(report));
    });
}
