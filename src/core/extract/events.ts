// Events: each sentence that carries a date becomes one, with the actors it
// names. Speech the article reports without a date is, in a report of the day
// (one that says something happened "on Tuesday", the publication day), from
// about the publication date: it becomes an approximate event per speaker,
// unless a dated sentence already has that speaker announcing something.
import { createAnchor } from '../anchor';
import { DossierEvent } from '../model';
import { Features } from './confidence';
import { Mention } from './attribution';
import { DateMention } from './dateMentions';
import { Span } from './segment';

export interface SentenceFacts {
  span: Span;
  dates: readonly DateMention[];
  mentions: readonly Mention[];
  /** Speakers of the speech in this sentence: quote speakers and subjects of speech verbs. */
  speakers: readonly string[];
  /** Speakers of speech quotes that end in this sentence. */
  quoted: readonly string[];
}

const TITLE_LENGTH = 160;

type Draft = DossierEvent & { speakers: string[]; features: Features };

export class EventCollector {
  private readonly events: Draft[] = [];
  private readonly undatedSpeech = new Map<string, SentenceFacts>();
  /** The story reports its own day: a weekday or "today" resolved to the publication day. */
  private reportOfTheDay = false;

  constructor(private readonly text: string, private readonly published: string | undefined) {}

  addSentence(facts: SentenceFacts): void {
    const first = facts.dates.find((d) => d.date !== undefined) ?? facts.dates[0];
    if (!first) {
      for (const speaker of facts.quoted) if (!this.undatedSpeech.has(speaker)) this.undatedSpeech.set(speaker, facts);
      return;
    }
    // "from 1999 to 2001", "in 2016 and 2018": each date of the sentence is an event of its own.
    const distinct = facts.dates.filter((d, k) => d.date !== undefined && facts.dates.findIndex((e) => e.date === d.date) === k);
    for (const dated of distinct.length ? distinct : [first]) this.addEvent(facts, dated);
  }

  private addEvent(facts: SentenceFacts, dated: DateMention): void {
    if (this.published && facts.dates.some((d) => d.relative && d.date === this.published)) this.reportOfTheDay = true;
    const event: Draft = {
      id: '',
      title: titleOf(this.text, facts.span),
      actors: actorsOf(facts),
      anchor: createAnchor(this.text, facts.span.start, facts.span.end),
      speakers: [...facts.speakers],
      features: dateFeatures(dated, facts),
    };
    if (dated.date) event.date = dated.date;
    this.events.push(event);
  }

  /** The events in article order, with speech-only events of the publication day added; and the features of each. */
  finish(): { events: DossierEvent[]; features: Features[] } {
    const result = [...this.events];
    // Only a report of its own day says undated things were said that day; a feature or a release does not.
    if (this.published && this.reportOfTheDay) {
      for (const [speaker, facts] of this.undatedSpeech) {
        // Speech by someone who already speaks in a dated sentence is most likely that same statement.
        const told = this.events.some((e) => e.date !== undefined && e.speakers.includes(speaker));
        if (told) continue;
        result.push({
          id: '',
          date: this.published,
          approximate: true,
          title: titleOf(this.text, facts.span),
          actors: actorsOf(facts),
          anchor: createAnchor(this.text, facts.span.start, facts.span.end),
          speakers: [speaker],
          features: { approximate: 1 },
        });
      }
    }
    result.sort((a, b) => (a.anchor?.offset ?? 0) - (b.anchor?.offset ?? 0));
    const events = result.map(({ id, date, approximate, title, actors, anchor }) => {
      const event: DossierEvent = { id, title, actors, anchor };
      if (date) event.date = date;
      if (approximate) event.approximate = true;
      return event;
    });
    return { events, features: result.map((e) => e.features) };
  }
}

/** What kind of date it is: a full date printed, a year alone, a weekday resolved against publication... */
function dateFeatures(dated: DateMention, facts: SentenceFacts): Features {
  const features: Features = {};
  const precision = dated.date === undefined ? 'none' : dated.date.length === 10 ? 'day' : dated.date.length === 7 ? 'month' : 'year';
  features[`date:${precision}`] = 1;
  if (dated.relative) features.relative = 1;
  if (facts.dates.length > 1) features.severalDates = 1;
  if (facts.quoted.length) features.quoted = 1;
  return features;
}

function actorsOf(facts: SentenceFacts): string[] {
  const ids = new Set<string>(facts.speakers);
  for (const mention of facts.mentions) ids.add(mention.actorId);
  return [...ids];
}

/** The sentence as a title: one line, a dateline dropped, cut at a word near TITLE_LENGTH. */
function titleOf(text: string, span: Span): string {
  const sentence = text.slice(span.start, span.end).replace(/^\([^)]{1,40}\)\s*/, '').replace(/\s+/g, ' ').trim();
  if (sentence.length <= TITLE_LENGTH) return sentence;
  const cut = sentence.lastIndexOf(' ', TITLE_LENGTH);
  return `${sentence.slice(0, cut > TITLE_LENGTH / 2 ? cut : TITLE_LENGTH).replace(/[,;:]$/, '')}…`;
}
