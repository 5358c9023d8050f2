/**
 * Reading an order form's price tables: which column gives each row's rate in force, which its renewal
 * rate or discount, and which amounts of a cell are a monthly rate.
 */
import { extractFigures } from '../text/figures.ts';

// A column heading that speaks of the renewal ("Renewal Year Fee", "Thereafter (including Renewal Terms)").
const RENEWAL_HEADING = /\brenew/i;

export type PriceTable = { header: string[]; rows: string[][] };

export const TABLE_ROW = /^\s*\|/;
// A price table's column of unit prices: "Unit fee (per Technician per month)", "Unit price", "Monthly".
const UNIT_COLUMN = /\bunit\b|\bper\s+(?:[\w-]+\s+){0,2}month\b|\bmonthly\b/i;
export const cellsOf = (row: string) =>
  row
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((c) => c.trim());

// A column of the price table's monthly rates: "Unit fee (USD per month)", "Fee per Agent per month",
// "Net unit fee", "Initial Term Fee"; not "Unit", "Annual fee", "Standard rate at Order Date" or "Discount".
const FEE_COLUMN = /\b(?:fees?|prices?|rates?)\b/i;
const NOT_RATE_COLUMN =
  /\b(?:annual|year|yearly|extended|total|amount|standard|list|discount|type|billing|description)\b/i;
const NET_COLUMN = /\bnet\b/i;
// "Months 1 to 12", "Initial Term": the column of what is paid now, where no column says fee or price.
const FIRST_PERIOD = /\bmonths?\s+1\b|\byear\s+1\b|\binitial\b|\bcurrent\b|\btoday\b/i;
const TOTAL_ROW = /\btotal\b/i;
// A column whose bare numbers are money: "Unit Fee (USD)", "Unit fee (USD per month)".
const MONEY_HEADING = /\b(?:USD|EUR|GBP|fees?|prices?|rates?)\b|[$€£]/i;
const YEARLY_ROW = /\bper\s+(?:year|annum)\b/i;

/**
 * "Each Renewal Term shall be invoiced at the Year 3 rates set out in Clause 3", "at the rates in the column
 * headed …": the monthly amounts of a table column a renewal clause names.
 */
export function namedColumnRates(tables: readonly PriceTable[], clauses: readonly string[]): number[] {
  return tables.flatMap(({ header, rows }) =>
    header.flatMap((h, i) => {
      const name = h.replace(/[*_]/g, '').trim();
      if (name.length < 5) return [];
      // Named as rates ("the Year 3 rates") or as a column ("the column headed \"Thereafter …\"").
      const quoted = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const named = new RegExp(
        `(?<![\\w-])${quoted}["”]?\\s+(?:rates?|fees?|prices?|seat\\s+fees?|column)\\b|\\bcolumn\\s+(?:headed|titled|named)\\s+["“]?${quoted}`,
        'i',
      );
      if (!clauses.some((c) => named.test(c))) return [];
      return rows.flatMap((cells) =>
        YEARLY_ROW.test(cells.join(' ')) || TOTAL_ROW.test(cells[0] ?? '') || !/[$€£]/.test(cells[i] ?? '')
          ? []
          : cellRates(cells[i]),
      );
    }),
  );
}

/** Where a price table gives each row's rate in force, and its renewal rate if it has a column for that. */
function rateColumns(
  header: readonly string[],
): { today: number; renewal?: number; discount?: number } | undefined {
  const fees = header.flatMap((h, i) =>
    FEE_COLUMN.test(h) && !NOT_RATE_COLUMN.test(h) && !RENEWAL_HEADING.test(h) ? [i] : [],
  );
  // Else the first period's column ("Year 1", "Months 1 to 12"), else one that says it is per unit.
  const period = header.findIndex((h) => FIRST_PERIOD.test(h) && !RENEWAL_HEADING.test(h));
  const unit = header.findIndex((h) => UNIT_COLUMN.test(h) && !RENEWAL_HEADING.test(h));
  const today =
    fees.find((i) => NET_COLUMN.test(header[i]!)) ??
    fees.find((i) => UNIT_COLUMN.test(header[i]!)) ??
    fees[0] ??
    (period >= 0 ? period : unit);
  if (today < 0) return undefined;
  // "Renewal Year Fee", "Thereafter (including Renewal Terms)".
  const renewal = header.findIndex((h, i) => i !== today && RENEWAL_HEADING.test(h));
  const discount = header.findIndex((h) => /\bdiscount\b/i.test(h));
  return {
    today,
    ...(renewal < 0 ? {} : { renewal }),
    ...(discount < 0 ? {} : { discount }),
  };
}

// "64.00" in a "Unit Fee (USD)" column, but not "$2,900.00 one-time".
const BARE_AMOUNT = /^(?:USD|US\$|\$)?\s*(\d[\d,]*(?:\.\d+)?)$/;
const ONE_TIME = /\bone[\s-]?time\b|\bonce\b|\bone[\s-]off\b/i;
// (Not "($224,400 per year)" beside the monthly rate in the same cell.)
const cellRates = (cell = '', bareOk = true): number[] => {
  const money = extractFigures(cell).flatMap((f) =>
    f.type === 'money' && f.period !== 'year' && f.value > 0 ? [f.value] : [],
  );
  const bare = BARE_AMOUNT.exec(cell.trim());
  const value = bare ? Number(bare[1]!.replaceAll(',', '')) : 0;
  return money.length > 0 ? money : bareOk && value > 0 ? [value] : [];
};

/** The heading of the table column a position of `text` sits in ("Today (620 doors)"), if it is in a table row. */
export function columnHeading(text: string, at: number): string | undefined {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  if (!/^\s*\|/.test(text.slice(lineStart, at + 1))) return undefined;
  const lines = text.slice(0, lineStart).split('\n');
  lines.pop();
  let first = lines.length;
  while (first > 0 && /^\s*\|/.test(lines[first - 1]!)) first--;
  const header = first < lines.length ? lines[first]! : undefined;
  if (!header) return undefined;
  const column = text.slice(lineStart, at).split('|').length - 1;
  return header.split('|')[column]?.trim();
}

/**
 * Reads the rows under a price table's header (its columns found once): each row's rate in force, its
 * renewal rate and its discount where the table has columns for them; undefined where no column gives a rate.
 */
export function rowReader(
  header: readonly string[],
): (row: string) => { today: number[]; renewal: number[]; discount?: number } | undefined {
  const columns = rateColumns(header);
  return (row) => (columns ? readRow(header, columns, row) : undefined);
}

function readRow(
  header: readonly string[],
  columns: NonNullable<ReturnType<typeof rateColumns>>,
  row: string,
): { today: number[]; renewal: number[]; discount?: number } {
  const cells = cellsOf(row);
  // A one-time line ("$2,900.00 | One-time, invoiced on the Effective Date") is no rate; nor is a total,
  // nor a yearly line ("| Platform Fee (Growth), per year | 1 | $7,200.00 |") by what the cells beside its
  // amounts say.
  const yearly = YEARLY_ROW.test(
    cells.filter((_, i) => i !== columns.today && i !== columns.renewal).join(' '),
  );
  const skip = yearly || ONE_TIME.test(row) || TOTAL_ROW.test(cells[0] ?? '');
  // "| WhatsApp & SMS channel | 40 agents | $12.00 … | 25% | $9.00 … |" under "… | Discount | …".
  const cut =
    columns.discount === undefined ? undefined : /(\d+(?:\.\d+)?)\s*%/.exec(cells[columns.discount] ?? '');
  return {
    today: skip ? [] : cellRates(cells[columns.today], MONEY_HEADING.test(header[columns.today] ?? '')),
    // "| Larchmont Enterprise | … | $98.00 | $104.00 |" under "… | Initial Term Fee | Renewal Year Fee |".
    renewal: skip || columns.renewal === undefined ? [] : cellRates(cells[columns.renewal]),
    ...(cut ? { discount: Number(cut[1]) } : {}),
  };
}
