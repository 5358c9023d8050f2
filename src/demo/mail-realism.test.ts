/** Reads the generated mail like a person would: is it varied, and does it look like real clients and servers wrote it? */
import { describe, expect, it } from 'vitest';
import type { Activity } from '../domain/workspace/workspace-schema.ts';
import { generateDemoWorld } from './generate-demo-world.ts';
import { bounceFor } from './mail/bounces.ts';
import { createRng } from './random.ts';

const world = generateDemoWorld({ reps: 12, oppsPerRep: 100, seed: 21 });
const ws = world.workspace;
const BOUNCE_STYLES = [
  /RESOLVER\.ADR\.RecipientNotFound/,
  /\*\* Address not found \*\*/,
  /This is the mail system at host/,
  /This message was created automatically by mail delivery software/,
];
const mails = ws.activities.filter((a) => a.type === 'email' && a.body);
const bodies = mails.map((a) => a.body ?? '');

const personNames = new Set([...ws.users, ...ws.contacts].flatMap((p) => p.name.split(' ')));
const companies = ws.accounts.map((a) => a.name).sort((a, b) => b.length - a.length);
const SIGN_OFF =
  /^(Thanks|Best|Kind regards|Regards|Cheers|Many thanks|Thank you|Talk soon|All the best|Warm regards|Thx|BR|Best regards)[,!]?(\n|$)/;

/**
 * What a message says once everything that differs by person is taken out: quotes, greeting, sign-off, signature,
 * names, companies, addresses, numbers and dates. Two deals whose messages are equal here used the same template.
 */
function core(body: string): string {
  let text =
    body.split(/\n(?:On .*wrote:|________________________________|-----Original Message-----)/)[0] ?? '';
  for (const c of companies) if (text.includes(c)) text = text.split(c).join('<CO>');
  text = text
    .replace(/[\w.+-]+@[\w.-]+/g, '<EMAIL>')
    .replace(/\d+/g, '#')
    .replace(
      /\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/g,
      '<DATE>',
    )
    .replace(/[A-Z][a-z'-]+/g, (w) => (personNames.has(w) ? '<NAME>' : w));
  const kept: string[] = [];
  for (const [i, paragraph] of text.split('\n\n').entries()) {
    if (i === 0 && paragraph.split(' ').length <= 4 && /[,!-]$/.test(paragraph.trim())) continue;
    if (SIGN_OFF.test(paragraph) || /^- <NAME>/.test(paragraph) || /^(Sent from|Get Outlook)/.test(paragraph))
      break;
    kept.push(paragraph);
  }
  return kept.join('\n\n');
}

describe('generated mail', () => {
  it('rarely repeats itself: the last mail of deals in the same situation differs even with people taken out', () => {
    const byOpportunity = new Map<string, Activity>();
    for (const a of mails) if (a.opportunityId) byOpportunity.set(a.opportunityId, a);
    const bySituation = new Map<string, string[]>();
    for (const [opportunityId, mail] of byOpportunity) {
      const situation = world.situations.get(opportunityId) ?? '';
      bySituation.set(situation, [...(bySituation.get(situation) ?? []), mail.body ?? '']);
    }
    const shares: Record<string, number> = {};
    for (const [situation, list] of bySituation) {
      if (list.length < 30 || situation.startsWith('closed')) continue;
      expect(new Set(list).size / list.length).toBeGreaterThan(0.95);
      shares[situation] = new Set(list.map(core)).size / list.length;
    }
    expect(Object.keys(shares).length).toBeGreaterThan(15);
    // Named in the failure, so a situation whose wording collapses is easy to find.
    const tooUniform = Object.entries(shares).filter(([, share]) => share <= 0.45);
    expect(tooUniform).toEqual([]);
    const values = Object.values(shares);
    expect(values.reduce((s, v) => s + v, 0) / values.length).toBeGreaterThan(0.7);
  });

  it('quotes earlier mail in the styles of Gmail, Apple Mail, Outlook and older Outlook', () => {
    expect(
      bodies.some((b) => /\nOn \w{3}, \w{3} \d+, \d{4} at \d+:\d\d [AP]M .+ <.+> wrote:\n> /.test(b)),
    ).toBe(true);
    expect(bodies.some((b) => /\nOn \d+ \w{3} \d{4}, at \d\d:\d\d, .+ wrote:\n/.test(b))).toBe(true);
    expect(bodies.some((b) => /\n_{32}\nFrom: .+\nSent: .+\nTo: .+\nSubject: /.test(b))).toBe(true);
    expect(bodies.some((b) => /\n-----Original Message-----\nFrom: .+ \[mailto:.+\]\nSent: /.test(b))).toBe(
      true,
    );
  });

  it('has signatures with titles and phone numbers, legal disclaimers and mobile footers', () => {
    expect(bodies.some((b) => /\n(?:M|T|Direct|M:) ?\+?[\d(][\d ().-]{8,}/.test(b))).toBe(true);
    expect(bodies.some((b) => /CONFIDENTIALITY NOTICE|intended solely for the use/.test(b))).toBe(true);
    expect(bodies.some((b) => /\nSent from my iPhone/.test(b))).toBe(true);
  });

  it('has out-of-office replies with a return date, and bounces from more than one kind of mail server', () => {
    expect(
      mails.some(
        (a) =>
          /^(Automatic reply|Out of Office|Autoreply)/.test(a.subject ?? '') &&
          /(until|return|back) /.test(a.body ?? ''),
      ),
    ).toBe(true);
    const styles = BOUNCE_STYLES.filter((style) => bodies.some((b) => style.test(b)));
    expect(styles.length).toBeGreaterThanOrEqual(2);
  });

  it('writes bounces the way Exchange, Gmail, Postfix and Exim do', () => {
    const reports = Array.from(
      { length: 40 },
      (_, i) => bounceFor(createRng(`b${i}`), 'jane@acme.example', 'Proposal').body,
    );
    for (const style of BOUNCE_STYLES) expect(reports.some((b) => style.test(b))).toBe(true);
  });

  it('mentions the competitors that the battlecards cover', () => {
    const competitors = (ws.documents ?? [])
      .filter((d) => d.kind === 'battlecard')
      .map((d) => d.title.replace('Battlecard: ', ''));
    expect(competitors.length).toBeGreaterThanOrEqual(3);
    for (const name of competitors) expect(bodies.some((b) => b.includes(name))).toBe(true);
  });
});
