import { describe, expect, it } from 'vitest';
import { hasName, listedNames, lowerCaseWords } from './listed-names.ts';

const common = (() => {
  const words = new Set<string>();
  lowerCaseWords('no date has been committed; if you make that move, sync is on the roadmap', words);
  return (w: string) => words.has(w);
})();

describe('listedNames', () => {
  it('reads the runs of capitalised words a list item names', () => {
    expect(listedNames('- Google Workspace: no Gmail add-in and no Google Calendar sync.', common)).toEqual([
      'Google Workspace',
      'Gmail',
      'Google Calendar',
    ]);
    expect(listedNames('- iManage and NetDocuments.', common)).toEqual(['iManage', 'NetDocuments']);
    expect(listedNames('- Adobe Acrobat Sign.', common)).toEqual(['Adobe Acrobat Sign']);
  });

  it('drops a sentence capital that is an everyday word, a bracket that explains a name, and places', () => {
    expect(listedNames('No date has been committed.', common)).toEqual([]);
    expect(listedNames("- beA (the German lawyers' electronic mailbox).", common)).toEqual(['beA']);
    // The place goes; the word before it stays a candidate, which the index drops if a public page uses it.
    expect(listedNames('- Hosting in Canada.', common)).toEqual(['Hosting']);
  });

  it('reads a bracket of names as examples of what the item denies', () => {
    expect(listedNames('- Refrigeration systems (Thermo King TracKing, Carrier Lynx)', common)).toEqual([
      'Refrigeration',
      'Thermo King TracKing',
      'Carrier Lynx',
    ]);
    expect(listedNames('- Dynamics 365 (on our roadmap, no committed date)', common)).toEqual(['Dynamics']);
  });
});

describe('hasName', () => {
  it('finds a name only as a whole word', () => {
    expect(hasName('we connect to sage accounting', 'sage')).toBe(true);
    expect(hasName('your usage is up', 'sage')).toBe(false);
  });
});
