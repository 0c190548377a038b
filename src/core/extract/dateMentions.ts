// Dates in a sentence: absolute ("March 2021", "January 4, 2019", "in
// 2019") and relative ("on Tuesday", "last Sunday", "yesterday", "in March"),
// resolved against the publication date. A news report tells of the past, so
// a bare weekday or month means the latest one on or before publication; "by"
// and "until" (and "next", "tomorrow") look forward. Without a publication
// date relative dates stay unresolved: never guessed.
import { daysInMonth, isValidPartialDate } from '../dates';
import { MONTHS, WEEKDAYS } from './lexicon';
import { Span } from './segment';

export interface DateMention extends Span {
  /** YYYY, YYYY-MM or YYYY-MM-DD; undefined when relative and there is no publication date. */
  date?: string;
  relative: boolean;
}

const MONTH = '(Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?|Sep(?:t(?:ember|\\.)?|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '((?:19|20)\\d{2})';
const WEEKDAY = '(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
/** A group matching the words with a capital first letter too ("In March" starts a sentence). */
function cue(words: string): string {
  return `(${words.split('|').map((w) => `[${w[0].toUpperCase()}${w[0]}]${w.slice(1)}`).join('|')})`;
}
const FORWARD_WORDS = 'by|until|till|before|next|this|from';
const FORWARD = cue(FORWARD_WORDS);

// Order matters: the first pattern to match at a place wins, so longer forms come first.
const PATTERNS: { regex: RegExp; read: (m: RegExpExecArray, published?: Ymd) => string | undefined; relative: boolean; afterDate?: boolean }[] = [
  { regex: /\b(\d{4})-(\d{2})-(\d{2})\b/y, read: (m) => `${m[1]}-${m[2]}-${m[3]}`, relative: false },
  { regex: new RegExp(`${MONTH} ${DAY},? ${YEAR}\\b`, 'y'), read: (m) => ymd(+m[3], monthOf(m[1]), +m[2]), relative: false },
  { regex: new RegExp(`${DAY} ${MONTH},? ${YEAR}\\b`, 'y'), read: (m) => ymd(+m[3], monthOf(m[2]), +m[1]), relative: false },
  { regex: new RegExp(`${MONTH},? ${YEAR}\\b`, 'y'), read: (m) => ym(+m[2], monthOf(m[1])), relative: false },
  { regex: new RegExp(`(?:${FORWARD} )?${MONTH} ${DAY}\\b(?!,? \\d)`, 'y'), read: (m, p) => p && dayInYear(p, monthOf(m[2]), +m[3], isForward(m[1])), relative: true },
  { regex: new RegExp(`(?:${FORWARD} )?${DAY} ${MONTH}\\b(?!,? \\d)`, 'y'), read: (m, p) => p && dayInYear(p, monthOf(m[3]), +m[2], isForward(m[1])), relative: true },
  // The second date of a range or a list: "from 1999 to 2001", "in 2016 and 2018".
  { regex: new RegExp(`(?:to|and|or|through|until) (?:the )?${YEAR}\\b(?![-–]?\\d|s\\b| ?%)`, 'iy'), read: (m) => m[1], relative: false, afterDate: true },
  { regex: new RegExp(`(?:in|since|until|by|during|from|before|after|throughout|of|early|late|mid-?|the year) (?:the )?${YEAR}\\b(?![-–]?\\d|s\\b| ?%| (?:km|kilometres|kilometers|miles|metres|meters|people|votes|tons|tonnes)\\b)`, 'iy'), read: (m) => m[1], relative: false },
  { regex: new RegExp(`(?:${cue(`in|last|since|during|early|late|mid-|${FORWARD_WORDS}`)} )${MONTH}\\b(?! \\d)`, 'y'), read: (m, p) => p && monthInYear(p, monthOf(m[2]), m[1].toLowerCase()), relative: true },
  { regex: new RegExp(`(?:${cue('last|next|this|on|by|until|since|early|late')} )?${WEEKDAY}(?:'s|’s)?\\b`, 'y'), read: (m, p) => p && weekday(p, m[2], m[1]?.toLowerCase()), relative: true },
  { regex: /(?:the day before )?(yesterday|today|tonight|tomorrow|last night|this (?:morning|afternoon|evening))\b/iy, read: (m, p) => p && dayWord(p, m[1].toLowerCase(), /^the day/i.test(m[0])), relative: true },
  { regex: /(last|this|next) year\b/iy, read: (m, p) => p && String(p.year + shiftOf(m[1])), relative: true },
  { regex: /(last|this|next) month\b/iy, read: (m, p) => p && shiftMonth(p, shiftOf(m[1])), relative: true },
];

/**
 * Where a date may begin: a digit, a month or weekday, a day word, or a word
 * that leads a date when the next word could be one ("in 2019", "on Tuesday",
 * "last year"). Everything else is skipped: most "in", "the", "of" lead none.
 */
const DATE_STARTS = new RegExp(`\\b(?:\\d|${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'].join('|')}|${cue('yesterday|today|tonight|tomorrow').slice(1, -1)}|${cue('in|since|until|till|by|during|from|before|after|throughout|of|early|late|mid|the|last|next|this|on').slice(1, -1)}(?= (?:[0-9A-Z]|(?:year|month|night|morning|afternoon|evening|day)\\b|the ))|(?:to|and|or|through|until) (?=\\d))`, 'g');

/** The parsed publication date of the last call: findDates runs once per sentence with the same one. */
let lastPublished: { value?: string; ymd?: Ymd } = {};
function publicationYmd(published: string | undefined): Ymd | undefined {
  if (lastPublished.value !== published) lastPublished = { value: published, ymd: published && /^\d{4}-\d{2}-\d{2}$/.test(published) ? parseYmd(published) : undefined };
  return lastPublished.ymd;
}

interface Ymd {
  year: number;
  month: number;
  day: number;
}

/** Every date in the span, in order, none overlapping. */
export function findDates(text: string, span: Span, published?: string): DateMention[] {
  const pub = publicationYmd(published);
  const found: DateMention[] = [];
  // Starts are searched in the span alone: a search in the whole text could run far past it, for every sentence.
  const slice = text.slice(span.start, span.end);
  const starts = DATE_STARTS;
  starts.lastIndex = 0;
  for (let m = starts.exec(slice); m; m = starts.exec(slice)) {
    const at = m.index + span.start;
    if (found.length && at < found[found.length - 1].end) continue;
    for (const pattern of PATTERNS) {
      pattern.regex.lastIndex = at;
      const match = pattern.regex.exec(text);
      if (!match || at + match[0].length > span.end) continue;
      if (pattern.afterDate && !(found.length && at - found[found.length - 1].end <= 2)) continue;
      if (isPartOfName(text, span, at, match[0])) break;
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

/** "Euro 2020", "Super Tuesday", "Black Friday": a date word right after a capitalised word is part of a name. */
function isPartOfName(text: string, span: Span, at: number, match: string): boolean {
  if (!/^[A-Z0-9]/.test(match) || /^(In|On|By|Since|Until|From|During|Last|Next|This|Early|Late|Before|After|Of|The)\b/.test(match)) return false;
  const before = text.slice(Math.max(span.start, at - 30), at);
  const previous = /(\p{Lu}[\p{L}\p{M}'’-]*) $/u.exec(before);
  if (!previous) return false;
  const sentenceStart = text.slice(span.start, at - previous[0].length).trim() === '';
  return !sentenceStart && !monthOf(previous[1]) && !/^(On|In|By|Since|Until|Last|Next|This|Early|Late|Mid|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?$/.test(previous[1]);
}

/** The publication date printed as a line of its own near the top: "Friday, January 4, 2019". */
export function findPublicationDate(text: string): string | undefined {
  for (const line of text.split('\n', 12).map((l) => l.trim()).filter(Boolean).slice(0, 5)) {
    const date = dateOfDateLine(line);
    if (date) return date;
  }
  return undefined;
}

/** The full date a line consists of ("Friday, January 4, 2019", "Published: 2019-01-04"), if it is only that. */
export function dateOfDateLine(line: string): string | undefined {
  const m = DATE_LINE.exec(line.trim());
  if (!m || m[2].length > 40) return undefined;
  const dates = findDates(m[2], { start: 0, end: m[2].length });
  const only = dates.length === 1 && dates[0].start === 0 && dates[0].end === m[2].length ? dates[0].date : undefined;
  return only?.length === 10 ? only : undefined;
}

const DATE_LINE = new RegExp(`^(?:(?:published|posted|updated|date)\\s*:?\\s*)?(?:${WEEKDAY},? )?(.+?)\\.?$`, 'i');

function isForward(word: string | undefined): boolean {
  return word !== undefined && /^(by|until|till|next)$/i.test(word);
}

function shiftOf(word: string): number {
  const lower = word.toLowerCase();
  return lower === 'last' ? -1 : lower === 'next' ? 1 : 0;
}

function dayInYear(pub: Ymd, month: number, day: number, forward: boolean): string | undefined {
  let year = pub.year;
  const candidate = (y: number) => y * 10000 + month * 100 + day;
  const today = pub.year * 10000 + pub.month * 100 + pub.day;
  if (forward) { if (candidate(year) < today) year++; }
  else if (candidate(year) > today + 7) year--; // a report may name a date days ahead; further means last year
  return ymd(year, month, day);
}

function monthInYear(pub: Ymd, month: number, cue: string): string {
  let year = pub.year;
  if (cue === 'next' || isForward(cue)) { if (month < pub.month || (cue === 'next' && month === pub.month)) year++; }
  else if (cue === 'this') { /* this year's month */ }
  else if (month > pub.month || (cue === 'last' && month === pub.month)) year--;
  return ym(year, month);
}

function weekday(pub: Ymd, name: string, cue: string | undefined): string {
  const target = WEEKDAYS.indexOf(name.toLowerCase());
  const today = new Date(Date.UTC(pub.year, pub.month - 1, pub.day)).getUTCDay();
  let delta: number;
  if (cue === 'next' || cue === 'by' || cue === 'until' || cue === 'this') {
    delta = (target - today + 7) % 7;
    if (cue === 'next' && delta === 0) delta = 7;
  } else {
    delta = -((today - target + 7) % 7);
    if (cue === 'last' && delta === 0) delta = -7;
  }
  return addDays(pub, delta);
}

function dayWord(pub: Ymd, word: string, dayBefore: boolean): string {
  const offsets: Record<string, number> = { yesterday: -1, 'last night': -1, tomorrow: 1 };
  return addDays(pub, (offsets[word] ?? 0) - (dayBefore ? 1 : 0));
}

function shiftMonth(pub: Ymd, by: number): string {
  const index = pub.year * 12 + pub.month - 1 + by;
  return ym(Math.floor(index / 12), (index % 12) + 1);
}

function addDays(pub: Ymd, days: number): string {
  const date = new Date(Date.UTC(pub.year, pub.month - 1, pub.day + days));
  return ymd(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

function monthOf(word: string): number {
  const key = word.toLowerCase().replace('.', '');
  const index = MONTHS.findIndex((month) => month.startsWith(key) && key.length >= 3);
  return index + 1;
}

function parseYmd(value: string): Ymd {
  const [year, month, day] = value.split('-').map(Number);
  return { year, month, day };
}

function ym(year: number, month: number): string {
  return `${year}-${String(month).padStart(2, '0')}`;
}

function ymd(year: number, month: number, day: number): string {
  return day >= 1 && day <= daysInMonth(year, month) ? `${ym(year, month)}-${String(day).padStart(2, '0')}` : `${ym(year, month)}-00`;
}
