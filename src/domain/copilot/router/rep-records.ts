/** The records a rep's words are matched against: only what that rep (or manager) may see, never anyone else's. */
import { z } from 'zod';
import { isOpen } from '../../triage/deal-context.ts';
import {
  contactRoles,
  contactStatuses,
  DEFAULT_PIPELINE,
  entityId,
  isoDate,
  isoDateTime,
  opportunityTypes,
  type Workspace,
} from '../../workspace/workspace-schema.ts';

export const RepRecords = z.object({
  /** The seller's own name: "Northwind" in a request is us, never an account. */
  sellerName: z.string(),
  /** The rep's own time zone: "by Thursday" in their notes is their Thursday. */
  timezone: z.string().optional(),
  accounts: z.array(z.object({ id: entityId, name: z.string(), domain: z.string().optional() })),
  contacts: z.array(
    z.object({
      id: entityId,
      accountId: entityId,
      name: z.string(),
      email: z.string(),
      title: z.string().optional(),
      role: z.enum(contactRoles).optional(),
      status: z.enum(contactStatuses).optional(),
    }),
  ),
  opportunities: z.array(
    z.object({
      id: entityId,
      accountId: entityId,
      name: z.string(),
      type: z.enum(opportunityTypes),
      stage: z.string(),
      open: z.boolean(),
      closeDate: isoDate,
    }),
  ),
  /** Booked meetings, so "my next call with Pepper" finds one. */
  meetings: z.array(
    z.object({
      id: entityId,
      accountId: entityId,
      opportunityId: entityId.optional(),
      subject: z.string().optional(),
      startsAt: isoDateTime,
      attendees: z.array(z.string()),
    }),
  ),
  /** Product names from the price book ("Enterprise", "Pro"): a question about them is a product question. */
  products: z.array(z.object({ sku: z.string(), name: z.string() })),
});
export type RepRecords = z.infer<typeof RepRecords>;

/**
 * The records of a workspace that the given owners may see: accounts they own or hold a deal on, with those
 * accounts' contacts, deals (only theirs) and booked meetings. Null owners means everything (an admin).
 */
export type RecordsSource = Pick<
  Workspace,
  'seller' | 'pipeline' | 'accounts' | 'contacts' | 'opportunities' | 'activities' | 'products'
>;

export function repRecordsFromWorkspace(
  ws: RecordsSource,
  visibleOwnerIds: readonly string[] | null,
  timezone?: string,
): RepRecords {
  const pipeline = ws.pipeline ?? DEFAULT_PIPELINE;
  const sees = (ownerId: string) => visibleOwnerIds === null || visibleOwnerIds.includes(ownerId);
  const deals = ws.opportunities.filter((o) => sees(o.ownerId));
  const accountIds = new Set([
    ...ws.accounts.filter((a) => sees(a.ownerId)).map((a) => a.id),
    ...deals.map((o) => o.accountId),
  ]);
  return {
    sellerName: ws.seller.name,
    ...(timezone ? { timezone } : {}),
    accounts: ws.accounts
      .filter((a) => accountIds.has(a.id))
      .map((a) => ({ id: a.id, name: a.name, ...(a.domain ? { domain: a.domain } : {}) })),
    contacts: ws.contacts
      .filter((c) => accountIds.has(c.accountId))
      .map((c) => ({
        id: c.id,
        accountId: c.accountId,
        name: c.name,
        email: c.email,
        ...(c.title ? { title: c.title } : {}),
        ...(c.role ? { role: c.role } : {}),
        ...(c.status ? { status: c.status } : {}),
      })),
    opportunities: deals.map((o) => ({
      id: o.id,
      accountId: o.accountId,
      name: o.name,
      type: o.type,
      stage: o.stage,
      open: isOpen(o, pipeline),
      closeDate: o.closeDate,
    })),
    meetings: ws.activities
      .filter((a) => a.type === 'meeting' && a.status === 'scheduled' && accountIds.has(a.accountId))
      .map((a) => ({
        id: a.id,
        accountId: a.accountId,
        ...(a.opportunityId ? { opportunityId: a.opportunityId } : {}),
        ...(a.subject ? { subject: a.subject } : {}),
        startsAt: a.startsAt ?? a.occurredAt,
        attendees: [...(a.to ?? []), ...(a.cc ?? [])],
      })),
    products: (ws.products ?? []).map((p) => ({ sku: p.sku, name: p.name })),
  };
}
