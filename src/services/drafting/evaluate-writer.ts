/**
 * Runs a writer over a workspace's act-now deals the way a mission would (triage, write, guard) and reports what the
 * guardrails block and how varied the drafts are: a grounded writer's drafts should never be blocked.
 */
import { wordCount } from '../../domain/drafting/wording.ts';
import type { ProposalDraft } from '../../domain/proposals/proposal-schema.ts';
import { assessDeal } from '../../domain/triage/assess-deal.ts';
import { contextsFromWorkspace } from '../../domain/triage/deal-context.ts';
import type { Workspace } from '../../domain/workspace/workspace-schema.ts';
import type { ProposalWriter } from '../missions/mission-ports.ts';
import { guardOverBase } from './draft-guard.ts';
import { workspaceKnowledgeSource } from './knowledge-source.ts';
import { offlineWriter } from './offline-writer.ts';

export type ActionFigures = {
  drafts: number;
  blocked: number;
  /** Distinct texts among the drafts: names and figures differ by deal, so this shows nothing is copied whole. */
  distinctBodies: number;
  /** Distinct wordings once names, quotes and figures are masked: the variety of the phrasing itself. */
  distinctWordings: number;
  maxWords: number;
};

export type BlockedDraft = {
  opportunityId: string;
  action: string;
  findings: { kind: string; check: string; reason: string; text: string }[];
};

export type WriterReport = {
  writer: string;
  deals: number;
  actNow: number;
  drafts: number;
  blocked: number;
  byAction: Record<string, ActionFigures>;
  blockedDrafts: BlockedDraft[];
  meanMs: number;
};

/** What a person reads of a draft: the email's paragraphs between greeting and sign-off, an invite's agenda, a reason. */
export function draftText(draft: ProposalDraft): string {
  const p = draft.payload;
  switch (p.kind) {
    case 'send_email':
      return p.email.body.split('\n\n').slice(1, -1).join('\n\n');
    case 'schedule_meeting':
      return p.meeting.agenda;
    case 'update_opportunity':
      return p.update.reason;
    case 'log_activity':
      return p.log.summary;
  }
}

const wording = (text: string) =>
  text
    .replace(/"[^"]*"/g, 'Q')
    .replace(/\d[\d,.]*/g, '#')
    .replace(/\b\p{Lu}[\p{L}'-]*/gu, 'X');

export async function evaluateWriter(workspace: Workspace, writer?: ProposalWriter): Promise<WriterReport> {
  const write = writer ?? offlineWriter(workspaceKnowledgeSource(workspace));
  const guard = guardOverBase({
    ...workspace,
    products: workspace.products ?? [],
    documents: workspace.documents ?? [],
  });
  const contexts = contextsFromWorkspace(workspace);
  const texts = new Map<string, { bodies: Set<string>; wordings: Set<string> }>();
  const report: WriterReport = {
    writer: write.name,
    deals: contexts.length,
    actNow: 0,
    drafts: 0,
    blocked: 0,
    byAction: {},
    blockedDrafts: [],
    meanMs: 0,
  };
  let elapsed = 0;
  for (const context of contexts) {
    const assessment = assessDeal(context);
    if (assessment.verdict !== 'act_now') continue;
    report.actNow++;
    const started = performance.now();
    const draft = await write.write(context, assessment);
    elapsed += performance.now() - started;
    if (!draft) continue;
    const outcome = guard(context, draft);
    const text = draftText(draft);
    const figures = report.byAction[draft.action] ?? {
      drafts: 0,
      blocked: 0,
      distinctBodies: 0,
      distinctWordings: 0,
      maxWords: 0,
    };
    report.byAction[draft.action] = figures;
    const seen = texts.get(draft.action) ?? { bodies: new Set(), wordings: new Set() };
    texts.set(draft.action, seen);
    seen.bodies.add(text);
    seen.wordings.add(wording(text));
    report.drafts++;
    figures.drafts++;
    figures.distinctBodies = seen.bodies.size;
    figures.distinctWordings = seen.wordings.size;
    figures.maxWords = Math.max(figures.maxWords, wordCount(text));
    if (outcome.blocked) {
      report.blocked++;
      figures.blocked++;
      report.blockedDrafts.push({
        opportunityId: context.opportunity.id,
        action: draft.action,
        findings: outcome.findings
          .filter((f) => f.severity === 'block')
          .map(({ kind, check, reason, text }) => ({ kind, check, reason, text })),
      });
    }
  }
  report.meanMs = Math.round((elapsed / Math.max(1, report.drafts)) * 100) / 100;
  return report;
}
