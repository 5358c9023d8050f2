/** How people promise things in mail: "I'll send…", "you'll have it by…", "expect their redlines in…", "proposal to follow". */

// Verbs of delivering something or coming back with an answer. Kept broad: a date or a deliverable must also be present.
const VERB =
  '(?:send|resend|re-send|share|get|have|put together|pull together|prepare|draft|write up|write|follow up|follow-up|circle back|get back|come back|revert|confirm|check|double-check|find out|loop back|loop in|deliver|provide|forward|email|e-mail|set up|setup|schedule|book|walk (?:you|them|him|her) through|turn (?:it|this|that|them) around|turn around|finali[sz]e|update|revise|rework|run|pass along|ship|reply|respond|answer|look into|dig into|dig out|dig up|hunt down|track down|fish out|pull up|review|sign|return|countersign|call|ring|reach out|touch base|ping|work up|put|drop|issue|generate|compile|give|arrange|organi[sz]e|sort out|nail down|connect|introduce|intro|raise|escalate|talk to|speak (?:to|with)|ask|run (?:it|this|that|them) by|submit|upload|post|publish|extend|activate|enable|provision|create|build|finish|complete|wrap up|decide|approve|make a decision|come to a decision|let you know|get you|get it|get them|have it|have them|circle round|follow through)';
const SOFTENERS =
  '(?:\\s+(?:also|definitely|certainly|absolutely|surely|still|just|then|gladly|happily|personally|quickly|promptly|try to|make sure to|be sure to|be able to|get around to|need to|have to|want to|aim to|look to|plan to|hopefully|now|first|next|both|all|go ahead and|be happy to|be glad to))*';

/** "I'll send", "we will get back", "I'm going to put together", "we plan to confirm". Groups: modal, verb. */
export const FIRST_PERSON_PROMISE = new RegExp(
  `\\b(?:i|we)('ll|'d| will| shall| am going to|'m going to| are going to|'re going to|'m gonna| am gonna|'re gonna| plan to| am planning to|'m planning to| are planning to|'re planning to| intend to| aim to| expect to| hope to|'m hoping to| am hoping to|'re hoping to| are hoping to| promise to| commit to| should be able to| will be able to|'ll be able to| can| could)${SOFTENERS}\\s+(${VERB})\\b`,
);
/** "I'm sending it over", "we're putting together the SOW". */
export const FIRST_PERSON_PROGRESSIVE =
  /\b(?:i|we)(?:'m| am|'re| are)\s+(?:currently\s+|now\s+|still\s+)?(sending|putting together|pulling together|preparing|drafting|working on|finali[sz]ing|writing up|updating|revising|reworking|turning around|wrapping up|finishing)\b/;
/** Subjectless notes and replies: "Will send Friday.", "Promised to send pricing by Thursday." */
export const SUBJECTLESS_PROMISE = new RegExp(
  `(?:^(?:(?:ok|okay|sure|yes|absolutely|of course|no problem|will do|happy to|glad to|sounds good|thanks|thank you|great|perfect|noted|understood|got it)\\b[^.!?]{0,25}?[,.!:-]+\\s*)?|\\b(?:and|then|so)\\s+)(?:will|'ll|shall|promised to|committed to|agreed to|going to|gonna|plan to|planning to|need to|to)\\s+(${VERB})\\b`,
);
/** Words that make a promise one to come back rather than to deliver ("put it in my calendar and come back to you"). */
export const FOLLOW_UP_WORDS =
  /\b(?:come back|get back|check in|check back|reach out|follow up|touch base|circle back|reconnect|pick (?:this|it) (?:back )?up|talk again|speak again)\b/;
/**
 * "Let me check with product and get back to you", "let me see what I can do and revert by Thursday": the promise
 * may sit in a verb joined to the first ("let me know" asks; it does not promise).
 */
export const LET_ME = new RegExp(`\\blet me\\s+(?!know\\b)(?:[^.?!]{0,80}?\\b(?:and|then)\\s+)?(${VERB})\\b`);
/** The writer promises the reader will receive something: "you'll have it by Friday", "you should hear from us". */
export const YOU_WILL_HAVE =
  /\byou(?:'ll| will| should| can expect to| are going to|'re going to)\s+(?:(?:definitely|certainly|also|then)\s+)?(have|get|receive|see|hear)\b/;
/** "Expect their redlines in about three weeks", "expect it by Friday", "look out for the invite". */
export const EXPECT_IT =
  /\b(?:expect|look out for|watch for|keep an eye out for|you can expect)\s+(?:(?:it|them|the|a|an|our|my|their|his|her|to hear|to receive|to see|to get|to have|feedback|redlines|comments|an answer|a decision|a response|a reply|a signed|signature|the signed)\b)/;
/** Passive: "the proposal will be in your inbox by Monday", "it should be ready Friday". */
export const WILL_BE_READY =
  /\b((?:it|they|this|that|these|those|(?:the|our|your|a|an) [a-z0-9-]+(?: [a-z0-9-]+){0,2}|[a-z0-9-]+(?: [a-z0-9-]+){0,1}))\s+(?:will|'ll|should|is going to|are going to|is expected to|are expected to)\s+be\s+(?:in your inbox|with you|ready|sent|over|out|done|finali[sz]ed|available|signed|approved|completed|complete|back|live|on its way|shared|set up|enabled|activated|provisioned|delivered)\b/;
/** The fixed tails of the subject-first patterns: found first, so the broad subject part runs on a short slice. */
export const WILL_BE_READY_TAIL =
  /\b(?:will|'ll|should|is going to|are going to|is expected to|are expected to)\s+be\s+(?:in your inbox|with you|ready|sent|over|out|done|finali[sz]ed|available|signed|approved|completed|complete|back|live|on its way|shared|set up|enabled|activated|provisioned|delivered)\b/;
export const TO_FOLLOW_TAIL =
  /\b(?:to follow(?![\s-]up)|will follow(?![\s-]up)|coming your way|headed your way|on its way|on their way|on the way to you)\b/;

/** "I'm on it: the SOC 2 report in three days." The promise is in what follows. */
export const ON_IT =
  /\b(?:i'm|i am|we're|we are)\s+(?:on it|on this|on that|all over it|working on it)\b\s*[:,-]?/;
/** "Proposal to follow", "coming your way". */
export const TO_FOLLOW =
  /\b((?:the |our |an? |your |my )?[a-z0-9-]+(?: [a-z0-9-]+){0,2}?)\s+(?:is |are |will be )?(?:to follow(?![\s-]up)|will follow(?![\s-]up)|coming your way|headed your way|on its way|on their way|on the way to you)\b/;
/** "I've made a note to follow up then", "I've set a reminder to check in on the 9th". */
export const NOTED_TO = new RegExp(
  `\\b(?:i|we)(?:'ve| have)?\\s+(?:made a note|set (?:a|myself a) reminder|noted|put (?:it|a reminder|a note) in (?:my|the|our) calendar|blocked (?:time|the date))\\s+(?:to\\s+)?(${VERB})\\b`,
);
/** "I can't send it before Monday": a postponement is still a promise, dated at the end of the wait. */
export const NOT_UNTIL = new RegExp(
  `\\b(?:i|we)\\s+(?:won't|will not|can't|cannot|can not|wouldn't)\\s+(?:be able to\\s+)?(${VERB})\\b[^.?!]*\\b(?:until|till|before)\\b`,
);
/** Someone else on the writer's side: "our legal team will send", "legal expects to finish", "Nina will send the PO". */
export const THIRD_PARTY_PROMISE = new RegExp(
  `\\b(?:they|he|she|legal|procurement|finance|security|purchasing|accounting|our [a-z]+(?: [a-z]+)?|the [a-z]+ team|the (?:cfo|ceo|cto|cio|coo|vp|board|committee|lawyers?)|my (?:boss|manager|team|colleague|cfo|ceo|cto))(?:'ll|'d| will| should| would| plan to| plans to| expects? to| expect to| aims? to| hopes? to| intends? to| is going to| are going to|'s going to|'re going to| said (?:they|he|she)(?:'d| would| will|'ll))${SOFTENERS}\\s+(${VERB}|be done|be finished|have (?:it|them|an answer|a decision|feedback|comments|redlines)|get back)\\b`,
);
/** "Hank said he'd send the signed order form": reported in our own mail or notes. */
export const REPORTED_PROMISE = new RegExp(
  `\\b(?:said|says|mentioned|told (?:me|us)|promised|confirmed|committed|agreed)\\s+(?:that\\s+)?(?:they|he|she|[a-z]+)(?:'d| would| will|'ll)\\s+(${VERB})\\b`,
);

/** Conditional on the customer ("once you confirm"): not ours to keep until they act. */
export const CONTINGENT_ON_CUSTOMER =
  /\b(?:once|when|after|as soon as|if)\s+(?:you|your|we hear from you|we get your|i get your|i hear back from you)\b/;

/** Offers and hedges that are not promises ("happy to send if useful", "I could send"). */
export const OFFER =
  /\b(?:happy to|glad to|can|could|would)\b[^.?!]*\b(?:if (?:you|useful|helpful|that helps|needed|you'd like|you want)|should you|let me know)\b/;

/** Promises to come back rather than to deliver something. */
export const FOLLOW_UP_VERB =
  /^(?:follow up|follow-up|circle back|circle round|touch base|reach out|ping|call|ring|check|check in|loop back|connect|talk to|speak (?:to|with)|come back|get back)$/;

/** Things people promise to send. A promise names one of these, or a date, to count. */
export const DELIVERABLE =
  /\b(?:proposal|quote|quotation|pricing|prices|price|numbers|estimate|order form|contract|msa|sow|statement of work|agreement|redlines?|terms|invoice|deck|slides|presentation|recording|recap|summary|notes|case stud(?:y|ies)|references?|documentation|docs?|document|spec(?:ification)?s?|whitepaper|questionnaire|soc ?2|pen ?test|dpa|answers?|details|info|information|update|trial|sandbox|logins?|credentials|access|roi|business case|timeline|plan|roadmap|draft|version|options|breakdown|comparison|samples?|link|invite|agenda|po|purchase order|signature|sign-?off|approval|decision|feedback|comments|paperwork|forms?|report|analysis|review|demo|walkthrough|overview|one-pager|brief|checklist|template|renewal|security review)\b/;

/** Modals that only promise when a date comes with them ("I could send it Friday" yes, "I could send it" no). */
export const WEAK_MODAL =
  /^(?:'d| can| could| hope to|'m hoping to| am hoping to|'re hoping to| are hoping to| expect to)$/;

/**
 * Action items in meeting notes and call logs: "Dan to send the migration plan by Friday", "Paul will line up IT".
 * Read only in our own records, where a line that starts with a person's name assigns the work to them.
 */
export const ACTION_ITEM = new RegExp(
  `^(?:(?:next steps?|actions?|action items?|todo|to-do|owner)\\s*[:-]\\s*)?([a-z][a-z'-]+)(?: [a-z][a-z'-]+)?\\s+(?:to|will|'ll|agreed to|promised to|committed to)${SOFTENERS}\\s+(${VERB})\\b`,
);
/** Words that start a sentence but never name the person an action item is assigned to. */
export const NOT_A_NAME =
  /^(?:i|we|you|they|he|she|it|this|that|these|those|there|here|the|a|an|our|their|his|her|my|your|need|needs|plan|plans|going|want|wants|nothing|everything|something|who|what|how|when|why|next|also|and|then|so|but|happy|glad|time|hard|easy|hope)$/;
