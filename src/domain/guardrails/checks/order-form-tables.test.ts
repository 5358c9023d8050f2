import { describe, expect, it } from 'vitest';
import { cellsOf, columnHeading, namedColumnRates, rowReader } from './order-form-tables.ts';

const readRow = (header: string[], row: string) => rowReader(header)(row);

const header = (row: string) => cellsOf(row);

describe("an order form's price table", () => {
  it('takes the rate from the column its heading says is one', () => {
    const fees = header('| Line | Service | Quantity | Unit | Unit fee (USD per month) | Annual fee (USD) |');
    expect(readRow(fees, '| 1 | Kingsbrook Professional | 60 | Technician | 52.00 | 37,440.00 |')).toEqual({
      today: [52],
      renewal: [],
    });
    const typed = header('| Line | Service | Fee type | Quantity | Unit fee | Annual fee (USD) |');
    expect(
      readRow(
        typed,
        '| 1 | Merriton Pro | Subscription Fee | 40 users | $78.00 per user per month | $37,440.00 |',
      )?.today,
    ).toEqual([78]);
    const net = header(
      '| Line | Service | Quantity | Standard rate at Order Date | Discount (Section 4) | Net unit fee |',
    );
    expect(
      readRow(
        net,
        '| A | Merriton Scale | 80 users | $128.00 per user per month | 15% | $108.80 per user per month |',
      ),
    ).toEqual({ today: [108.8], renewal: [], discount: 15 });
  });

  it('reads a renewal column, and leaves one-time, yearly and total rows out', () => {
    const both = header(
      '| Service | Quantity | Unit | Initial Term Fee | Renewal Year Fee | Initial Term Annual Amount |',
    );
    expect(
      readRow(both, '| Larchmont Copilot | 80 | per Agent per month | $20.00 | $22.00 | $19,200.00 |'),
    ).toEqual({
      today: [20],
      renewal: [22],
    });
    const promo = header('| Line | Quantity | Months 1 to 12 | Thereafter (including Renewal Terms) |');
    expect(readRow(promo, '| Growth CSM Seat, per Seat per month | 20 | $62.00 | $80.00 |')).toEqual({
      today: [62],
      renewal: [80],
    });
    expect(readRow(promo, '| Platform Fee (Growth), per year | 1 | $7,200.00 | $7,200.00 |')).toEqual({
      today: [],
      renewal: [],
    });
    const price = header('| Item | Quantity | Price |');
    expect(
      readRow(
        price,
        '| Copperleigh Enterprise | 850 staff seats | $22.00 per staff seat per month, billed annually ($224,400 per year) |',
      )?.today,
    ).toEqual([22]);
    expect(readRow(price, '| Guided onboarding | 1 | $2,900.00 one-time |')?.today).toEqual([]);
  });

  it('gives the amounts of a column a renewal clause names', () => {
    const ramp = {
      header: header('| Line item | Unit | Year 1 | Year 2 | Year 3 |'),
      rows: [
        header('| Scale CSM Seats (quantity) | Seats | 40 | 50 | 60 |'),
        header('| Scale Seat fee | per Seat per month | $92.00 | $104.00 | $116.00 |'),
        header(
          '| **Total Fees for the Contract Year** | | **$62,160.00** | **$83,400.00** | **$107,520.00** |',
        ),
      ],
    };
    expect(
      namedColumnRates(
        [ramp],
        ['Each Renewal Term shall be invoiced at the Year 3 rates set out in Clause 3.'],
      ),
    ).toEqual([116]);
    expect(namedColumnRates([ramp], ['The initial term is "Year 1" to "Year 3".'])).toEqual([]);
  });

  it('tells which column a draft table cell sits in', () => {
    const table = '| Line | Today | Renewal |\n|---|---|---|\n| Seats | $15,252.00 | $17,503.20 |';
    expect(columnHeading(table, table.indexOf('$17,503'))).toBe('Renewal');
    expect(columnHeading(table, table.indexOf('$15,252'))).toBe('Today');
  });
});
