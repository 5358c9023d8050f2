/** People on the customer's side who left, bounced or went quiet, and whether someone else has picked the deal up. */
import { isCustomerWriting, isOurEmailToCustomer, type ReadActivity } from '../mail/read-activity.ts';
import type { Sentence } from '../mail/sentences.ts';
import type { Contact } from '../workspace/workspace-schema.ts';
import { activityRef, bodySpan, type DealEvidence, daysHavePassed, sentenceSpan } from './deal-evidence.ts';
import { quietAllowance } from './engagement.ts';
import { isConversation } from './reply-reading.ts';
import { hasCue } from './sentence-cues.ts';
import type { StakeholderSignal } from './signal-schema.ts';

const KEY_ROLES = new Set(['champion', 'economic_buyer', 'decision_maker']);
const LATE_STAGE = /proposal|negotiat|contract|legal|closing|commit|quote/i;
/** The writer steps off the deal but stays at the company. */
export const HANDOFF =
  /\b(?:(?:i've|i have|i) (?:moved|changed|switched) (?:to (?:a )?(?:new|different) (?:role|team|position|department)|roles|teams|jobs)|i(?:'m| am) (?:no longer|not) (?:on|working on|involved (?:in|with)|responsible for|the right person for|leading|running) (?:this|the)|(?:handing|hand) (?:this|you|things) (?:over|off) to|(?:will be|is) taking over (?:from me|this|the project)|going forward,? please (?:work|deal|liaise) with|please (?:work|deal|liaise) with (?:my colleague|[a-z]+) (?:going forward|from now on))\b/;

/** The writer is leaving the company: "I've accepted a role elsewhere", "my last day here is the 26th". */
export const LEAVING_MYSELF =
  /\b(?:i(?:'ve| have)? (?:accepted|taken|been offered and accepted) (?:a |an )?(?:new )?(?:role|job|position|offer) (?:elsewhere|outside|at another|with another)|i(?:'m| am| will be|'ll be) leaving (?:the company|the business|the firm|the organi[sz]ation)|my last day (?:here |at [a-z]+ |in the office )?(?:is|will be)|i(?:'ve| have) (?:resigned|handed in my notice)|i(?:'m| am) (?:moving on|serving (?:my )?notice|on (?:my )?notice)|i(?:'m| am) (?:off|heading off) to (?:a new|pastures new|join))/;

const LEFT_MENTION =
  /\b(?:has left|have left|left the company|left the business|is no longer (?:with|at|here|part of)|no longer works|moved on|has moved on|departed|is leaving|last day (?:is|was)|has resigned|resigned|retired|went on leave|is on (?:long-term|extended|parental|maternity|paternity|medical) leave)\b/;

type Departure = {
  contact?: Contact;
  email: string;
  change: 'left_company' | 'bounced' | 'handed_off';
  at?: number;
  evidence?: StakeholderSignal['span'];
  activityId?: string;
};

function lastOutboundBefore(e: DealEvidence, bounce: ReadActivity): ReadActivity | undefined {
  let found: ReadActivity | undefined;
  for (const r of e.accountTimeline) {
    if (r.at > bounce.at) break;
    if (!isOurEmailToCustomer(r)) continue;
    if (bounce.activity.threadId && r.activity.threadId !== bounce.activity.threadId && found) continue;
    found = r;
  }
  return found;
}

function departures(e: DealEvidence): Departure[] {
  const found = new Map<string, Departure>();
  const add = (d: Departure) => {
    const prev = found.get(d.email);
    if (!prev || (prev.at === undefined && d.at !== undefined)) found.set(d.email, d);
  };
  for (const c of e.contacts) {
    if (c.status === 'left_company' || c.status === 'bounced')
      add({ contact: c, email: c.email.toLowerCase(), change: c.status });
  }
  const byFirstName = new Map<string, Contact>();
  for (const c of e.contacts) {
    const first = c.name.split(/\s+/)[0]?.toLowerCase();
    if (first && first.length > 2) byFirstName.set(first, c);
  }
  for (const r of e.accountTimeline) {
    const auto = r.automated;
    if (auto?.kind === 'bounce') {
      let failed = auto.failedRecipients;
      if (failed.length === 0)
        failed = lastOutboundBefore(e, r)?.recipients.filter((a) => e.contactsByEmail.has(a)) ?? [];
      for (const email of failed) {
        const contact = e.contactsByEmail.get(email);
        if (!contact) continue;
        add({
          contact,
          email,
          change: 'bounced',
          at: r.at,
          evidence: bodySpan(r, auto.evidence.start, auto.evidence.end),
          activityId: r.activity.id,
        });
      }
    } else if (auto?.kind === 'departed' && r.from) {
      const contact = e.contactsByEmail.get(r.from);
      add({
        ...(contact ? { contact } : {}),
        email: r.from,
        change: 'left_company',
        at: r.at,
        evidence: bodySpan(r, auto.evidence.start, auto.evidence.end),
        activityId: r.activity.id,
      });
    } else if (!auto && (isCustomerWriting(r) || r.activity.type !== 'email')) {
      // The writer speaks of themself: "I've moved to a new role; please work with Priya" (off the deal) or
      // "My last day here is 26 June" (going, whoever takes over).
      const writer = isCustomerWriting(r) ? r.from : undefined;
      const own = (change: 'handed_off' | 'left_company', sentence: Sentence | undefined) => {
        if (!writer || !sentence) return;
        const contact = e.contactsByEmail.get(writer);
        add({
          ...(contact ? { contact } : {}),
          email: writer,
          change,
          at: r.at,
          evidence: sentenceSpan(r, sentence),
          activityId: r.activity.id,
        });
      };
      if (writer) {
        own(
          'handed_off',
          r.sentences.find((s) => HANDOFF.test(s.lower)),
        );
        own(
          'left_company',
          r.sentences.find((s) => hasCue(s, 'departure') && LEAVING_MYSELF.test(s.lower)),
        );
      }
      // "Sol has left the company; I'm taking over" names a colleague who left.
      for (const s of r.sentences) {
        if (!hasCue(s, 'departure') || !LEFT_MENTION.test(s.lower)) continue;
        for (const [first, contact] of byFirstName) {
          if (contact.email.toLowerCase() === r.from) continue;
          if (new RegExp(`\\b${first}\\b`).test(s.lower)) {
            add({
              contact,
              email: contact.email.toLowerCase(),
              change: 'left_company',
              at: r.at,
              evidence: sentenceSpan(r, s),
              activityId: r.activity.id,
            });
          }
        }
      }
    }
  }
  return [...found.values()];
}

/** People on the customer's side who wrote to us on this deal, with the last time each did. */
function customerVoices(e: DealEvidence): Map<string, number> {
  const voices = new Map<string, number>();
  for (const r of e.timeline) if (isCustomerWriting(r) && r.from) voices.set(r.from, r.at);
  return voices;
}

/** The customer we wrote to most on this deal: the one who matters even without a role in the CRM. */
function mainCorrespondent(e: DealEvidence): string | undefined {
  const counts = new Map<string, number>();
  for (const r of e.timeline) {
    if (isOurEmailToCustomer(r))
      for (const a of r.recipients) if (e.contactsByEmail.has(a)) counts.set(a, (counts.get(a) ?? 0) + 1);
    if (isCustomerWriting(r) && r.from) counts.set(r.from, (counts.get(r.from) ?? 0) + 1);
  }
  let best: string | undefined;
  let n = 0;
  for (const [a, c] of counts) if (c > n) [best, n] = [a, c];
  return best;
}

export function extractStakeholders(e: DealEvidence): StakeholderSignal[] {
  const out: StakeholderSignal[] = [];
  const voices = customerVoices(e);
  const main = mainCorrespondent(e);
  const quietDays = e.config.riskMemoryDays;
  for (const d of departures(e)) {
    const key = (d.contact?.role !== undefined && KEY_ROLES.has(d.contact.role)) || d.email === main;
    const replacedBy: string[] = [];
    for (const [who, last] of voices) {
      if (who === d.email) continue;
      // Someone else engaged after the departure (or recently, when we do not know when it happened).
      const engagedSince = d.at !== undefined ? last > d.at : !daysHavePassed(e, last, quietDays);
      if (engagedSince) replacedBy.push(who);
    }
    out.push({
      kind: 'stakeholder',
      change: d.change,
      ...(d.contact ? { contactId: d.contact.id, name: d.contact.name } : {}),
      email: d.email,
      ...(d.contact?.role ? { role: d.contact.role } : {}),
      key,
      ...(d.at !== undefined ? { at: new Date(d.at).toISOString() } : {}),
      replacedBy,
      refs: [
        ...(d.activityId ? [{ type: 'activity' as const, id: d.activityId }] : []),
        ...(d.contact ? [{ type: 'contact' as const, id: d.contact.id, field: 'status' }] : []),
      ],
      ...(d.evidence ? { span: d.evidence } : {}),
    });
  }
  const gone = new Set(out.map((s) => s.email));
  const champion = e.contacts.find((c) => c.role === 'champion' && !gone.has(c.email.toLowerCase()));
  if (champion) {
    const email = champion.email.toLowerCase();
    const lastHeard = voices.get(email) ?? Number.NEGATIVE_INFINITY;
    let touches = 0;
    let lastTouch: ReadActivity | undefined;
    for (const r of e.timeline) {
      if (r.at > lastHeard && isOurEmailToCustomer(r) && r.recipients.includes(email)) {
        touches += 1;
        lastTouch = r;
      }
      if (r.at > lastHeard && isConversation(r, e.gate)) touches = 0;
    }
    const others = e.contacts.filter((c) => c.id !== champion.id && (c.status ?? 'active') === 'active');
    const firstAsk = e.timeline.find(
      (r) => r.at > lastHeard && isOurEmailToCustomer(r) && r.recipients.includes(email),
    );
    const silentSince = Number.isFinite(lastHeard) ? lastHeard : (firstAsk?.at ?? Number.POSITIVE_INFINITY);
    const longSilence = Number.isFinite(silentSince) && daysHavePassed(e, silentSince, quietAllowance(e));
    if (touches >= e.config.unansweredTouchesForSilence && lastTouch && others.length > 0 && longSilence) {
      out.push({
        kind: 'stakeholder',
        change: 'went_silent',
        contactId: champion.id,
        email,
        name: champion.name,
        role: 'champion',
        key: true,
        at: lastTouch.activity.occurredAt,
        replacedBy: [...voices.keys()].filter((v) => v !== email && (voices.get(v) ?? 0) > lastHeard),
        refs: [activityRef(lastTouch), { type: 'contact', id: champion.id }],
      });
    }
  }
  const stage = e.opportunity.stage;
  if (voices.size === 1 && LATE_STAGE.test(stage)) {
    const [only] = voices.keys();
    const contact = only ? e.contactsByEmail.get(only) : undefined;
    out.push({
      kind: 'stakeholder',
      change: 'single_threaded',
      ...(contact ? { contactId: contact.id, name: contact.name } : {}),
      ...(only ? { email: only } : {}),
      key: false,
      replacedBy: [],
      refs: contact ? [{ type: 'contact', id: contact.id }] : [{ type: 'opportunity', id: e.opportunity.id }],
    });
  }
  return out;
}
