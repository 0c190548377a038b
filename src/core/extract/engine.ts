// The extraction engine: article text in, dossier out. It runs as a
// generator that yields after every slice of work, so a caller can keep an
// editor responsive (and cancel) on a very long article; `extractDossier`
// simply runs it to the end.
//
// 1. reading: paragraphs, sentences, words, name runs, quotation marks, dates;
// 2. actors: name runs read and clustered over the whole article;
// 3. attributing: mentions found, quotes assembled and attributed, events.
import { createAnchor } from '../anchor';
import { Article, Dossier, DossierEvent, Quote } from '../model';
import { NameIndex } from '../nameIndex';
import { buildActors, PositionedReading } from './actors';
import { describeArticle } from './article';
import { Attribution, introductionAtEnd, Mention, ParagraphView, SpeakerContext, speechSubjects } from './attribution';
import { findGroupPhrases, findNameRuns, GroupPhrase, NameRun } from './candidates';
import { dateOfDateLine, DateMention, findDates, findPublicationDate } from './dateMentions';
import { blockQuote } from './blockQuotes';
import { applyConfidence, ConfidenceModel, ItemFeatures } from './confidence';
import { actorFeatures, quoteFeatures } from './features';
import { EventCollector } from './events';
import { findQuoteMarks, opensWithQuote, QuoteSpan } from './quoteMarks';
import { assembleQuotes, ExtractedQuote } from './quotes';
import { readNameRun, WordEvidence } from './readName';
import { Span, splitParagraphs, splitSentences, Token, tokenize } from './segment';
import { IdAllocator, slugify } from './slug';
import { DEFAULT_LANGUAGE, Language, languageFor } from './language';

export interface ExtractOptions {
  /** Publication date, YYYY-MM-DD; else read from a date line in the text; else relative dates stay unresolved. */
  published?: string;
  /** Article id; else made from the title or the first words. */
  id?: string;
  /** Path of the article relative to the dossier (`article.file`). */
  file?: string;
  /** Put the text itself in the dossier (`article.text`), for an article that has no file. */
  inlineText?: boolean;
  /** What the file states about the article (a page's metadata, front matter): it wins over what the text suggests. */
  article?: Partial<Article>;
  /** Weights for `confidence`; by default those fitted on the development set (confidence.json). */
  model?: ConfidenceModel;
  /** The article's language (a tag: "en", "en-GB"); else `article.language`; else English. */
  language?: string;
}

export interface ExtractProgress {
  phase: 'reading' | 'attributing';
  /** Characters of the article done in this phase, out of `total`. */
  done: number;
  total: number;
}

export interface Extraction {
  dossier: Dossier;
  /** The quotes with the spans of their parts, in dossier order. */
  quotes: ExtractedQuote[];
  /** Where the publication date came from. */
  publishedFrom?: 'option' | 'text';
  /** What each quote's, actor's and event's confidence was computed from, in dossier order. */
  features: ItemFeatures;
}

/** Holding every word of a very long article costs more memory (and garbage collection) than cutting them again. */
const KEEP_WORDS_UP_TO = 1_000_000;

/** Characters of text handled between two yields: a few milliseconds of work. */
const SLICE = 6_000;

interface ScannedParagraph {
  span: Span;
  sentences: Span[];
  /** The words, kept for articles up to KEEP_WORDS_UP_TO characters; longer ones cut them again. */
  tokens?: Token[];
  runs: NameRun[];
  groups: GroupPhrase[];
  quotes: QuoteSpan[];
  leftOpen?: QuoteSpan;
  dates: DateMention[];
}

export function* extractSteps(text: string, options: ExtractOptions = {}): Generator<ExtractProgress, Extraction, void> {
  const language = articleLanguage(options);
  const fromText = options.published ? undefined : findPublicationDate(text, language);
  const published = options.published ?? fromText;
  const total = text.length;

  const paragraphs: ScannedParagraph[] = [];
  const capitalizedInside = new Set<string>();
  const lowercase = new Set<string>();
  let sliceEnd = SLICE;
  for (const span of splitParagraphs(text)) {
    if (paragraphs.length < 5 && dateOfDateLine(text.slice(span.start, span.end), language)) continue;
    const sentences = splitSentences(text, span, language.abbreviations);
    const tokens = tokenize(text, span);
    noteWordEvidence(text, tokens, sentences, capitalizedInside, lowercase);
    const { quotes, leftOpen } = findQuoteMarks(text, span, language.quoteMarks);
    // "Today" inside a quote is the speaker's today, not a date of the story.
    const dates = sentences.flatMap((sentence) => findDates(text, sentence, published, language)).filter((d) => !d.relative || !quotes.some((q) => d.start > q.open && d.end < q.close));
    paragraphs.push({ span, sentences, tokens: text.length <= KEEP_WORDS_UP_TO ? tokens : undefined, runs: findNameRuns(text, tokens, sentences, paragraphs.length === 0, language), groups: findGroupPhrases(text, tokens, language), quotes, leftOpen, dates });
    if (span.end >= sliceEnd) {
      sliceEnd = span.end + SLICE;
      yield { phase: 'reading', done: span.end, total };
    }
  }

  const evidence: WordEvidence = { capitalizedInside, lowercase };
  const readings: PositionedReading[] = [];
  sliceEnd = SLICE * 4;
  for (const paragraph of paragraphs) {
    for (const run of paragraph.runs) {
      const read = readNameRun(run, evidence, language);
      if (read) readings.push({ reading: read.reading, surface: text.slice(read.surface[0].start, read.surface[read.surface.length - 1].end), offset: read.surface[0].start });
    }
    if (paragraph.span.end >= sliceEnd) {
      sliceEnd = paragraph.span.end + SLICE * 4;
      yield { phase: 'reading', done: paragraph.span.end, total };
    }
  }
  yield { phase: 'reading', done: total, total };
  const actors = yield* paced(buildActors(readings, paragraphs.flatMap((p) => p.groups), text, language), { phase: 'reading', done: total, total });
  const kinds = new Map(actors.map((a) => [a.id, a.kind]));
  const names = new NameIndex<string>();
  for (const actor of actors) names.add(actor.name, actor.id);
  for (const actor of actors) for (const alias of actor.aliases) names.add(alias, actor.id);
  yield { phase: 'attributing', done: 0, total };

  const context: SpeakerContext = { paragraph: 0, kinds };
  const mentionCounts = new Map<string, number>();
  const quoteContexts: number[] = [];
  const quotes: ExtractedQuote[] = [];
  const events = new EventCollector(text, published);
  let continued: ExtractedQuote | undefined;
  let introduced: Attribution | undefined;
  sliceEnd = SLICE;
  for (let index = 0; index < paragraphs.length; index++) {
    const paragraph = paragraphs[index];
    context.paragraph = index;
    const block = continued ? undefined : blockQuote(text, paragraphs[index - 1]?.span, paragraph.span, language.quoteMarks);
    const spans = block ? [block] : [...paragraph.quotes];
    const continues = !block && paragraph.leftOpen && paragraphs[index + 1] && opensWithQuote(text, paragraphs[index + 1].span, language.quoteMarks);
    if (continues) spans.push(paragraph.leftOpen!);
    const allMentions = mentionsIn(names, kinds, text, paragraph.span);
    const view: ParagraphView = { text, language, sentences: paragraph.sentences, tokens: paragraph.tokens ?? tokenize(text, paragraph.span), quotes: spans, mentions: spans.length ? allMentions.filter((m) => !spans.some((q) => m.start > q.open && m.start < q.close)) : allMentions };
    for (const m of allMentions) mentionCounts.set(m.actorId, (mentionCounts.get(m.actorId) ?? 0) + 1);
    const found = assembleQuotes(view, index, spans, context, continued, introduced);
    introduced = introductionAtEnd(view, paragraph.span, context);
    const people = new Set(view.mentions.filter((m) => m.kind === 'person').map((m) => m.actorId)).size;
    for (let k = 0; k < found.length; k++) quoteContexts.push(people);
    continued = continues ? found[found.length - 1] ?? continued : undefined;
    quotes.push(...found);
    for (const quote of found) if (quote.kind === 'speech' && quote.speaker) context.lastSpeaker = { actorId: quote.speaker, paragraph: index };
    addEvents(events, view, paragraph, found, allMentions, context);
    const persons = view.mentions.filter((m) => m.kind === 'person');
    if (persons.length) context.lastPerson = persons[persons.length - 1].actorId;
    if (paragraph.span.end >= sliceEnd) {
      sliceEnd = paragraph.span.end + SLICE;
      yield { phase: 'attributing', done: paragraph.span.end, total };
    }
  }
  const done: ExtractProgress = { phase: 'attributing', done: total, total };
  yield done;

  const facts = describeArticle(text, language);
  const finished = events.finish();
  const dossier: Dossier = {
    sourcebook: 1,
    article: {
      id: options.id ?? slugify(options.article?.title ?? facts.title ?? text.slice(0, 120), 6),
      ...facts,
      ...options.article,
      ...(published ? { published } : {}),
      ...(options.file ? { file: options.file } : {}),
      ...(options.inlineText ? { text } : {}),
    },
    actors,
    events: yield* paced(withIds(finished.events), done),
    quotes: yield* paced(quotesForDossier(text, quotes), done),
  };
  const features = yield* paced(confidenceSteps(dossier, quotes, finished.features, kinds, quoteContexts, mentionCounts, options.model, language), done);
  return { dossier, quotes, publishedFrom: options.published ? 'option' : fromText ? 'text' : undefined, features };
}

/**
 * The language module of the article: the option, else `article.language`, else English.
 * A language without a module is read as English for now.
 */
function articleLanguage(options: ExtractOptions): Language {
  return languageFor(options.language ?? options.article?.language ?? DEFAULT_LANGUAGE) ?? languageFor(DEFAULT_LANGUAGE)!;
}

/** Runs the engine to the end in one go (the CLI, tests, small articles). */
export function extractDossier(text: string, options: ExtractOptions = {}): Extraction {
  const steps = extractSteps(text, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Each sentence with a date is an event; dateless speech is noted for an approximate one. */
function addEvents(events: EventCollector, view: ParagraphView, paragraph: ScannedParagraph, found: readonly ExtractedQuote[], mentions: readonly Mention[], context: SpeakerContext): void {
  for (const sentence of paragraph.sentences) {
    const dates = paragraph.dates.filter((d) => d.start >= sentence.start && d.end <= sentence.end);
    const starting = found.filter((q) => q.speaker && q.parts[0].start >= sentence.start && q.parts[0].start < sentence.end);
    const quoted = starting.filter((q) => q.kind === 'speech').map((q) => q.speaker!);
    if (dates.length === 0 && quoted.length === 0) continue;
    // Who speaks matters only for dated sentences: it decides whether dateless speech is the same statement.
    const subjects = dates.length ? speechSubjects(view, sentence, context) : [];
    events.addSentence({
      span: sentence,
      dates,
      mentions: mentions.filter((m) => m.start >= sentence.start && m.end <= sentence.end),
      speakers: [...new Set([...starting.map((q) => q.speaker!), ...subjects])],
      quoted,
    });
  }
}

function noteWordEvidence(text: string, tokens: readonly Token[], sentences: readonly Span[], capitalizedInside: Set<string>, lowercase: Set<string>): void {
  let s = 0;
  for (const token of tokens) {
    while (s < sentences.length - 1 && token.start >= sentences[s].end) s++;
    // Short words are nearly all in SENTENCE_WORDS already; skipping them halves the work here.
    if (!token.capitalized) { if (token.end - token.start > 3) lowercase.add(token.folded); continue; }
    const initial = token.start - sentences[s].start < 4 && /^[\s"“‘'(\[—–-]*$/.test(text.slice(sentences[s].start, token.start));
    if (!initial && text[token.start - 2] !== ':') capitalizedInside.add(token.folded);
  }
}

/** Actor mentions in a paragraph; where a form names several actors, a person or organisation wins. */
function mentionsIn(names: NameIndex<string>, kinds: Map<string, Mention['kind']>, text: string, span: Span): Mention[] {
  const rank = { person: 0, organization: 1, group: 2, place: 3 };
  return names.findAll(text.slice(span.start, span.end)).map((match) => {
    const actorId = [...match.targets].sort((a, b) => rank[kinds.get(a)!] - rank[kinds.get(b)!])[0];
    return { start: match.start + span.start, end: match.end + span.start, actorId, kind: kinds.get(actorId)! };
  });
}

/** Runs a step generator of a phase, reporting `progress` at each of its pauses. */
function* paced<T>(steps: Generator<void, T, void>, progress: ExtractProgress): Generator<ExtractProgress, T, void> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    yield progress;
  }
}

/** Items written between two pauses when the dossier is assembled. */
const BATCH = 1_000;

function* quotesForDossier(text: string, quotes: readonly ExtractedQuote[]): Generator<void, Quote[], void> {
  const ids = new IdAllocator();
  const result: Quote[] = [];
  for (const q of quotes) {
    if (result.length % BATCH === BATCH - 1) yield;
    const quote: Quote = { id: ids.take(`${q.speaker ?? q.kind}-${slugify(q.text, 4)}`), kind: q.kind, speaker: q.speaker, text: q.text };
    if (q.attribution) quote.attribution = q.attribution;
    quote.anchor = createAnchor(text, q.parts[0].start, q.parts[q.parts.length - 1].end);
    result.push(quote);
  }
  return result;
}

/** Features and confidence of every item, pausing every BATCH items. */
function* confidenceSteps(
  dossier: Dossier, quotes: readonly ExtractedQuote[], eventFeatures: ItemFeatures['events'], kinds: ReadonlyMap<string, Mention['kind']>,
  quoteContexts: readonly number[], mentionCounts: ReadonlyMap<string, number>, model: ConfidenceModel | undefined, language: Language,
): Generator<void, ItemFeatures, void> {
  const speakers = new Set(quotes.map((q) => q.speaker));
  const features: ItemFeatures = { quotes: [], actors: [], events: eventFeatures };
  for (let i = 0; i < quotes.length; i++) {
    if (i % BATCH === BATCH - 1) yield;
    features.quotes.push(quoteFeatures(quotes[i], kinds, quoteContexts[i] ?? 0, language));
  }
  for (let i = 0; i < dossier.actors.length; i++) {
    if (i % BATCH === BATCH - 1) yield;
    const actor = dossier.actors[i];
    features.actors.push(actorFeatures(actor, mentionCounts.get(actor.id) ?? 0, speakers.has(actor.id), language));
  }
  yield;
  applyConfidence(dossier, features, model);
  return features;
}

function* withIds(events: DossierEvent[]): Generator<void, DossierEvent[], void> {
  const ids = new IdAllocator();
  for (let i = 0; i < events.length; i++) {
    if (i % BATCH === BATCH - 1) yield;
    events[i] = { ...events[i], id: ids.take(slugify(events[i].title, 5)) };
  }
  return events;
}
