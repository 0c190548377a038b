// Scoring the engine against a hand annotation (test/fixtures/gold.yaml's
// format). The rules, written down once:
//
// Actors. A gold actor's forms are its name, `mentions` and `also`; an
//   extracted actor's forms are its name and aliases; forms are compared by
//   `nameKey` (case, accents, periods ignored). Pairs that share a form are
//   matched one to one, strongest first: extracted name = gold name, then
//   extracted name = a gold form, then any shared form. Recall = matched gold
//   actors / gold actors; precision = matched extracted actors / extracted
//   actors — so an extracted actor matching nothing, or a second actor for a
//   gold actor already matched (an unclustered duplicate), counts as wrong.
// Quotes. Only gold quotes of kind speech count. One is found when an
//   extracted speech quote's text, or one of its parts (the words between one
//   pair of marks), equals it exactly (white space collapsed).
// Speakers. Of the found gold speech quotes, the share whose extracted
//   speaker is the actor matched to the gold speaker (a gold speaker null,
//   "the text does not say", is right only when the extracted one is null).
// Labels for confidence. An extracted quote is right when it found a gold
//   speech quote with the right speaker or has the words of a gold term and
//   was taken as a term; wrong when it found one with the wrong speaker or
//   took a gold term for speech (or the reverse); others are not labelled.
//   An actor is right when matched to a gold actor of the same kind. A dated event is right when it
//   matched a gold event (same date, cue in its passage).
// Events. Only dated events count. A gold event is found by an extracted
//   event with the same date whose passage contains the gold `cue`; one to one.
//   Recall = found gold events / dated gold events; precision = matched
//   extracted events / dated extracted events.
import { parse } from 'yaml';
import { nameKey } from '../fold';
import { Actor } from '../model';
import { Extraction } from './engine';

export interface Gold {
  article?: { published?: string; outlet?: string };
  actors: { id: string; kind?: string; name: string; mentions?: string[]; also?: string[] }[];
  quotes: { speaker?: string; kind: string; text: string }[];
  events: { id: string; date?: string; cue?: string }[];
}

export interface Scores {
  actorRecall: number;
  actorPrecision: number;
  actorF1: number;
  quoteRecall: number;
  speakerAccuracy: number;
  dateRecall: number;
  datePrecision: number;
  /** What was missed or wrong, for a person reading the score. */
  notes: string[];
  /** The counts behind the ratios, for micro averages over articles. */
  counts: Counts;
  /** Right or wrong for each extracted quote, actor and event (dossier order); undefined when the gold cannot tell. */
  labels: { quotes: (boolean | undefined)[]; actors: boolean[]; events: (boolean | undefined)[] };
  /** Each gold speech quote: the index of the extracted quote that found it (-1 when missed) and whether its speaker is right. */
  goldQuotes: { found: number; right: boolean }[];
}

export interface Counts {
  goldActors: number;
  extractedActors: number;
  matchedActors: number;
  speech: number;
  found: number;
  rightSpeaker: number;
  datedGold: number;
  datedExtracted: number;
  matchedEvents: number;
}

export const TARGETS = { actorF1: 0.9, quoteRecall: 1.0, speakerAccuracy: 0.9, dateRecall: 0.85 } as const;

export function parseGold(yaml: string): Gold {
  const gold = parse(yaml) as Partial<Gold>;
  return { article: gold.article, actors: gold.actors ?? [], quotes: gold.quotes ?? [], events: gold.events ?? [] };
}

export function scoreExtraction(extraction: Extraction, articleText: string, gold: Gold): Scores {
  const notes: string[] = [];
  const { dossier } = extraction;
  const actorMatch = matchActors(dossier.actors, gold.actors);
  const matchedGold = new Set(actorMatch.values());
  for (const actor of gold.actors) if (!matchedGold.has(actor.id)) notes.push(`actor missed: ${actor.name}`);
  for (const actor of dossier.actors) if (!actorMatch.has(actor.id)) notes.push(`actor wrong or duplicate: ${actor.name} (${actor.kind})`);
  const actorRecall = ratio(matchedGold.size, gold.actors.length);
  const actorPrecision = ratio(actorMatch.size, dossier.actors.length);

  const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
  const speech = gold.quotes.filter((q) => q.kind === 'speech');
  const quoteLabels: (boolean | undefined)[] = extraction.quotes.map(() => undefined);
  const goldQuotes: Scores['goldQuotes'] = [];
  const sameWords = (q: Extraction['quotes'][number], wanted: string) => squash(q.text) === wanted || q.parts.some((p) => squash(articleText.slice(p.start, p.end)) === wanted);
  let found = 0;
  let rightSpeaker = 0;
  for (const goldQuote of gold.quotes) {
    const wanted = squash(goldQuote.text);
    if (goldQuote.kind !== 'speech') {
      // A term taken for a term has its speaker (none) right; taken for speech, wrong.
      const taken = extraction.quotes.findIndex((q) => sameWords(q, wanted));
      if (taken >= 0 && quoteLabels[taken] === undefined) quoteLabels[taken] = extraction.quotes[taken].kind !== 'speech';
      continue;
    }
    const index = extraction.quotes.findIndex((q) => q.kind === 'speech' && sameWords(q, wanted));
    if (index < 0) {
      const asTerm = extraction.quotes.findIndex((q) => sameWords(q, wanted));
      if (asTerm >= 0) quoteLabels[asTerm] = false;
      notes.push(`speech quote missed: "${wanted}"`);
      goldQuotes.push({ found: -1, right: false });
      continue;
    }
    const hit = extraction.quotes[index];
    found++;
    const goldSpeaker = goldQuote.speaker ?? null;
    const right = hit.speaker ? actorMatch.get(hit.speaker) === goldSpeaker : goldSpeaker === null;
    quoteLabels[index] = quoteLabels[index] === false ? false : right;
    goldQuotes.push({ found: index, right });
    if (right) rightSpeaker++;
    else notes.push(`wrong speaker ${hit.speaker} for "${wanted.slice(0, 50)}" (gold: ${goldSpeaker})`);
  }

  const datedGold = gold.events.filter((e) => e.date !== undefined && e.date !== null);
  const datedExtracted = dossier.events.filter((e) => e.date !== undefined);
  const used = new Set<number>();
  for (const event of datedGold) {
    const cue = squash(event.cue ?? '');
    const at = datedExtracted.findIndex((e, k) => !used.has(k) && e.date === goldDate(event.date) && squash(e.anchor?.exact ?? e.title).includes(cue));
    if (at === -1) notes.push(`event missed: ${event.date} ${event.id}`);
    else used.add(at);
  }
  datedExtracted.forEach((e, k) => { if (!used.has(k)) notes.push(`event not in gold: ${e.date} ${e.title.slice(0, 60)}`); });
  const eventLabels = dossier.events.map((e) => (e.date === undefined ? undefined : used.has(datedExtracted.indexOf(e))));
  const goldKinds = new Map(gold.actors.map((g) => [g.id, g.kind]));
  const actorLabels = dossier.actors.map((a) => actorMatch.has(a.id) && (goldKinds.get(actorMatch.get(a.id)!) ?? a.kind) === a.kind);

  return {
    actorRecall,
    actorPrecision,
    actorF1: actorRecall + actorPrecision === 0 ? 0 : (2 * actorRecall * actorPrecision) / (actorRecall + actorPrecision),
    quoteRecall: ratio(found, speech.length),
    speakerAccuracy: ratio(rightSpeaker, found),
    dateRecall: ratio(used.size, datedGold.length),
    datePrecision: ratio(used.size, datedExtracted.length),
    notes,
    counts: {
      goldActors: gold.actors.length, extractedActors: dossier.actors.length, matchedActors: actorMatch.size,
      speech: speech.length, found, rightSpeaker,
      datedGold: datedGold.length, datedExtracted: datedExtracted.length, matchedEvents: used.size,
    },
    labels: { quotes: quoteLabels, actors: actorLabels, events: eventLabels },
    goldQuotes,
  };
}

/** Which targets a score misses (empty when all are met). */
export function missedTargets(scores: Scores): string[] {
  return (Object.keys(TARGETS) as (keyof typeof TARGETS)[]).filter((key) => scores[key] < TARGETS[key]).map((key) => `${key} ${scores[key].toFixed(3)} < ${TARGETS[key]}`);
}

/** Extracted actor id → gold actor id, one to one, strongest evidence first. */
function matchActors(extracted: readonly Actor[], gold: Gold['actors']): Map<string, string> {
  const goldForms = gold.map((g) => new Set([g.name, ...(g.mentions ?? []), ...(g.also ?? [])].map(nameKey)));
  const pairs: { e: Actor; g: Gold['actors'][number]; strength: number; order: number }[] = [];
  extracted.forEach((e, order) => {
    const eName = nameKey(e.name);
    const eForms = [eName, ...e.aliases.map(nameKey)];
    gold.forEach((g, k) => {
      const strength = eName === nameKey(g.name) ? 3 : goldForms[k].has(eName) ? 2 : eForms.some((f) => goldForms[k].has(f)) ? 1 : 0;
      if (strength) pairs.push({ e, g, strength, order });
    });
  });
  pairs.sort((a, b) => b.strength - a.strength || a.order - b.order);
  const result = new Map<string, string>();
  const taken = new Set<string>();
  for (const { e, g } of pairs) {
    if (result.has(e.id) || taken.has(g.id)) continue;
    result.set(e.id, g.id);
    taken.add(g.id);
  }
  return result;
}

/** YAML reads an unquoted 2019-01-04 as a Date: back to YYYY-MM-DD. */
function goldDate(date: unknown): string {
  return date instanceof Date ? date.toISOString().slice(0, 10) : String(date);
}

/** The ratios of summed counts: the micro average over articles. */
export function microAverage(counts: readonly Counts[]): Omit<Scores, 'notes' | 'counts' | 'labels' | 'goldQuotes'> {
  const sum = (key: keyof Counts) => counts.reduce((total, c) => total + c[key], 0);
  const actorRecall = ratio(sum('matchedActors'), sum('goldActors'));
  const actorPrecision = ratio(sum('matchedActors'), sum('extractedActors'));
  return {
    actorRecall,
    actorPrecision,
    actorF1: actorRecall + actorPrecision === 0 ? 0 : (2 * actorRecall * actorPrecision) / (actorRecall + actorPrecision),
    quoteRecall: ratio(sum('found'), sum('speech')),
    speakerAccuracy: ratio(sum('rightSpeaker'), sum('found')),
    dateRecall: ratio(sum('matchedEvents'), sum('datedGold')),
    datePrecision: ratio(sum('matchedEvents'), sum('datedExtracted')),
  };
}

function ratio(part: number, whole: number): number {
  return whole === 0 ? 1 : part / whole;
}
