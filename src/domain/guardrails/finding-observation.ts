/** Turns a guardrail finding into the shared Observation (kind 'guardrail') linked to its records. */
import type { Observation, RecordRef } from '../observations/observation-schema.ts';
import type { GuardFinding } from './guard-schema.ts';

const TITLES: Record<GuardFinding['kind'], string> = {
  claim: 'Unsupported claim',
  price: 'Price not in the price book',
  discount: 'Discount beyond policy',
  recipient: 'Recipient not allowed',
  confidential: 'Confidential content',
  injection: 'Prompt injection',
};

function citationRef(finding: GuardFinding): RecordRef[] {
  const c = finding.citation;
  if (!c) return [];
  return [{ type: c.source, id: c.id, ...(c.field ? { field: c.field } : {}) }];
}

export function findingToObservation(finding: GuardFinding, opportunityId: string): Observation {
  const verdict = finding.severity === 'block' ? 'Blocked' : 'Warning';
  const quoted = finding.text ? `: "${finding.text}"` : '';
  return {
    kind: 'guardrail',
    title: `${verdict}: ${TITLES[finding.kind]}`,
    detail: `${finding.reason}${quoted}`,
    refs: [{ type: 'opportunity', id: opportunityId }, ...citationRef(finding)],
    ...(finding.field === 'inbound' && finding.activityId
      ? {
          span: {
            activityId: finding.activityId,
            field: 'body' as const,
            start: finding.start,
            end: finding.end,
            text: finding.text,
          },
        }
      : {}),
    data: {
      guardKind: finding.kind,
      severity: finding.severity,
      check: finding.check,
      field: finding.field,
      start: finding.start,
      end: finding.end,
      text: finding.text,
      ...(finding.citation ? { citation: finding.citation } : {}),
    },
  };
}
