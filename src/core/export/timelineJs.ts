// The library's events as a TimelineJS timeline (its JSON format: `events`
// with `start_date {year, month?, day?}`, `text {headline, text}`, `group`).
// TimelineJS renders headline and text as HTML, so dossier text is escaped;
// partial dates stay partial; undated events cannot stand on its axis and are
// left out (the caller says how many).
import { parsePartialDate } from '../dates';
import { Library, LibraryEvent } from '../library';

export interface TimelineJsDate {
  year: number;
  month?: number;
  day?: number;
  display_date?: string;
}

export interface TimelineJsEvent {
  unique_id: string;
  start_date: TimelineJsDate;
  text: { headline: string; text: string };
  group: string;
}

export interface TimelineJsDocument {
  title?: { text: { headline: string; text: string } };
  events: TimelineJsEvent[];
}

export interface TimelineJsExport {
  timeline: TimelineJsDocument;
  /** Events without a date, which TimelineJS cannot place. */
  undated: number;
}

export type TimelineGroup = 'article' | 'actor';

export function timelineJs(library: Library, options: { title?: string; groupBy?: TimelineGroup } = {}): TimelineJsExport {
  const events: TimelineJsEvent[] = [];
  let undated = 0;
  for (const entry of library.events) {
    const start = timelineJsDate(entry.event.date, entry.event.approximate === true);
    if (!start) {
      undated++;
      continue;
    }
    events.push({
      unique_id: uniqueId(entry.key),
      start_date: start,
      text: { headline: escapeHtml(entry.event.title), text: eventText(entry) },
      group: escapeHtml(groupOf(entry, options.groupBy ?? 'article')),
    });
  }
  const timeline: TimelineJsDocument = { events };
  if (options.title) timeline.title = { text: { headline: escapeHtml(options.title), text: '' } };
  return { timeline, undated };
}

/** "2022-08" → {year: 2022, month: 8}; approximate dates get a display date ("c. 2022-08"). */
export function timelineJsDate(date: string | undefined, approximate: boolean): TimelineJsDate | undefined {
  const parts = date === undefined ? undefined : parsePartialDate(date);
  if (!parts) return undefined;
  const result: TimelineJsDate = { year: parts.year };
  if (parts.month !== undefined) result.month = parts.month;
  if (parts.day !== undefined) result.day = parts.day;
  if (approximate) result.display_date = `c. ${date}`;
  return result;
}

function eventText(entry: LibraryEvent): string {
  const article = entry.dossier.dossier.article;
  const parts: string[] = [];
  if (entry.event.anchor?.exact) parts.push(`<p>“${escapeHtml(entry.event.anchor.exact)}”</p>`);
  if (entry.actors.length) parts.push(`<p>${escapeHtml(entry.actors.map((a) => a.name).join(', '))}</p>`);
  const source = [article.title ?? article.id, article.outlet].filter(Boolean).join(' — ');
  parts.push(`<p>${escapeHtml(source)}</p>`);
  return parts.join('');
}

function groupOf(entry: LibraryEvent, groupBy: TimelineGroup): string {
  if (groupBy === 'actor') return entry.actors[0]?.name ?? '';
  const article = entry.dossier.dossier.article;
  return article.title ?? article.id;
}

/** TimelineJS uses unique_id in the page's URL hash: letters, digits and dashes only. */
function uniqueId(key: string): string {
  return key.replace(/[^A-Za-z0-9_-]+/g, '-');
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
