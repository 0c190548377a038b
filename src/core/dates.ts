// Partial ISO 8601 dates (YYYY, YYYY-MM, YYYY-MM-DD): checking and ordering.

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function isValidPartialDate(value: string): boolean {
  const m = PARTIAL_DATE.exec(value);
  if (!m) return false;
  if (m[2] === undefined) return true;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  const day = Number(m[3]);
  return day >= 1 && day <= daysInMonth(Number(m[1]), month);
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
