import { describe, expect, it } from 'vitest';
import { aDocument, aProduct, aWorld, check } from '../guard-test-factories.ts';

// An invented school-library service sold by the year on three plans, with a credit pack, one-off
// fees and an add-on beside them, and documents that gate features in tables, rows, FAQ answers and
// brackets.
const library = aWorld({
  products: [
    aProduct({
      sku: 'BF-SATCHEL',
      name: 'Satchel',
      listPrice: 3000,
      currency: 'EUR',
      unit: 'year',
      description: '',
    }),
    aProduct({
      sku: 'BF-SHELF',
      name: 'Shelf',
      listPrice: 7500,
      currency: 'EUR',
      unit: 'year',
      description: '',
    }),
    aProduct({
      sku: 'BF-ARCHIVE',
      name: 'Archive',
      listPrice: 16000,
      currency: 'EUR',
      unit: 'year',
      description: '',
    }),
    aProduct({
      sku: 'BF-SYNC',
      name: 'Reading-list sync add-on',
      listPrice: 900,
      currency: 'EUR',
      unit: 'year',
      description: 'Shelf and Archive',
    }),
    aProduct({
      sku: 'BF-PACK',
      name: 'Loan credit pack',
      listPrice: 400,
      currency: 'EUR',
      unit: 'pack',
      description: '',
    }),
    aProduct({
      sku: 'BF-SCAN',
      name: 'Barcode scanner',
      listPrice: 80,
      currency: 'EUR',
      unit: 'scanner',
      description: 'One-off',
    }),
    aProduct({
      sku: 'BF-SETUP',
      name: 'Setup service',
      listPrice: 1500,
      currency: 'EUR',
      unit: 'one-off',
      description: '',
    }),
  ],
  documents: [
    aDocument({
      id: 'bf-plans',
      title: 'Plans and features',
      kind: 'spec',
      body:
        '# Plans\n\n| | Satchel | Shelf | Archive |\n| --- | --- | --- | --- |\n' +
        '| Catalogue search and mobile app | ✓ | ✓ | ✓ |\n| Overdue reminders | ✓ | ✓ | ✓ |\n' +
        '| Inter-branch transfers | – | ✓ | ✓ |\n| SAML single sign-on | – | – | ✓ |\n| Sandbox library | – | – | ✓ |\n\n' +
        '## Hosting and assurance\n\n- Hosting: Dublin (default), Amsterdam, and Toronto (Archive only).\n' +
        '- A SOC 2 audit period is under way; there is no SOC 2 report yet.\n\n' +
        '## Support\n\n- Satchel: email support, weekdays 9:00 to 17:00.\n' +
        '- Shelf: phone and email, weekdays 8:00 to 18:00.\n- Archive: phone and email around the clock.\n\n' +
        '## Uptime\n\n- Satchel and Shelf: a 99.5% target; there are no service credits.\n' +
        '- Archive: service credits, 99.9% monthly uptime.\n\n' +
        '## In every edition\n\nOffline mode in the catalogue app, and overdue texts with a Loan credit pack.\n\n' +
        '| | Satchel | Shelf | Archive |\n| --- | --- | --- | --- |\n| EUR, billed yearly | 3,000 | 7,500 | 16,000 |\n\n' +
        '## Setup\n\n- Satchel: three weeks, remote.\n' +
        '- Shelf and Archive: five to seven weeks, including three on-site visits in your district.',
    }),
    aDocument({
      id: 'bf-faq',
      title: 'FAQ',
      kind: 'faq',
      body:
        '# FAQ\n\n**Which scanners can we use?** Anything that reads EAN-13 or QR codes on every plan, and RFID gates on Shelf and Archive.\n\n' +
        '**Is there a free plan?** No. There is a free 14-day pilot for one branch.\n\n' +
        '**Where does the pilot run?** The pilot is hosted in Dublin or Amsterdam.',
    }),
  ],
});
const run = (body: string) => check(body, { world: library });
const blocked = (body: string) =>
  run(body).findings.some((f) => f.severity === 'block' && f.kind === 'claim');

describe('plan gating read from rows, tables, FAQ answers and brackets', () => {
  it.each([
    // A feature ticked for every plan holds on every plan, whatever else the price book sells.
    'The mobile app comes with every plan, so librarians can check books out from the shelves.',
    // What a FAQ answer gives "every plan" before naming plans for the rest is every plan's.
    'QR codes work on every plan, so the stickers you already print are fine.',
    // "(Archive only)" limits the place it follows, not the whole list.
    'Shelf customers can be hosted in Amsterdam if your district prefers it.',
    // A row that starts with a figure gives values, not features: "three on-site visits" gates nothing.
    'Setup takes five to seven weeks and includes three on-site visits; on Satchel it is three weeks, remote.',
    // "free … on every plan" is no "free plan".
    'Overdue reminders are included free on every plan.',
    // The plan that labels a line, not its base, has what follows "plus".
    'Archive: everything in Shelf plus SAML single sign-on.',
    // The plan compared against is not the one said to have it.
    'The only things Archive adds over Shelf are SAML single sign-on and the sandbox library.',
    // "Above Satchel" speaks of Shelf and Archive.
    'Every plan above Satchel includes inter-branch transfers.',
    // A one-word feature used as a verb names no feature.
    "I'll phone you on Friday about the Satchel renewal.",
    // "Shelf: phone and email": a name made of everyday words holds where a row names one of them.
    'Shelf includes email support as well as phone support.',
    // A feature's word that only describes the rep's demo names no feature of a plan.
    "Once you're on Shelf, I'll set up a sandbox demo account for your librarians.",
    'There is no SOC 2 report yet; our audit period is under way.',
    'Shelf customers can add the Reading-list sync add-on.',
    'We can run the pilot in our Amsterdam region.',
    // A denial in a line labelled with plans is theirs: Archive still has service credits.
    'Archive includes service credits if uptime drops below 99.9%.',
    // What a section for every edition says holds for every plan, whatever product it names in passing.
    'Satchel includes offline mode in the catalogue app.',
    // A price column ("EUR, billed yearly") is no feature of the plans it prices.
    'The Loan credit pack costs EUR 400.',
    // "For all of them" after learners, readers or seats is not every plan.
    'The order covers Shelf for 900 readers, with the Reading-list sync add-on for all of them.',
    // "Live" set against testing is production data, not a real-time feature.
    'On Archive, the sandbox library lets you try changes before they touch live data.',
    // An add-on is said of the plan the sentence moves to.
    'You could start on Satchel and add the Reading-list sync add-on once you move to Shelf.',
  ])('passes a true statement of what a plan has: %s', (body) => {
    expect(run(body).findings.filter((f) => f.severity === 'block')).toEqual([]);
  });

  it.each([
    'Inter-branch transfers come with every plan.',
    'RFID gates work on every plan.',
    'Satchel includes inter-branch transfers.',
    'Satchel is a free plan for small schools.',
    'Shelf: everything in Satchel plus SAML single sign-on.',
    'Every plan above Satchel includes SAML single sign-on.',
    'What Shelf adds over Archive is the sandbox library.',
    'Satchel includes phone and email support.',
    'Shelf comes with a sandbox library for trying changes.',
    'We can send you our SOC 2 report this week.',
    'Satchel customers can add the Reading-list sync add-on.',
    'We can run the pilot in our Toronto region.',
    'Start on Satchel and add the Reading-list sync add-on; you can move to Shelf later.',
    'Satchel includes service credits.',
    'Inter-branch transfers are on all of them: Satchel, Shelf and Archive.',
    'Archive shows live data from every branch.',
  ])('still blocks a feature given where the documents do not: %s', (body) => {
    expect(blocked(body)).toBe(true);
  });
});

describe('what a capability verb claims', () => {
  it.each([
    // What follows "compared with" or "beyond" is the comparison, not something added.
    'Here is what Archive adds compared with your Shelf setup: SAML single sign-on and the sandbox library.',
    "Here's what Archive brings beyond Shelf: SAML single sign-on.",
    // A remark after a comma on what it means to the customer claims nothing more.
    'Archive includes SAML single sign-on, a relief for your IT desk.',
    'Shelf gives you inter-branch transfers, plenty for your two campuses.',
    // A demo the rep sets up, with made-up data in it, is no capability.
    "For the pilot we'll give you a test workspace with dummy loans already loaded.",
    // A topic label takes the stance of the line that answers it.
    '- SSO and SOC 2: Archive includes SAML single sign-on. There is no SOC 2 report yet.',
    // A refusal covers all its verb governs; a request reported is no offer.
    "I'm not able to accept terms without review or commit to a price freeze in this email.",
    'The note at the bottom of your mail asked for a price freeze; that is not something I can offer here.',
    // A bracket opens a subject of its own: "(one is included)".
    "With two branches you'd want one more scanner (one is included).",
    // What follows a denied capability verb is denied too.
    "Satchel doesn't include SAML single sign-on and the sandbox library isn't available on it.",
    // "a paper-free", "sandbox-free" say the thing is absent.
    "We'll run a sandbox-free rollout on Shelf, straight in your live catalogue.",
  ])('passes: %s', (body) => {
    expect(run(body).findings.filter((f) => f.severity === 'block')).toEqual([]);
  });

  it.each([
    'Archive adds holographic shelving maps compared with Shelf.',
    'Archive includes SAML single sign-on, holographic shelving and more.',
    "We'll give you a test workspace with holographic shelving maps.",
    '- SSO and SOC 2: Archive includes SAML single sign-on and a SOC 2 report.',
    "Satchel includes holographic shelving, and the sandbox library isn't available on it.",
    'We can commit to a price freeze on Shelf.',
  ])('blocks what the documents never state: %s', (body) => {
    expect(blocked(body)).toBe(true);
  });
});
