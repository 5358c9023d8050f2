/** One way to build a finding, so every check reports text, offsets and citation alike. */
import type {
  FindingField,
  GuardCitation,
  GuardFinding,
  GuardFindingKind,
  GuardSeverity,
} from '../guard-schema.ts';

export type Located = { field: FindingField; start: number; end: number; text: string };

/** Where a match found in a clause's own text ("Sydney" at 12 of the clause) stands in its field. */
export function inClause(
  clause: { field: FindingField; start: number },
  span: { start: number; end: number; text: string },
): Located {
  return {
    field: clause.field,
    start: clause.start + span.start,
    end: clause.start + span.end,
    text: span.text,
  };
}

export function finding(
  kind: GuardFindingKind,
  severity: GuardSeverity,
  at: Located,
  check: string,
  reason: string,
  citation?: GuardCitation,
): GuardFinding {
  return {
    kind,
    severity,
    text: at.text,
    reason,
    ...(citation ? { citation } : {}),
    field: at.field,
    start: at.start,
    end: at.end,
    check,
  };
}
