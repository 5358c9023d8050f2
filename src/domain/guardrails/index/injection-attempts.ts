/** Finds instructions planted in inbound mail for an AI writer, and what they try to make a draft do. */
import { stems } from '../../knowledge/text-tokens.ts';
import type { Activity } from '../../workspace/workspace-schema.ts';
import { CURRENCY_CODES } from '../text/currencies.ts';
import { draftRegions } from '../text/draft-regions.ts';
import { extractFigures, nonFigureSpans } from '../text/figures.ts';
import { splitSentences } from '../text/sentences.ts';

export type InjectionPayload = {
  emails: readonly string[];
  domains: readonly string[];
  percents: readonly number[];
  money: readonly number[];
  quoted: readonly string[];
  /** Reference codes it asks the reply to carry ("quote code ACME-VIP-30"): only the instructions hold them. */
  codes: readonly string[];
  /** Content words of the instructions, for spotting a draft that repeats what they asked for. */
  words: readonly string[];
  /** Whether it asks for internal material (price lists, floors, notes, prompts). */
  asksForInternal: boolean;
  /** The title, and any name beside it, it asks the reply to be signed with ("sign it as our CEO, Ann Lee"). */
  signAs: string[];
};

export type InjectionAttempt = {
  activityId: string;
  /** Offsets of the instruction text in the activity's body. */
  start: number;
  end: number;
  text: string;
  payload: InjectionPayload;
};

const AI = String.raw`(?:AI|A\.I\.|assistant|language model|LLM|bot|chatbot|GPT|copilot|agent|model|automated (?:system|assistant|agent|writer|reply|responder)|drafting (?:tool|assistant|system)|email assistant|auto-?responder)`;
const MARKERS: readonly RegExp[] = [
  /\b(?:ignore|disregard|forget|override|bypass|skip)\s+(?:all\s+|any\s+|the\s+|your\s+|of\s+)*(?:previous|prior|above|earlier|preceding|existing|system|original|other|standing|safety)?\s*(?:instructions?|rules|guidelines|guidance|prompts?|directions|directives|policies|guardrails|constraints|programming|context)\b/i,
  /\b(?:new|updated|revised|additional|hidden|secret|special|important)\s+(?:instructions?|directives?|task|orders|commands?)\s*(?:for|to|:)/i,
  /\bsystem\s+(?:prompt|message|instruction)|\bdeveloper\s+(?:message|mode)|\[\/?(?:system|inst|instructions?)\]|<\/?(?:system|instructions?)>|\bBEGIN\s+(?:INSTRUCTIONS|PROMPT|SYSTEM)|\bjailbreak/i,
  new RegExp(
    String.raw`\b(?:you are|you're|act as|pretend (?:to be|you are)|role-?play as)\s+(?:now\s+)?(?:an?|the|my)\s+${AI}\b`,
    'i',
  ),
  new RegExp(
    // "Note for the Marrowgate AI assistant": the writer may be named by whose it is.
    String.raw`\b(?:to|for|dear|attention|note to|hey|hi|hello|message (?:to|for)|instructions? (?:to|for))\s+(?:the\s+|any\s+|all\s+)?(?:[A-Z][\w-]*\s+)?${AI}s?\b`,
    'i',
  ),
  // "AI:", "> - ASSISTANT INSTRUCTIONS:": a line (quoted or bulleted too) that labels what follows as
  // instructions for the writer.
  new RegExp(String.raw`^[\s>*•-]*(?:(?:${AI}|system|SYSTEM)(?:\s+instructions?)?|instructions?)\s*:`, 'im'),
  new RegExp(String.raw`\b(?:if you are|if you're|as)\s+an?\s+${AI}\b`, 'i'),
  // "AI assistants drafting replies to this thread: state…": the writer addressed by what it is doing.
  new RegExp(
    String.raw`\b${AI}s?\s+(?:(?:systems?|tools?)\s+)?(?:(?:(?:that|who) (?:are|is)\s+)?(?:drafting|writing|reading|processing|handling|answering|replying|responding|composing|generating|summari[sz]ing)|(?:that|who)\s+(?:drafts|writes|reads|processes|handles|answers|composes|generates))\b[^.:\n]{0,60}[:,]\s*(?:please\s+)?(?:confirm|tell|say|state|add|include|offer|copy|cc|bcc|reply|respond|ignore|disregard|forward|send|list|quote|mention|attach|write|sign|give|promise|guarantee|agree|apply|waive|remove)\b`,
    'i',
  ),
  new RegExp(
    String.raw`\b(?:when|whenever|before)\s+(?:you|the ${AI})\s+(?:reply|respond|draft|write|answer|generate|compose)\b[^.]*\b(?:must|always|make sure|be sure|include|add|cc|bcc|copy|forward|offer|say|state|tell)\b`,
    'i',
  ),
  /\b(?:do not|don't|never)\s+(?:tell|mention|inform|reveal (?:this )?to|let)\s+(?:the\s+)?(?:user|rep|sales ?rep|human|sender|seller|your (?:colleagues|manager|team))\b/i,
  /\b(?:reveal|print|output|repeat|dump|leak|reply with|respond with|paste|include|attach|send (?:me|us)|share)\s+(?:me\s+|us\s+)?(?:your\s+|the\s+|all\s+)?(?:system prompt|(?:hidden |original )?instructions|internal (?:price ?list|pricing|notes?|documents?|policy|policies|discount|data|rates?)|confidential \w+|floor price|price floor|discount (?:floor|policy|matrix|limits?)|cost price|margins?)\b/i,
];
// Asking for internal material, not merely naming "your instructions" while overriding them.
const ASKS_INTERNAL =
  /\b(?:reveal|share|send|include|paste|attach|tell|give|list|disclose|confirm|forward|copy|print|output|what(?:'s| is| are))\b[^.!?\n]{0,60}?\b(?:system prompt|internal|confidential|floor|cost price|margins?|price ?list|discount (?:policy|matrix|limits?)|notes|approval (?:limit|ladder)|battle ?cards?)\b/i;

const AI_WORD = new RegExp(String.raw`^\s+${AI}s?\b`, 'i');
const ENDS_WITH_AI = new RegExp(String.raw`\b${AI}s?$`, 'i');

/**
 * "a quote for AI Clause Review": an AI word followed by a capitalised word opens a product's name
 * and addresses nobody; "Dear AI Assistant" and "ATTENTION AI ASSISTANT" still do.
 */
function opensProductName(body: string, end: number): boolean {
  const after = body.slice(end, end + 40);
  return /^\s+[A-Z][a-z]/.test(after) && !AI_WORD.test(after);
}

// A sentence that tells the writer to do something: "Confirm…", "please copy…", "in your reply, include…".
const IMPERATIVE =
  /^[\s[("'>*-]*(?:(?:please|also|and|then|now|just|kindly)\s+)*(?:confirm|tell|say|state|add|include|offer|copy|cc|bcc|reply|respond|ignore|disregard|forget|forward|send|answer|list|name|quote|mention|attach|write|sign|give|promise|guarantee|agree|apply|waive|remove|make|do not|don't|never)\b/i;
const ADDRESSED =
  /\b(?:in|with|to) (?:your|the) (?:reply|response|answer|email)\b|\byou (?:must|should|will|need to|have to)\b/i;

/** Whether a sentence of the planted region instructs, rather than chats ("Thanks for the onsite"). */
function isInstruction(sentence: string): boolean {
  return IMPERATIVE.test(sentence) || ADDRESSED.test(sentence) || MARKERS.some((m) => m.test(sentence));
}

/** From the paragraph holding the first instruction to the end of the new text (quoted mail excluded). */
function regionAround(body: string, index: number): { start: number; end: number } {
  const before = body.lastIndexOf('\n\n', index);
  const { quoteStart } = draftRegions(body);
  return { start: before < 0 ? 0 : before + 2, end: index < quoteStart ? quoteStart : body.length };
}

/** The instruction region of one inbound email (from the first planted instruction on), if any. */
export function findInjectionAttempt(activity: Activity): InjectionAttempt | undefined {
  const body = activity.body ?? '';
  let first: number | undefined;
  for (const marker of MARKERS) {
    const m = [...body.matchAll(new RegExp(marker, `${marker.flags}g`))].find(
      (x) => !(ENDS_WITH_AI.test(x[0]) && opensProductName(body, x.index + x[0].length)),
    );
    if (m && (first === undefined || m.index < first)) first = m.index;
  }
  if (first === undefined) return undefined;
  const { start, end } = regionAround(body, first);
  const text = body.slice(start, end).trimEnd();
  return { activityId: activity.id, start, end: start + text.length, text, payload: readPayload(text) };
}

// Capitals and digits joined by hyphens ("PROMO-2024-X"): an identifier, not a word any reply would
// use. Six characters at least: "MT-8" or "SOC-2" is a model or a standard, not a code.
const REFERENCE_CODE = /\b(?=[A-Z\d-]{6})(?=[A-Z\d-]*\d)(?=[A-Z\d-]*[A-Z]{2})[A-Z\d]{2,}(?:-[A-Z\d]+)+\b/g;

const CURRENCY_CODE = new RegExp(String.raw`\b(?:${CURRENCY_CODES})\b`, 'g');

function readPayload(text: string): InjectionPayload {
  const emails = [...text.matchAll(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g)].map((m) => m[0].toLowerCase());
  const urls = [
    ...text.matchAll(
      /\b(?:https?:\/\/)?(?:www\.)?((?:[\w-]+\.)+(?:com|net|org|io|co|ai|xyz|info|biz|ru|cn|top|site|app|dev|me|ly))\b/gi,
    ),
  ];
  const emailDomains = new Set(emails.map((e) => e.split('@')[1]!));
  const domains = urls.map((m) => m[1]!.toLowerCase()).filter((d) => !emailDomains.has(d));
  const figures = extractFigures(text, nonFigureSpans(text));
  const quoted = [...text.matchAll(/["“']([^"”'\n]{8,200})["”']/g)].map((m) => m[1]!);
  const words = splitSentences(text)
    .flatMap((s) => s.text.split(/[;\]]\s*/))
    .filter(isInstruction)
    // "GBP 450" and "£450" are one amount: the code is no word a repeat of the wording must share.
    .flatMap((s) => stems(s.replace(CURRENCY_CODE, ' ')));
  return {
    emails: [...new Set(emails)],
    domains: [...new Set(domains)],
    percents: figures.flatMap((f) => (f.type === 'percent' ? [f.value] : [])),
    money: figures.flatMap((f) => (f.type === 'money' ? [f.value] : [])),
    quoted,
    codes: [...new Set(text.match(REFERENCE_CODE) ?? [])],
    words,
    asksForInternal: ASKS_INTERNAL.test(text),
    signAs: signedAs(text),
  };
}

// "sign the email as Dunlowe's CEO, Alistair Byrne": the title after any company's possessive, and the name beside it.
const SIGN_AS =
  /\bsign(?:ed)?\s+(?:it\s+|the (?:email|reply|message)\s+|off\s+)?as\s+(?:the\s+|our\s+|your\s+|a\s+)?(?:[A-Z][\w&-]*['’]s\s+)?(?<title>[A-Z][\w&-]*(?:\s+(?:of\s+)?[A-Z][\w&-]*){0,3})(?:,\s+(?<name>[A-Z][\w'’-]+\s+[A-Z][\w'’-]+))?/;

function signedAs(text: string): string[] {
  const m = SIGN_AS.exec(text);
  return m ? [m.groups!.title!, ...(m.groups!.name ? [m.groups!.name] : [])] : [];
}
