// The timeline picture's model: the library's events on a day axis, each a
// point (a day) or a band as wide as its month or year, in lanes by article or
// by actor. Pure data, sent as is to the timeline webview, which only draws.
import { DatePrecision, daysInMonth, parsePartialDate, precisionOf } from '../dates';
import { Library, LibraryEvent } from '../library';

export type { DatePrecision } from '../dates';
export type LaneMode = 'article' | 'actor';

export interface TimelineEvent {
  /** The library event key (`articleId/eventId`): what a click asks to reveal. */
  key: string;
  title: string;
  /** As the dossier writes it: YYYY, YYYY-MM or YYYY-MM-DD. */
  date: string;
  precision: DatePrecision;
  approximate: boolean;
  /** First day covered, in days since 1970-01-01 (UTC). */
  start: number;
  /** The day after the last one covered: a day spans one, a month 28–31, a year 365 or 366. */
  end: number;
  articleId: string;
  articleTitle: string;
  actors: { key: string; name: string }[];
}

export interface UndatedEvent {
  key: string;
  title: string;
  articleTitle: string;
  actors: string[];
}

export interface TimelineLane {
  id: string;
  label: string;
  /** Indexes into `TimelineData.events`, in time order. */
  events: number[];
}

export interface TimelineData {
  events: TimelineEvent[];
  lanes: Record<LaneMode, TimelineLane[]>;
  undated: UndatedEvent[];
  /** The days the dated events cover, [first, after last]; [0, 0] when there are none. */
  domain: [number, number];
}

const MS_PER_DAY = 86_400_000;
/** The lane of events that name no actor, in the "by actor" mode. */
export const NO_ACTOR_LANE = '';

/** The days a partial date covers: [start, end) in days since the epoch, or undefined for a malformed date. */
export function dateSpan(date: string): { start: number; end: number; precision: DatePrecision } | undefined {
  const parts = parsePartialDate(date);
  if (!parts) return undefined;
  const { year, month, day } = parts;
  const dayNumber = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / MS_PER_DAY;
  const precision = precisionOf(parts);
  if (month === undefined) return { start: dayNumber(year, 1, 1), end: dayNumber(year + 1, 1, 1), precision };
  if (day === undefined) return { start: dayNumber(year, month, 1), end: dayNumber(year, month, 1) + daysInMonth(year, month), precision };
  const start = dayNumber(year, month, day);
  return { start, end: start + 1, precision };
}

export function buildTimeline(library: Library, noActorLabel = 'No actor'): TimelineData {
  const events: TimelineEvent[] = [];
  const undated: UndatedEvent[] = [];
  // library.events is already in timeline order (partial dates before the days inside them).
  for (const entry of library.events) {
    const span = entry.event.date === undefined ? undefined : dateSpan(entry.event.date);
    const articleTitle = entry.dossier.dossier.article.title ?? entry.dossier.dossier.article.id;
    if (!span) {
      undated.push({ key: entry.key, title: entry.event.title, articleTitle, actors: entry.actors.map((a) => a.name) });
      continue;
    }
    events.push(timelineEvent(entry, span, articleTitle));
  }
  const domain: [number, number] = events.length
    ? [Math.min(...events.map((e) => e.start)), Math.max(...events.map((e) => e.end))]
    : [0, 0];
  return { events, lanes: { article: lanesBy(events, 'article', noActorLabel), actor: lanesBy(events, 'actor', noActorLabel) }, undated, domain };
}

function timelineEvent(entry: LibraryEvent, span: NonNullable<ReturnType<typeof dateSpan>>, articleTitle: string): TimelineEvent {
  return {
    key: entry.key,
    title: entry.event.title,
    date: entry.event.date!,
    precision: span.precision,
    approximate: entry.event.approximate === true,
    start: span.start,
    end: span.end,
    articleId: entry.dossier.dossier.article.id,
    articleTitle,
    actors: entry.actors.map((a) => ({ key: a.key, name: a.name })),
  };
}

/**
 * Lanes in order of their first event. By actor, an event with several
 * actors stands in each of their lanes, and one with none in "No actor" (last).
 */
function lanesBy(events: TimelineEvent[], mode: LaneMode, noActorLabel: string): TimelineLane[] {
  const lanes = new Map<string, TimelineLane>();
  const add = (id: string, label: string, index: number) => {
    let lane = lanes.get(id);
    if (!lane) lanes.set(id, (lane = { id, label, events: [] }));
    lane.events.push(index);
  };
  events.forEach((event, index) => {
    if (mode === 'article') add(event.articleId, event.articleTitle, index);
    else if (event.actors.length === 0) add(NO_ACTOR_LANE, noActorLabel, index);
    else for (const actor of event.actors) add(actor.key, actor.name, index);
  });
  const ordered = [...lanes.values()];
  const none = ordered.findIndex((lane) => lane.id === NO_ACTOR_LANE);
  if (none >= 0) ordered.push(...ordered.splice(none, 1));
  return ordered;
}
