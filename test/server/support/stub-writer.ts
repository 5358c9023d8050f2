/** A tiny ProposalWriter for tests: a short follow-up to the deal's first active contact, so act-now deals get proposals. */
import type { ProposalWriter } from '../../../src/services/missions/mission-ports.ts';

export const stubWriter: ProposalWriter = {
  name: 'test-stub',
  async write(context, assessment) {
    const contact = context.contacts.find((c) => (c.status ?? 'active') === 'active');
    if (!contact) return undefined;
    const first = contact.name.split(' ')[0] ?? contact.name;
    return {
      action: assessment.actions[0] ?? 're_engage',
      writer: 'test-stub',
      rationale: assessment.why,
      payload: {
        kind: 'send_email',
        email: {
          to: [contact.email],
          cc: [],
          subject: `Next steps on ${context.opportunity.name}`,
          body: `Hi ${first},\n\nFollowing up on ${context.opportunity.name}: is there a good time this week to talk?\n\nBest,\n${context.owner?.name ?? 'us'}`,
          citations: [],
        },
      },
    };
  },
};
