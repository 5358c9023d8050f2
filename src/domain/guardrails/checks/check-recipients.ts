/** Recipients: only the account's active contacts and addresses on the seller's own domains. */
import type { GuardDraft, GuardFinding } from '../guard-schema.ts';
import type { DealContext } from '../index/deal-context.ts';
import type { GuardIndex } from '../index/guard-index.ts';
import { recordCitation } from '../support/citations.ts';
import { finding } from '../support/findings.ts';

/** "Jane Doe <jane@x.com>" → "jane@x.com". */
export function addressOf(raw: string): string {
  return (/<([^>]+)>/.exec(raw)?.[1] ?? raw).trim().toLowerCase();
}

export function isSellerAddress(index: GuardIndex, address: string): boolean {
  const domain = address.split('@')[1] ?? '';
  return index.sellerDomains.some((d) => domain === d || domain.endsWith(`.${d}`));
}

export function checkRecipients(index: GuardIndex, deal: DealContext, draft: GuardDraft): GuardFinding[] {
  const findings: GuardFinding[] = [];
  const accountName = deal.account?.name ?? deal.opportunity.accountId;
  for (const field of ['to', 'cc'] as const) {
    for (const raw of draft[field]) {
      const address = addressOf(raw);
      const at = { field, start: 0, end: raw.length, text: raw };
      if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(address)) {
        findings.push(finding('recipient', 'block', at, 'malformed', `"${raw}" is not an email address`));
        continue;
      }
      if (isSellerAddress(index, address)) continue;
      const contact = deal.contactsByEmail.get(address);
      if (contact) {
        const status = contact.status ?? 'active';
        if (status === 'active') continue;
        const why = status === 'left_company' ? 'has left the company' : 'bounced';
        findings.push(
          finding(
            'recipient',
            'block',
            at,
            status,
            `${contact.name} (${address}) ${why}; write to another active contact at ${accountName}`,
            recordCitation('contact', contact.id, `contact ${contact.id} status`, {
              field: 'status',
              quote: status,
            }),
          ),
        );
        continue;
      }
      const elsewhere = index.contactsByEmail.get(address);
      const reason = elsewhere
        ? `${address} is a contact of another account, not of ${accountName}`
        : `${address} is not a contact of ${accountName} nor one of our own addresses`;
      findings.push(finding('recipient', 'block', at, elsewhere ? 'other_account' : 'unknown', reason));
    }
  }
  if (draft.to.length === 0) {
    findings.push(
      finding(
        'recipient',
        'warn',
        { field: 'to', start: 0, end: 0, text: '' },
        'none',
        'the draft has no recipient',
      ),
    );
  }
  return findings;
}
