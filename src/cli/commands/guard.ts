/** `closeloop guard`: checks a draft written anywhere against a workspace's facts and documents. */
import type { Command } from 'commander';
import { GuardDraft, type GuardFinding } from '../../domain/guardrails/guard-schema.ts';
import { WorkspaceV1 } from '../../domain/workspace/workspace-schema.ts';
import { type GuardReport, guardOneDraft } from '../../services/guard/guard-service.ts';
import { readJsonFile } from './eval.ts';

const EXIT_BLOCKED = 3;

const LABELS: Record<GuardFinding['kind'], string> = {
  claim: 'unsupported claim',
  price: 'price',
  discount: 'discount',
  recipient: 'recipient',
  confidential: 'confidential',
  injection: 'prompt injection',
};

function where(f: GuardFinding): string {
  if (f.field === 'to' || f.field === 'cc') return `${f.field}: ${f.text}`;
  if (f.field === 'inbound') return `inbound email ${f.activityId ?? ''}`.trim();
  return `${f.field}: "${f.text.length > 110 ? `${f.text.slice(0, 107)}...` : f.text}"`;
}

/** A report a rep can read before sending a hand-written email. */
export function formatGuardReport(report: GuardReport): string {
  const blocks = report.findings.filter((f) => f.severity === 'block');
  const warns = report.findings.filter((f) => f.severity === 'warn');
  const lines = [
    report.blocked
      ? `BLOCKED: ${blocks.length} problem${blocks.length === 1 ? '' : 's'} to fix before this draft can go out.`
      : 'OK: nothing in this draft contradicts the record or the documents.',
  ];
  for (const [title, list] of [
    ['Must fix', blocks],
    ['Worth a look', warns],
  ] as const) {
    if (list.length === 0) continue;
    lines.push('', `${title}:`);
    for (const f of list) {
      lines.push(`  - [${LABELS[f.kind]}] ${where(f)}`, `      ${f.reason}`);
      if (f.citation)
        lines.push(`      source: ${f.citation.label}${f.citation.quote ? `: "${f.citation.quote}"` : ''}`);
    }
  }
  return lines.join('\n');
}

export function register(program: Command): void {
  program
    .command('guard')
    .description(
      'check a draft email against the workspace: claims, prices, discounts, recipients, confidentiality',
    )
    .requiredOption('--workspace <file>', 'workspace file (closeloop.workspace/v1)')
    .requiredOption(
      '--draft <file>',
      'draft file: { "opportunityId", "to": [], "cc": [], "subject", "body" }',
    )
    .option('--approved-discount <percent>', 'a discount approval on record elsewhere, in percent', Number)
    .option('--json', 'print { blocked, findings } as JSON')
    .addHelpText('after', '\nExit status: 0 when the draft passes, 3 when it is blocked, 2 on bad input.')
    .action((opts: { workspace: string; draft: string; approvedDiscount?: number; json?: boolean }) => {
      const workspace = readJsonFile(opts.workspace, WorkspaceV1, 'workspace');
      const draft = readJsonFile(opts.draft, GuardDraft, 'draft');
      const report = guardOneDraft(
        workspace,
        draft,
        opts.approvedDiscount !== undefined && Number.isFinite(opts.approvedDiscount)
          ? { approvedDiscountPercent: opts.approvedDiscount }
          : {},
      );
      console.log(opts.json ? JSON.stringify(report, null, 2) : formatGuardReport(report));
      if (report.blocked) process.exitCode = EXIT_BLOCKED;
    });
}
