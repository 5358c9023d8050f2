/** How the views write money, dates and the engine's vocabulary for people. */

const money = new Map<string, Intl.NumberFormat>();
export function formatMoney(amount: number, currency: string): string {
  let f = money.get(currency);
  if (!f) {
    try {
      f = new Intl.NumberFormat('en-US', { style: 'currency', currency, maximumFractionDigits: 0 });
    } catch {
      f = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
    }
    money.set(currency, f);
  }
  return f.format(amount);
}

const day = new Intl.DateTimeFormat('en-US', {
  month: 'short',
  day: 'numeric',
  year: 'numeric',
  timeZone: 'UTC',
});
const dayTime = new Intl.DateTimeFormat('en-US', {
  month: 'short',
  day: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
});

/** A calendar date (YYYY-MM-DD) as people read it; dates carry no zone, so they are shown as written. */
export const formatDay = (iso: string): string => day.format(new Date(`${iso.slice(0, 10)}T00:00:00Z`));
export const formatInstant = (iso: string): string => dayTime.format(new Date(iso));

export function formatDuration(ms: number | null): string {
  if (ms === null) return '–';
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const s = ms / 1000;
  return s < 90 ? `${s.toFixed(1)} s` : `${Math.floor(s / 60)} min ${Math.round(s % 60)} s`;
}

/** `deliver_commitment` → "Deliver commitment". */
export const humanize = (code: string): string => {
  const words = code.replaceAll('_', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
};

export const percent = (x: number | null | undefined): string =>
  x === null || x === undefined ? '–' : `${Math.round(x * 100)}%`;
