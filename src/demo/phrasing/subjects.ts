/** Subject lines by what a thread is about; the first message sets it and replies prefix "Re:". */

export const SUBJECTS = {
  intro: [
    '{seller} <> {company}',
    'Intro',
    'Quick intro',
    'Reporting at {company}',
    'Following up on your inquiry',
  ],
  recap: ['Recap and next steps', 'Follow-up from today', 'Demo recap', 'Slides from our call', 'Next steps'],
  proposal: [
    'Proposal',
    '{company} proposal',
    'Proposal for {company}',
    'Pricing proposal',
    'Updated proposal',
  ],
  security: [
    'Security review',
    'Security questions',
    'InfoSec follow-up',
    'IT questions',
    'Security and compliance',
  ],
  contract: ['Contract', 'MSA', 'Order form', 'Paperwork', 'Contract and next steps'],
  question: [
    'Quick question',
    'Question',
    'A few questions',
    'Questions from the team',
    'Follow-up question',
  ],
  renewal: ['Renewal', '{company} renewal', 'Upcoming renewal', 'Your {seller} renewal', 'Renewal planning'],
  expansion: ['Additional seats', 'More seats', 'Expanding to more teams', 'Seats'],
  scheduling: ['Scheduling', 'Time next week?', 'Finding a time', 'Meeting'],
  checkin: ['Checking in', 'Touching base', 'Catch-up', 'Quick check-in'],
} as const;
export type SubjectKind = keyof typeof SUBJECTS;
