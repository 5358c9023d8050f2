/** The shapes CRM reads return (zod first, types inferred): records as the workspace defines them, plus short summaries. */
import { z } from 'zod';
import {
  Account,
  Contact,
  entityId,
  isoDate,
  isoDateTime,
  Opportunity,
  opportunityTypes,
  userRoles,
} from '../../domain/workspace/workspace-schema.ts';

export const Person = z.object({
  id: entityId,
  name: z.string(),
  email: z.string(),
  role: z.enum(userRoles),
});

/** A deal as a list shows it: enough to pick one, not its history. */
export const OpportunitySummary = z.object({
  id: entityId,
  name: z.string(),
  accountId: entityId,
  accountName: z.string(),
  ownerId: entityId,
  type: z.enum(opportunityTypes),
  stage: z.string(),
  amount: z.number(),
  currency: z.string(),
  closeDate: isoDate,
  nextStep: z.string().optional(),
  nextStepDate: isoDate.optional(),
});

export const AccountSummary = Account.extend({
  ownerName: z.string().optional(),
  openOpportunities: z.number().int().min(0),
});

export const AccountWithContacts = z.object({
  account: Account,
  owner: Person.optional(),
  contacts: z.array(Contact),
  openOpportunities: z.array(OpportunitySummary),
});

export const OpportunityDetail = z.object({
  opportunity: Opportunity,
  account: z.object({ id: entityId, name: z.string(), domain: z.string().optional() }),
  owner: Person.optional(),
  isOpen: z.boolean(),
  /** When the deal entered its current stage, from the stage history (absent when the history is empty). */
  stageEnteredAt: isoDateTime.optional(),
});

export type Person = z.infer<typeof Person>;
export type OpportunitySummary = z.infer<typeof OpportunitySummary>;
export type AccountSummary = z.infer<typeof AccountSummary>;
export type AccountWithContacts = z.infer<typeof AccountWithContacts>;
export type OpportunityDetail = z.infer<typeof OpportunityDetail>;

export const toPerson = (u: { id: string; name: string; email: string; role: Person['role'] }): Person => ({
  id: u.id,
  name: u.name,
  email: u.email,
  role: u.role,
});

export function summarizeOpportunity(o: Opportunity, accountName: string): OpportunitySummary {
  return {
    id: o.id,
    name: o.name,
    accountId: o.accountId,
    accountName,
    ownerId: o.ownerId,
    type: o.type,
    stage: o.stage,
    amount: o.amount,
    currency: o.currency,
    closeDate: o.closeDate,
    ...(o.nextStep !== undefined ? { nextStep: o.nextStep } : {}),
    ...(o.nextStepDate !== undefined ? { nextStepDate: o.nextStepDate } : {}),
  };
}
