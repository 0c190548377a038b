// Partial ISO dates (YYYY, YYYY-MM, YYYY-MM-DD) as the trees and the hover
// cards show them, with the same words for approximate and undated: a tree row
// keeps the ISO form (short, and in order down the list), a card reads as the
// reader's language writes dates ("March 2021", "Aug 9, 2022").
import { parsePartialDate } from '../dates';
import type { DisplayWords } from './display';

/** A tree row's date: ISO, "c. 2022" when approximate, the word for undated when there is none. */
export function eventDateLabel(date: string | undefined, approximate: boolean | undefined, words: DisplayWords): string {
  if (!date) return words.undated;
  return approximate ? words.approximately(date) : date;
}

/** A card's date, in the reader's language: "2022", "March 2021", "Aug 9, 2022"; approximate and undated as a row says them. */
export function formatPartialDate(date: string | undefined, locale: string, words: DisplayWords, approximate = false): string {
  if (!date) return words.undated;
  const parts = parsePartialDate(date);
  if (!parts) return date; // the parser reports malformed dates; show what is written
  const { year, month, day } = parts;
  let text = date.slice(0, 4);
  if (month) {
    const when = new Date(Date.UTC(year, month - 1, day ?? 1));
    const fields: Intl.DateTimeFormatOptions = day ? { year: 'numeric', month: 'short', day: 'numeric' } : { year: 'numeric', month: 'long' };
    text = formatter(locale, fields).format(when);
  }
  return approximate ? words.approximately(text) : text;
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
