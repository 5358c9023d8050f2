import { describe, expect, it } from 'vitest';
import { extractFigures } from '../text/figures.ts';
import { askedAmounts } from './asked-amounts.ts';

const asked = (text: string) => askedAmounts(text, extractFigures(text));

describe('amounts the customer asks about', () => {
  it('takes an amount in a question, or in the sentence a short question asks to confirm', () => {
    expect(asked('WFM is $12 per agent, right?')).toEqual([12]);
    expect(asked('Our finance team has onboarding down as $3,500. Is that right?')).toEqual([3500]);
    expect(asked('We were quoted $40 a seat. Can you confirm?')).toEqual([40]);
    expect(
      asked(
        'Gavin says Enterprise is $1,140 per technician per year. Can you confirm that figure and the total?',
      ),
    ).toEqual([1140]);
  });

  it('leaves an amount the customer states', () => {
    expect(asked('Our budget is $40,000 for the year. What would 25 agents cost?')).toEqual([]);
    expect(asked('Relaybird quoted us $35 a seat.')).toEqual([]);
  });
});
