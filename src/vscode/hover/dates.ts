// Partial ISO dates (YYYY, YYYY-MM, YYYY-MM-DD) as a reader expects them in
// their language: "2022", "March 2021", "Aug 9, 2022".
import { parsePartialDate } from '../../core/dates';
import type { CardStrings } from './strings';

export function formatPartialDate(date: string | undefined, locale: string, strings: CardStrings, approximate = false): string {
  if (!date) return strings.undated;
  const parts = parsePartialDate(date);
  if (!parts) return date; // the parser reports malformed dates; show what is written
  const { year, month, day } = parts;
  let text = date.slice(0, 4);
  if (month) {
    const when = new Date(Date.UTC(year, month - 1, day ?? 1));
    const fields: Intl.DateTimeFormatOptions = day ? { year: 'numeric', month: 'short', day: 'numeric' } : { year: 'numeric', month: 'long' };
    text = formatter(locale, fields).format(when);
  }
  return approximate ? strings.approximately(text) : text;
}

/** Building a formatter costs more than the rest of a card: keep one per locale and precision. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, fields: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}\u0000${fields.day ? 'day' : 'month'}`;
  let cached = formatters.get(key);
  if (!cached) {
    try {
      cached = new Intl.DateTimeFormat(locale, { ...fields, timeZone: 'UTC' });
    } catch {
      cached = new Intl.DateTimeFormat('en', { ...fields, timeZone: 'UTC' }); // an unknown locale tag
    }
    formatters.set(key, cached);
  }
  return cached;
}
