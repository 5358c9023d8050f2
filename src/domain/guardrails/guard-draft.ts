/** Runs every guardrail on one draft: the single entry point for missions, the CLI and any writer. */
import { analyzeDraft } from './analyze-draft.ts';
import { checkCapabilities } from './checks/check-capabilities.ts';
import { checkConfidential } from './checks/check-confidential.ts';
import { checkDiscounts } from './checks/check-discounts.ts';
import { checkFigures } from './checks/check-figures.ts';
import { checkInjection } from './checks/check-injection.ts';
import { checkRecipients } from './checks/check-recipients.ts';
import { feeBandProblems } from './checks/fee-band-claims.ts';
import { includedChargeProblems } from './checks/included-charges.ts';
import { renewalIncreaseProblems } from './checks/renewal-increases.ts';
import { checkServiceHours } from './checks/service-hours.ts';
import { unpricedChargeProblems } from './checks/unpriced-charges.ts';
import { upliftProblems } from './checks/uplift-claims.ts';
import type { GuardDraft, GuardFinding, GuardOptions, GuardOutcome } from './guard-schema.ts';
import type { GuardIndex } from './index/guard-index.ts';

const FIELD_ORDER = { to: 0, cc: 1, subject: 2, body: 3, inbound: 4 } as const;

/** Keeps one finding per kind and place: a wrong price is not reported twice by two checks. */
function dedupe(findings: GuardFinding[]): GuardFinding[] {
  const seen = new Set<string>();
  return findings
    .sort(
      (a, b) =>
        FIELD_ORDER[a.field] - FIELD_ORDER[b.field] || a.start - b.start || (a.severity === 'block' ? -1 : 1),
    )
    .filter((f) => {
      const key = `${f.kind}|${f.field}|${f.start}|${f.end}|${f.text}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

export function guardDraft(index: GuardIndex, draft: GuardDraft, options: GuardOptions = {}): GuardOutcome {
  const deal = index.deal(draft.opportunityId);
  if (!deal) return { status: 'unknown_opportunity', opportunityId: draft.opportunityId };
  const analysis = analyzeDraft(draft, index.catalog);
  const findings = dedupe([
    ...checkRecipients(index, deal, draft),
    ...checkFigures(index, deal, analysis),
    ...checkServiceHours(index.asOf, deal, analysis),
    ...feeBandProblems(deal, analysis),
    ...unpricedChargeProblems(index, deal, analysis),
    ...includedChargeProblems(index, deal, analysis),
    ...renewalIncreaseProblems(index, deal, analysis),
    ...upliftProblems(index, deal, analysis),
    ...checkDiscounts(deal, analysis, options, index.catalog),
    ...checkCapabilities(index, deal, analysis),
    ...checkConfidential(index, deal, analysis),
    ...checkInjection(
      index.config,
      deal,
      analysis,
      // List prices, and list prices marked up where a document says a region costs more.
      index.catalog.products.flatMap((p) => [
        p.listPrice,
        ...[...deal.facts.surcharges.keys()].map((s) => p.listPrice * (1 + s / 100)),
      ]),
    ),
  ]);
  return { status: 'checked', blocked: findings.some((f) => f.severity === 'block'), findings };
}
