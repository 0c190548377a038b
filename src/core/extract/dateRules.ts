// The pieces each language's date patterns are made of (its module's
// `dates`): what a pattern is, and resolving a relative date against the
// publication date. A news report tells of the past, so a bare weekday or
// month means the latest one on or before publication unless a word points
// forward.
import { daysInMonth } from '../dates';
import { Span } from './segment';

export interface Ymd {
  year: number;
  month: number;
  day: number;
}

export interface DatePattern {
  /** Sticky (`y`): tried at each place a date may begin. */
  regex: RegExp;
  read: (m: RegExpExecArray, published?: Ymd) => string | undefined;
  relative: boolean;
  /** Only right after another date: the second date of a range or a list. */
  afterDate?: boolean;
}

/** How a language writes dates. */
export interface DateGrammar {
  /** Tried in order at each start: the first to match wins, so longer forms come first. */
  patterns: readonly DatePattern[];
  /** Global: where a date may begin (most words begin none, so most are skipped). */
  starts: RegExp;
  /** A date word right after a capitalised word is part of a name ("Euro 2020", "Super Tuesday"). */
  isPartOfName(text: string, span: Span, at: number, match: string): boolean;
  /** A line that is only a date, perhaps after "Published:" and a weekday; group 1 is the date. */
  dateLine: RegExp;
}

/** Which way a relative date points: the latest one before publication, the next after, or a step further. */
export type Direction = 'back' | 'forward' | 'last' | 'next' | 'this';

/** A day of a month with no year: this year's, unless that is well after publication (then last year's); forward: the next one. */
export function dayInYear(pub: Ymd, month: number, day: number, forward: boolean): string | undefined {
  let year = pub.year;
  const candidate = (y: number) => y * 10000 + month * 100 + day;
  const today = pub.year * 10000 + pub.month * 100 + pub.day;
  if (forward) { if (candidate(year) < today) year++; }
  else if (candidate(year) > today + 7) year--; // a report may name a date days ahead; further means last year
  return ymd(year, month, day);
}

export function monthInYear(pub: Ymd, month: number, direction: Direction): string {
  let year = pub.year;
  if (direction === 'next' || direction === 'forward') { if (month < pub.month || (direction === 'next' && month === pub.month)) year++; }
  else if (direction === 'this') { /* this year's month */ }
  else if (month > pub.month || (direction === 'last' && month === pub.month)) year--;
  return ym(year, month);
}

/** `target` is 0 for Sunday … 6 for Saturday. */
export function weekdayNear(pub: Ymd, target: number, direction: Direction): string {
  const today = new Date(Date.UTC(pub.year, pub.month - 1, pub.day)).getUTCDay();
  let delta: number;
  if (direction === 'next' || direction === 'forward' || direction === 'this') {
    delta = (target - today + 7) % 7;
    if (direction === 'next' && delta === 0) delta = 7;
  } else {
    delta = -((today - target + 7) % 7);
    if (direction === 'last' && delta === 0) delta = -7;
  }
  return addDays(pub, delta);
}

export function shiftMonth(pub: Ymd, by: number): string {
  const index = pub.year * 12 + pub.month - 1 + by;
  return ym(Math.floor(index / 12), (index % 12) + 1);
}

export function addDays(pub: Ymd, days: number): string {
  const date = new Date(Date.UTC(pub.year, pub.month - 1, pub.day + days));
  return ymd(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}


export function ym(year: number, month: number): string {
  return `${year}-${String(month).padStart(2, '0')}`;
}

export function ymd(year: number, month: number, day: number): string {
  return day >= 1 && day <= daysInMonth(year, month) ? `${ym(year, month)}-${String(day).padStart(2, '0')}` : `${ym(year, month)}-00`;
}

/** A group matching the words with a capital first letter too ("In March" starts a sentence). */
export function cue(words: string): string {
  return `(${words.split('|').map((w) => `[${w[0].toUpperCase()}${w[0]}]${w.slice(1)}`).join('|')})`;
}
