import { describe, expect, it } from 'vitest';
import { plansOf, readMeasures, stemsNear } from './measures.ts';

const citation = { source: 'chunk' as const, id: 'd#1', label: 'd#1' };
const at = (text: string, name: string, sku: string) => {
  const start = text.indexOf(name);
  return { sku, start, end: start + name.length };
};

describe('documented quantities', () => {
  it('gives a number to the plans named after it, or to those joined before it', () => {
    const text = 'Harbour and Ocean crews can log up to 40 voyages; 5 on Dinghy.';
    const mentions = [at(text, 'Harbour', 'H'), at(text, 'Ocean', 'O'), at(text, 'Dinghy', 'D')];
    expect(plansOf(text, mentions, text.indexOf('40'), text.indexOf('40') + 2)).toEqual(['H', 'O']);
    expect(plansOf(text, mentions, text.indexOf('5 '), text.indexOf('5 ') + 1)).toEqual(['D']);
  });

  it('keeps the words near each number, and the heading, as what it measures', () => {
    const text = 'Ocean: Voyage logs kept: 3 years.';
    const [m] = readMeasures(text, 'Retention', [at(text, 'Ocean', 'O')], citation);
    expect(m).toMatchObject({ kind: 'duration', value: 1080, plans: ['O'] });
    expect([...(m?.stems ?? [])].sort()).toEqual(['keep', 'log', 'retention', 'voyag']);
  });

  it('gives a table row’s label to every plan’s cell, even one whose first word names a product', () => {
    const text = 'Dock slots: Harbour: 4; Ocean: 12; Fleet: 30.';
    const mentions = [
      at(text, 'Dock', 'DOCK-ADDON'),
      at(text, 'Harbour', 'H'),
      at(text, 'Ocean', 'O'),
      at(text, 'Fleet', 'F'),
    ];
    const measures = readMeasures(text, 'Limits', mentions, citation);
    expect(measures.map((m) => m.plans)).toEqual([['H'], ['O'], ['F']]);
    for (const m of measures) expect([...m.stems]).toEqual(expect.arrayContaining(['dock', 'slot']));
  });

  it('gives the label to each number a plan follows ("5 on Harbour, 50 on Ocean")', () => {
    const text = 'Dock slots: 4 on Harbour, 12 on Ocean, unlimited on Fleet.';
    const mentions = [at(text, 'Harbour', 'H'), at(text, 'Ocean', 'O'), at(text, 'Fleet', 'F')];
    const measures = readMeasures(text, 'Limits', mentions, citation);
    expect(measures.map((m) => m.plans)).toEqual([['H'], ['O']]);
    for (const m of measures) expect([...m.stems]).toEqual(expect.arrayContaining(['dock', 'slot']));
  });

  it('keeps a label to its own number when the sentence is no row of plan cells', () => {
    const text = 'Dock slots: 4 on Harbour, and Ocean adds 12 crane bookings.';
    const mentions = [at(text, 'Harbour', 'H'), at(text, 'Ocean', 'O')];
    const [, crane] = readMeasures(text, 'Limits', mentions, citation);
    expect(crane?.stems.has('dock')).toBe(false);
  });

  it('gives words in brackets only to a number in the same brackets', () => {
    const text = 'Ask for routing (escalation rules, Ocean) and checklists (up to 60 on Ocean).';
    const at = text.indexOf('60');
    const [near] = stemsNear(text, [{ start: at, end: at + 2 }]);
    expect(near?.has('checklist')).toBe(true);
    expect(near?.has('escalation')).toBe(false);
  });
});
