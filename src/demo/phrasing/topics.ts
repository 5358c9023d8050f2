/**
 * What customers ask for and what we send back: each topic has the customer's request in several wordings, the
 * noun phrase we use when promising it, how we deliver it, and (for plain questions) a direct answer that agrees
 * with the knowledge base in ../catalog/documents.ts.
 */
import type { Rng } from '../random.ts';
import type { SubjectKind } from './subjects.ts';
import type { Bank, Phrase, Vars } from './vars.ts';

export interface Topic {
  readonly key: string;
  /** What a thread that opens with this topic is called. */
  readonly subject: SubjectKind;
  /** The customer's request or question; each wording ends in a question or a clear request. */
  readonly ask: Bank;
  /** What we promise, as a noun phrase: "I'll send {promise} by Friday". */
  readonly promise: Bank;
  /** How we hand it over. */
  readonly deliver: Bank;
  /** Same-day answers in prose, for topics that are questions rather than documents; answer i goes with ask i. */
  readonly answer?: Bank;
}

/** A question and, when the topic has one, the answer that goes with that very wording. */
export function askWithAnswer(rng: Rng, topic: Topic, v: Vars): { ask: string; answer: string } {
  const i = rng.int(0, topic.ask.length - 1);
  const ask = (topic.ask[i] as Phrase)(v);
  const answers = topic.answer ?? topic.deliver;
  const answer = (answers[i] ?? rng.pick(answers))(v);
  return { ask, answer };
}

const n = (v: Vars): number => Math.max(10, Math.round((v.seats * 0.2) / 5) * 5);

export const TOPICS: readonly Topic[] = [
  {
    key: 'multi_year',
    subject: 'proposal',
    ask: [
      () => 'Finance wants to see a three-year option before we go further. Can you rework the numbers?',
      () => 'Could you put together pricing for a 3-year term? Our CFO asked for it this morning.',
      () => 'What would it look like if we signed for three years instead of one?',
      () =>
        'Is there any flexibility on price if we commit to a multi-year deal? If so, can you send a version with two- and three-year terms?',
    ],
    promise: [
      () => 'a revised proposal with three-year pricing',
      () => 'the three-year pricing option',
      () => 'updated numbers for a 3-year term',
      () => 'a multi-year version of the proposal',
    ],
    deliver: [
      () =>
        'Attached is the revised proposal with the three-year option. Three-year terms come with 12% off list, and that is reflected on page 2.',
      () =>
        'Here are the updated numbers: one-, two- and three-year terms side by side. The two-year term is 8% off list and the three-year 12%.',
      () =>
        'As promised, the multi-year version of the proposal is attached. The three-year column is the one finance asked about.',
    ],
  },
  {
    key: 'soc2',
    subject: 'security',
    ask: [
      () => 'Our security team needs a copy of your SOC 2 report before they can sign off. Can you send it?',
      () => 'Can you share your SOC 2 Type II report? Happy to sign an NDA if needed.',
      () =>
        'Before we go further, infosec is asking for the SOC 2 report and your latest pen test summary. Could you send both?',
    ],
    promise: [
      () => 'the SOC 2 report',
      () => 'our SOC 2 Type II report and the NDA',
      () => 'the SOC 2 and pen test summary',
    ],
    deliver: [
      () => 'Attached is our SOC 2 Type II report, shared under the NDA you signed.',
      () =>
        'Here is the SOC 2 Type II report along with the summary of our most recent third-party penetration test.',
      () => 'As promised: the SOC 2 report is in the data room link below. Access is covered by our NDA.',
    ],
  },
  {
    key: 'questionnaire',
    subject: 'security',
    ask: [
      () =>
        'Our infosec team sent over their vendor security questionnaire (attached). Any chance you can fill it out?',
      () =>
        'We need your answers to the attached security questionnaire before this can go to the risk committee. Can you take care of it?',
      () => 'Can your team complete our standard vendor assessment? It is about 80 questions, mostly yes/no.',
    ],
    promise: [
      () => 'the completed security questionnaire',
      () => 'answers to your security questionnaire',
      () => 'the vendor assessment, filled in',
    ],
    deliver: [
      () =>
        'Attached is the completed questionnaire. Our security lead added notes on encryption and data retention where the form asked for detail.',
      () =>
        'Here is the vendor assessment, filled in. Anything flagged "see SOC 2" is covered in the report we shared.',
    ],
  },
  {
    key: 'order_form',
    subject: 'contract',
    ask: [
      () => 'Can you send over the order form so I can start routing it for signature?',
      () => 'We are ready on our side. Could you send the paperwork?',
      (v) =>
        `Could you draw up an order form for ${v.seats} seats? I want to get it in front of procurement this week.`,
    ],
    promise: [() => 'the order form', () => 'a draft order form', () => 'the paperwork'],
    deliver: [
      (v) =>
        `Here is the order form for ${v.seats} ${v.plan} seats. Once signed, we can have your workspace live the same week.`,
      () => 'Attached is the order form. Let me know if procurement needs it in a different format.',
      () => 'The order form is attached, along with our standard MSA for reference.',
    ],
  },
  {
    key: 'sso',
    subject: 'security',
    ask: [
      (v) => `Does ${v.plan} include SSO with Okta, or is that Enterprise only?`,
      () => 'Quick one from IT: do you support SAML SSO with Entra ID, and is SCIM provisioning included?',
      () => 'Our IT team wants to know how user provisioning works. Do you support SCIM?',
    ],
    promise: [
      () => 'an answer on SSO and SCIM',
      () => 'details on the SSO setup',
      () => 'the specifics on provisioning',
    ],
    deliver: [
      () =>
        'On SSO: SAML single sign-on with Okta, Microsoft Entra ID and Google Workspace is included from the Business plan up. SCIM provisioning is part of Enterprise.',
    ],
    answer: [
      (v) =>
        `${v.plan === 'Brightline Team' ? 'SSO starts with the Business plan, so not on Team.' : 'Yes, no need for Enterprise.'} SAML SSO works with Okta, Microsoft Entra ID and Google Workspace on Business and Enterprise.`,
      () =>
        'Yes to Entra ID: SAML single sign-on is included from Business up. SCIM provisioning is part of Enterprise.',
      () =>
        'User provisioning over SCIM is part of Enterprise. On Business, users sign in through SAML SSO (Okta, Entra ID or Google Workspace) and admins invite them.',
    ],
  },
  {
    key: 'eu_hosting',
    subject: 'security',
    ask: [
      () => 'Can our data be hosted in the EU? That is a hard requirement for our works council.',
      () => 'Where would our data live? We need it to stay in the EU.',
      () => 'Do you offer EU data residency, and do you sign a DPA?',
    ],
    promise: [
      () => 'an answer on EU hosting',
      () => 'the details on data residency',
      () => 'our DPA and the hosting details',
    ],
    deliver: [
      () =>
        'On data residency: Enterprise workspaces can be hosted in our EU region (Frankfurt), and we sign a GDPR DPA with every customer. Our DPA is attached.',
    ],
    answer: [
      () =>
        'Yes. On Enterprise we can host your workspace in our EU region in Frankfurt, so the data stays in the EU.',
      () =>
        'On Enterprise, your workspace can live in our EU region (Frankfurt); on other plans data is hosted in the US.',
      () =>
        'Yes to both: EU data residency (Frankfurt) on Enterprise, and we sign a GDPR data processing agreement on every plan.',
    ],
  },
  {
    key: 'connector',
    subject: 'question',
    ask: [
      () => 'How does the Snowflake connector handle incremental refresh? Some of our tables are large.',
      () => 'Do you connect to NetSuite out of the box, or would we need something custom?',
      () => 'Our data sits in BigQuery. How often can dashboards refresh?',
    ],
    promise: [
      () => 'the details on the connector',
      () => 'an answer from our solutions team on refresh',
      () => 'a write-up on the integration',
    ],
    deliver: [
      () =>
        'Our solutions team wrote up the connector details (attached). In short: incremental refresh runs every 15 minutes on Business and every 5 minutes on Enterprise.',
    ],
    answer: [
      () =>
        'The Snowflake connector reads only changed rows, so large tables are not reloaded each time. Refresh runs every 15 minutes on Business and every 5 minutes on Enterprise.',
      () =>
        'NetSuite is one of our standard connectors, nothing custom needed. Refresh runs every 15 minutes on Business.',
      () =>
        'With BigQuery, dashboards refresh incrementally every 15 minutes on Business and every 5 minutes on Enterprise.',
    ],
  },
  {
    key: 'more_seats',
    subject: 'expansion',
    ask: [
      (v) => `What would another ${n(v)} seats cost us?`,
      (v) => `We are close to our seat limit. Can you price out ${n(v)} more seats?`,
      (v) => `Another team wants access. What would it cost to add ${n(v)} users for the rest of the term?`,
    ],
    promise: [
      (v) => `pricing for ${n(v)} more seats`,
      () => 'a quote for the extra seats',
      () => 'the numbers on additional seats',
    ],
    deliver: [
      (v) =>
        `Here is a quote for ${n(v)} additional ${v.plan} seats, prorated to your renewal date so everything co-terms.`,
      () =>
        'Attached is the add-on quote. Seats added mid-term are prorated, so you only pay for the months remaining.',
    ],
  },
  {
    key: 'roi',
    subject: 'question',
    ask: [
      () => 'Could you put together a rough ROI model we can take to our CFO?',
      () =>
        'I need to build the business case internally. Do you have an ROI calculator or something similar?',
      () => 'Can you help me quantify the time savings? My VP will ask.',
    ],
    promise: [() => 'the ROI model', () => 'a draft business case', () => 'a first cut of the ROI numbers'],
    deliver: [
      () =>
        'Attached is a draft ROI model based on the numbers you shared on our call. The assumptions are on the first tab so you can adjust them.',
      () =>
        'Here is the business case draft. I kept the assumptions conservative; happy to walk your CFO through it.',
    ],
  },
  {
    key: 'reference',
    subject: 'question',
    ask: [
      (v) => `Do you have a customer in ${v.industry.toLowerCase()} we could talk to?`,
      () => 'Would it be possible to speak with a reference customer of similar size?',
      () => 'Our COO would like to hear from an existing customer before we sign. Can you set that up?',
    ],
    promise: [
      () => 'a couple of reference contacts',
      (v) => `a reference in ${v.industry.toLowerCase()}`,
      () => 'an intro to a reference customer',
    ],
    deliver: [
      () =>
        'I have introduced you to two customers who are happy to talk; both intro emails should be in your inbox now.',
      () =>
        'Good news: one of our long-standing customers agreed to a 30-minute reference call. I have just sent the intro, so you can pick a time directly.',
    ],
  },
  {
    key: 'rollout',
    subject: 'question',
    ask: [
      () => 'What does a typical rollout look like? We need a plan before we commit.',
      () => 'Can you share an implementation timeline? Leadership wants to know when we would be live.',
      () => 'How long does onboarding usually take, and what do you need from our side?',
    ],
    promise: [() => 'a draft implementation plan', () => 'the rollout timeline', () => 'an onboarding plan'],
    deliver: [
      () =>
        'Attached is a draft implementation plan. Most teams your size are live in two to six weeks; the onboarding package covers admin training and six working sessions.',
      () =>
        'Here is the rollout timeline we discussed, week by week, with what we need from your team at each step.',
    ],
  },
  {
    key: 'msa',
    subject: 'contract',
    ask: [
      () => 'Our counsel sent redlines on the MSA (attached). Can your legal team take a look?',
      () =>
        'Legal has a few comments on the liability cap and auto-renewal language. Marked-up copy attached. Can you review?',
    ],
    promise: [
      () => 'our comments on the MSA redlines',
      () => 'the MSA back with our legal team’s comments',
      () => 'a response on the redlines',
    ],
    deliver: [
      () =>
        'Attached is the MSA with our legal team’s responses to your redlines. We accepted most changes; the two open points are flagged in comments.',
      () => 'Our counsel went through the redlines; the marked-up version is attached.',
    ],
  },
  {
    key: 'sandbox',
    subject: 'question',
    ask: [
      () => 'Could we get a sandbox to test with our own data?',
      () => 'Is there a way for our analysts to try this on real data before we sign?',
    ],
    promise: [() => 'sandbox access', () => 'a trial workspace for your analysts'],
    deliver: [
      () =>
        'Your sandbox is ready: the trial workspace is set up and invitations went out to the three analysts you listed. It runs for 14 days.',
      () =>
        'Sandbox access is live; the credentials went out in a separate email just now. The trial runs for 14 days, and we can extend it if needed.',
    ],
  },
  {
    key: 'retention',
    subject: 'question',
    ask: [
      () => 'What happens to our data if we cancel? How long do you keep it?',
      () => 'Procurement asks about data deletion at contract end. What is your policy?',
    ],
    promise: [() => 'the details on data retention', () => 'our data deletion policy'],
    deliver: [
      () =>
        'On retention: after the contract ends, you can export everything for 30 days, and we delete customer data within 30 days of contract end.',
    ],
    answer: [
      () =>
        'You can export all of your data for 30 days after the contract ends, and we delete customer data within 30 days of contract end.',
      () =>
        'Our policy: everything can be exported for 30 days after the contract ends, and customer data is deleted within 30 days of contract end.',
    ],
  },
];

export const topicByKey = (key: string): Topic => {
  const topic = TOPICS.find((t) => t.key === key);
  if (!topic) throw new Error(`unknown topic ${key}`);
  return topic;
};

/** Topics that are plain questions, which a good rep answers in the reply itself. */
export const QUESTION_TOPICS = TOPICS.filter((t) => t.answer !== undefined);
/** Topics that need work before they can be sent, which is when reps promise a date. */
export const DELIVERABLE_TOPICS = TOPICS.filter((t) => t.answer === undefined);

/** Where a deal stands, as far as what a customer would plausibly ask. */
export interface TopicContext {
  readonly proposalSent: boolean;
  readonly existingCustomer: boolean;
}

// Paperwork and multi-year pricing come after a proposal; trials and references before a first purchase; more
// seats only from someone who already has some.
const LATE = new Set(['multi_year', 'order_form', 'msa']);
const PROSPECT_ONLY = new Set(['sandbox', 'reference', 'roi']);
const CUSTOMER_ONLY = new Set(['more_seats']);

export function topicsFitting(topics: readonly Topic[], at: TopicContext): Topic[] {
  const fitting = topics.filter(
    (t) =>
      (at.proposalSent || !LATE.has(t.key)) &&
      (!at.existingCustomer || !PROSPECT_ONLY.has(t.key)) &&
      (at.existingCustomer || !CUSTOMER_ONLY.has(t.key)),
  );
  return fitting.length > 0 ? fitting : [...topics];
}
