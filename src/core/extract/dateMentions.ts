// Dates in a sentence: absolute ("March 2021", "January 4, 2019", "in
// 2019") and relative ("on Tuesday", "last Sunday", "yesterday", "in March"),
// resolved against the publication date. A news report tells of the past, so
// a bare weekday or month means the latest one on or before publication; "by"
// and "until" (and "next", "tomorrow") look forward. Without a publication
// date relative dates stay unresolved: never guessed. The patterns are each
// language's (its module's `dates`); scanning and resolving are here.
import { isValidPartialDate } from '../dates';
import { DateGrammar, Ymd } from './dateRules';
import { defaultLanguage, Language } from './language';
import { Span } from './segment';

export type { DateGrammar } from './dateRules';

export interface DateMention extends Span {
  /** YYYY, YYYY-MM or YYYY-MM-DD; undefined when relative and there is no publication date. */
  date?: string;
  relative: boolean;
}

/** The parsed publication date of the last call: findDates runs once per sentence with the same one. */
let lastPublished: { value?: string; ymd?: Ymd } = {};
function publicationYmd(published: string | undefined): Ymd | undefined {
  if (lastPublished.value !== published) lastPublished = { value: published, ymd: published && /^\d{4}-\d{2}-\d{2}$/.test(published) ? parseYmd(published) : undefined };
  return lastPublished.ymd;
}

/** Every date in the span, in order, none overlapping. */
export function findDates(text: string, span: Span, published?: string, language: Language = defaultLanguage()): DateMention[] {
  const pub = publicationYmd(published);
  const grammar = language.dates;
  const found: DateMention[] = [];
  // Starts are searched in the span alone: a search in the whole text could run far past it, for every sentence.
  const slice = text.slice(span.start, span.end);
  const starts = grammar.starts;
  starts.lastIndex = 0;
  for (let m = starts.exec(slice); m; m = starts.exec(slice)) {
    const at = m.index + span.start;
    if (found.length && at < found[found.length - 1].end) continue;
    for (const pattern of grammar.patterns) {
      pattern.regex.lastIndex = at;
      const match = pattern.regex.exec(text);
      if (!match || at + match[0].length > span.end) continue;
      if (pattern.afterDate && !(found.length && at - found[found.length - 1].end <= 2)) continue;
      if (grammar.isPartOfName(text, span, at, match[0])) break;
      const date = pattern.read(match, pub);
      if (date !== undefined && !isValidPartialDate(date)) break;
      found.push({ start: at, end: at + match[0].length, date, relative: pattern.relative });
      starts.lastIndex = at + match[0].length - span.start;
      break;
    }
  }
  // "on Friday 4th May, 2012": the weekday only names the day the full date gives.
  return found.filter((d, k) => !(d.relative && found[k + 1] && !found[k + 1].relative && found[k + 1].date?.length === 10 && found[k + 1].start - d.end <= 2));
}

/** The publication date printed as a line of its own near the top: "Friday, January 4, 2019". */
export function findPublicationDate(text: string, language: Language = defaultLanguage()): string | undefined {
  for (const line of text.split('\n', 12).map((l) => l.trim()).filter(Boolean).slice(0, 5)) {
    const date = dateOfDateLine(line, language);
    if (date) return date;
  }
  return undefined;
}

/** The full date a line consists of ("Friday, January 4, 2019", "Published: 2019-01-04"), if it is only that. */
export function dateOfDateLine(line: string, language: Language = defaultLanguage()): string | undefined {
  const m = language.dates.dateLine.exec(line.trim());
  if (!m || m[1].length > 40) return undefined;
  const dates = findDates(m[1], { start: 0, end: m[1].length }, undefined, language);
  const only = dates.length === 1 && dates[0].start === 0 && dates[0].end === m[1].length ? dates[0].date : undefined;
  return only?.length === 10 ? only : undefined;
}

function parseYmd(value: string): Ymd {
  const [year, month, day] = value.split('-').map(Number);
  return { year, month, day };
}
