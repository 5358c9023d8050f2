/**
 * Markdown tables read as sentences: a row of a price table states "Business: $79 per seat per month;
 * $948 per seat per year", which the figure and product readers understand, where the raw row
 * ("| Business | $79 | $948 |") loses which column a number sits in.
 */

const ROW = /^[ \t]*\|(.*)\|[ \t]*$/;
const RULE = /^[\s|:-]+$/;

const cellsOf = (line: string): string[] =>
  (ROW.exec(line)?.[1] ?? '').split('|').map((c) => c.trim().replace(/\s+/g, ' '));

// "Each extra vet FTE per month", "Annual billing (per year)": a label that ends in the period its
// cells are priced for.
const PERIOD_TAIL = /\s*(?:\(\s*)?(?:per|\/|a|an)\s*(month|year|quarter|annum)\s*\)?$/i;
const HAS_PERIOD =
  /\b(?:per|\/|a|an|each)\s*(?:month|year|quarter|annum)\b|\b(?:monthly|annually|yearly|one-off|one-time)\b/i;

/**
 * A header that names a unit ("Per seat per month", "/ year") follows the value; any other labels it.
 * A label's period follows the price it gives ("Each extra vet FTE: NZD 69 per month"), where the
 * figure readers look for it.
 */
function cellText(header: string | undefined, value: string): string {
  if (!header || value === '') return value;
  const period = PERIOD_TAIL.exec(header);
  const priced = period && period.index > 0 && /\d/.test(value) && !HAS_PERIOD.test(value);
  // "Each extra vet FTE per month": a rate for each of the things it names.
  const each = /^each\s+/i.exec(header);
  if (priced && each && period.index > each[0].length)
    return `${header.slice(each[0].length, period.index)}: ${value} each per ${period[1]!.toLowerCase()}`;
  if (/^(?:per|\/|a|an|each)\s/i.test(header)) return `${value} ${header.toLowerCase()}`;
  if (priced) return `${header.slice(0, period.index)}: ${value} per ${period[1]!.toLowerCase()}`;
  return `${header}: ${value}`;
}

// An amount with its currency ("A$63", "NZD 69", "€9.50") and whatever period already follows it.
const AMOUNT =
  /(?:[A-Z]{1,3}\$|[$€£]|\b[A-Z]{3}\s?)\d(?:[\d,]*\d)?(?:\.\d+)?(?:\s*(?:per|\/|a|an|each)\s*(?:month|year|quarter|annum)\b)?/g;

/** Every amount of a cell that gives no period of its own, given the row's ("A$63" → "A$63 per month"). */
function withPeriod(cell: string, period: string): string {
  return cell.replace(AMOUNT, (amount) => (HAS_PERIOD.test(amount) ? amount : `${amount} per ${period}`));
}

// The head of a comparison table's first column, which lists features down the rows: "| | Starter | Pro |",
// "| Capability | Build | Pro |". A "Plan" or "Edition" head lists plans down the rows instead.
const COMPARISON_HEAD =
  /^(?:features?|capabilit(?:y|ies)|functions?|functionality|limits?|what(?:'s| is)? included|)$/i;

/**
 * A passage that continues a table the passage before it began: the rows after the cut, with the
 * table's header and rule put back in front, so each cell still reads under its column. Any other
 * passage is returned as it is.
 */
export function withTableHeader(previous: string | undefined, text: string): string {
  const first = text.split('\n', 2);
  if (
    !previous ||
    !ROW.test(first[0] ?? '') ||
    (first[1] !== undefined && RULE.test(first[1]) && ROW.test(first[1]))
  )
    return text;
  const lines = previous.trimEnd().split('\n');
  if (!ROW.test(lines.at(-1) ?? '')) return text;
  // The header is the row above the last rule of the table the previous passage ends in.
  for (let i = lines.length - 1; i > 0; i--) {
    if (!ROW.test(lines[i]!)) return text;
    if (RULE.test(lines[i]!) && ROW.test(lines[i - 1]!)) return `${lines[i - 1]}\n${lines[i]}\n${text}`;
  }
  return text;
}

/**
 * The text with every table row rewritten as one sentence on its own line; text outside tables, and
 * the length of nothing else, changes. Offsets into the result are not offsets into the input.
 */
export function linearizeTables(text: string): string {
  if (!text.includes('|')) return text;
  const lines = text.split('\n');
  const out: string[] = [];
  let header: string[] | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!ROW.test(line)) {
      header = undefined;
      out.push(line);
      continue;
    }
    const next = lines[i + 1];
    if (!header && next !== undefined && ROW.test(next) && RULE.test(next)) {
      header = cellsOf(line);
      i++; // the |---| rule
      out.push('');
      continue;
    }
    const cells = cellsOf(line);
    const [first = '', ...rest] = cells;
    // A comparison table with a plan per column ("| | Starter | Pro |"): each cell is its plan's own
    // sentence, "Pro: Ingest, first 500 GB: $0.40 per GB", so no price lands on the first plan named.
    if (header && COMPARISON_HEAD.test(header[0] ?? '') && rest.length >= 2) {
      rest.forEach((c, j) => {
        const value = c.replace(/[.;]+$/, '').replace(/[.;]\s+/g, '; ');
        if (value.length > 0) out.push(`${header?.[j + 1] ?? ''}: ${first}: ${value}.`, '');
      });
      continue;
    }
    // "Extra vet FTE per month | Starter A$72, Practice A$63": the row's label gives its amounts a period.
    const rowPeriod = PERIOD_TAIL.exec(first);
    const label = rowPeriod && rowPeriod.index > 0 ? first.slice(0, rowPeriod.index) : first;
    const parts = rest
      // A cell's own sentences stay in the row's sentence, so the row's product stays their subject.
      .map((c, j) => cellText(header?.[j + 1], c.replace(/[.;]+$/, '').replace(/[.;]\s+/g, '; ')))
      .map((c) => (rowPeriod && label !== first ? withPeriod(c, rowPeriod[1]!.toLowerCase()) : c))
      .filter((c) => c.length > 0);
    out.push(`${label}: ${parts.join('; ')}.`, '');
  }
  return out.join('\n');
}
