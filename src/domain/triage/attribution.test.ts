import { describe, expect, it } from 'vitest';
import { aDeal, anEmail, anOpportunity } from '../../testing/factories.ts';
import { dealActivities } from './attribution.ts';

const renewal = anOpportunity({ id: 'o-renew', name: 'Globex - 2026 renewal', type: 'renewal' });
const expansion = anOpportunity({ id: 'o-seats', name: 'Globex - Data science seats', type: 'expansion' });

const ids = (opportunity: typeof renewal, other: typeof renewal, activities: ReturnType<typeof anEmail>[]) =>
  dealActivities(aDeal({ opportunity, otherOpenOpportunities: [other], activities })).map((a) => a.id);

describe('attributing account mail to deals', () => {
  it('gives every untagged activity to the only open deal', () => {
    const mail = anEmail({ id: 'm-1', opportunityId: undefined });
    expect(dealActivities(aDeal({ activities: [mail] })).map((a) => a.id)).toEqual(['m-1']);
  });

  it('follows the thread of a tagged activity', () => {
    const tagged = anEmail({ id: 'm-1', opportunityId: 'o-seats', threadId: 't-9' });
    const reply = anEmail({ id: 'm-2', opportunityId: undefined, threadId: 't-9', body: 'Thanks!' });
    expect(ids(expansion, renewal, [tagged, reply])).toEqual(['m-1', 'm-2']);
    expect(ids(renewal, expansion, [tagged, reply])).toEqual([]);
  });

  it('reads the words when there is no thread to go by', () => {
    const aboutRenewal = anEmail({
      id: 'm-1',
      opportunityId: undefined,
      threadId: undefined,
      subject: 'Renewal paperwork',
      body: 'When does our contract renew?',
    });
    const aboutSeats = anEmail({
      id: 'm-2',
      opportunityId: undefined,
      threadId: undefined,
      subject: 'Seats',
      body: 'Our data science team needs 20 more seats.',
    });
    expect(ids(renewal, expansion, [aboutRenewal, aboutSeats])).toEqual(['m-1']);
    expect(ids(expansion, renewal, [aboutRenewal, aboutSeats])).toEqual(['m-2']);
  });

  it('shares mail that fits no deal better than another', () => {
    const hello = anEmail({
      id: 'm-1',
      opportunityId: undefined,
      threadId: undefined,
      subject: 'Hello',
      body: 'Happy new year!',
    });
    expect(ids(renewal, expansion, [hello])).toEqual(['m-1']);
    expect(ids(expansion, renewal, [hello])).toEqual(['m-1']);
  });
});
