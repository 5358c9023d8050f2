/** `closeloop eval`: triage a workspace file and score it against a labels file, beside the 14-day baseline. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import type { z } from 'zod';
import { UserError } from '../../domain/errors.ts';
import type { EvalReport, Scores } from '../../domain/eval/eval-report.ts';
import { evaluateWorkspace } from '../../domain/eval/evaluate-workspace.ts';
import { LabelsV1 } from '../../domain/labels/labels-schema.ts';
import { WorkspaceV1 } from '../../domain/workspace/workspace-schema.ts';

function jsonPath(issuePath: ReadonlyArray<PropertyKey>): string {
  return `$${issuePath.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('')}`;
}

/** Reads and validates a JSON file; any problem is one line naming the file and the JSON path. */
export function readJsonFile<T extends z.ZodType>(file: string, schema: T, what: string): z.infer<T> {
  const name = path.basename(file);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UserError('invalid_input', `${file}: cannot read the ${what} file${code ? ` (${code})` : ''}`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new UserError('invalid_file', `${name}: not valid JSON (${(error as Error).message})`);
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new UserError('invalid_file', `${name}: ${jsonPath(issue.path)}: ${issue.message}`);
  }
  return parsed.data;
}

const f2 = (x: number | null) => (x === null ? '   -' : x.toFixed(2));

function table(report: EvalReport): string {
  const rows: Array<[string, (s: Scores) => string]> = [
    ['verdict accuracy', (s) => f2(s.verdictAccuracy)],
    ['act_now precision', (s) => f2(s.actNow.precision)],
    ['act_now recall', (s) => f2(s.actNow.recall)],
    ['act_now F1', (s) => f2(s.actNow.f1)],
    ['first action right', (s) => f2(s.actionAccuracy)],
    ['resumeOn within ±1 day', (s) => f2(s.resumeOnAccuracy)],
  ];
  const lines = [
    `${report.deals} labelled deals`,
    '',
    `${''.padEnd(24)}${'engine'.padStart(8)}${'baseline'.padStart(10)}`,
  ];
  for (const [name, get] of rows)
    lines.push(`${name.padEnd(24)}${get(report.engine).padStart(8)}${get(report.baseline).padStart(10)}`);
  lines.push('', 'confusion (expected → got)   act_now  monitor  no_action');
  for (const expected of ['act_now', 'monitor', 'no_action'] as const) {
    const row = report.engine.confusion[expected];
    lines.push(
      `  ${expected.padEnd(27)}${String(row.act_now).padStart(8)}${String(row.monitor).padStart(9)}${String(row.no_action).padStart(11)}`,
    );
  }
  lines.push('', report.misses.length === 0 ? 'No misses.' : `Misses (${report.misses.length}):`);
  for (const m of report.misses) {
    const exp = `${m.expected.verdict}${m.expected.actions ? ` [${m.expected.actions.join(', ')}]` : ''}${m.expected.resumeOn ? ` resume ${m.expected.resumeOn}` : ''}`;
    const got = m.got
      ? `${m.got.verdict}${m.got.actions.length ? ` [${m.got.actions.join(', ')}]` : ''}${m.got.resumeOn ? ` resume ${m.got.resumeOn}` : ''}`
      : 'not assessed (closed or unknown deal)';
    lines.push(
      `  ${m.opportunityId}: expected ${exp}; got ${got}${m.got?.why ? `\n      why: ${m.got.why}` : ''}`,
    );
  }
  return lines.join('\n');
}

export function register(program: Command): void {
  program
    .command('eval')
    .description(
      'triage a workspace file and score it against labels, beside the "14 quiet days → re_engage" baseline',
    )
    .requiredOption('--workspace <file>', 'a closeloop.workspace/v1 file')
    .requiredOption('--labels <file>', 'a closeloop.labels/v1 file')
    .option('--json', 'print one JSON object: deals, engine, baseline, misses')
    .addHelpText(
      'after',
      '\nExample:\n  $ closeloop eval --workspace ../shared/fixtures/examples/northwind.workspace.json \\\n      --labels ../shared/fixtures/examples/northwind.labels.json',
    )
    .action((opts: { workspace: string; labels: string; json?: boolean }) => {
      const ws = readJsonFile(opts.workspace, WorkspaceV1, 'workspace');
      const labels = readJsonFile(opts.labels, LabelsV1, 'labels');
      const { report } = evaluateWorkspace(ws, labels.labels);
      console.log(opts.json ? JSON.stringify(report) : table(report));
    });
}
