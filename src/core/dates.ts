// Partial ISO 8601 dates (YYYY, YYYY-MM, YYYY-MM-DD): the one reader of their
// form, checking and ordering. Every module that takes a date apart asks here.

export interface PartialDate {
  year: number;
  /** 1–12, when the date names a month. */
  month?: number;
  /** 1–31 (a real day of that month), when the date names a day. */
  day?: number;
}

export type DatePrecision = 'year' | 'month' | 'day';

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/;

/**
 * The parts of a partial date, or undefined unless `value` is one (a real
 * calendar date). With `timeMayFollow`, a time after a `T` or a blank is
 * allowed and ignored ("2012-05-22T10:30:00+02:00", as pages write it).
 */
export function parsePartialDate(value: string, timeMayFollow = false): PartialDate | undefined {
  const m = PARTIAL_DATE.exec(value);
  if (!m) return undefined;
  const rest = value.slice(m[0].length);
  if (rest !== '' && !(timeMayFollow && /^[T\s]/.test(rest))) return undefined;
  const date: PartialDate = { year: Number(m[1]) };
  if (m[2] === undefined) return date;
  date.month = Number(m[2]);
  if (date.month < 1 || date.month > 12) return undefined;
  if (m[3] === undefined) return date;
  date.day = Number(m[3]);
  return date.day >= 1 && date.day <= daysInMonth(date.year, date.month) ? date : undefined;
}

export function isValidPartialDate(value: string): boolean {
  return parsePartialDate(value) !== undefined;
}

/** A whole day, YYYY-MM-DD (a publication date or an `accessed` day). */
export function isFullDate(value: string): boolean {
  return parsePartialDate(value)?.day !== undefined;
}

export function precisionOf(date: PartialDate): DatePrecision {
  return date.day !== undefined ? 'day' : date.month !== undefined ? 'month' : 'year';
}

/** The ISO form of parsed parts: { year: 2022, month: 8 } → "2022-08". */
export function formatIsoDate(date: PartialDate): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return [String(date.year).padStart(4, '0'), date.month && two(date.month), date.day && two(date.day)].filter(Boolean).join('-');
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Timeline order: earlier first; a partial date sorts before the full dates
 * inside it (2021 < 2021-03 < 2021-03-01); undated last.
 */
export function compareDates(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  // Lexicographic order on the ISO form does exactly this: "2021" is a prefix of "2021-03".
  return a < b ? -1 : 1;
}
