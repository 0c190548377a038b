// Who said a quote. Attribution is read from the structure of the sentence,
// never from the nearest name: a clause right after the quote (",” he
// continued", ",” nuanced Mr. Petro", ",” Defense Minister ... said"), else
// a speech verb before it in the same sentence and that verb's subject
// ("Mr Petro told reporters that ... “…”", "According to X, “…”"). Pronouns
// go to the person the story is quoting; quotes with no attribution of their
// own carry on the speaker of the quote before them.
import { ActorKind } from '../model';
import { Language } from './language';
import { QuoteSpan } from './quoteMarks';
import { Span, Token, tokenAt } from './segment';

export interface Mention extends Span {
  actorId: string;
  kind: ActorKind;
}

/** One paragraph as attribution sees it. */
export interface ParagraphView {
  text: string;
  /** The article's language: its speech verbs, pronouns, titles. */
  language: Language;
  sentences: readonly Span[];
  tokens: readonly Token[];
  quotes: readonly QuoteSpan[];
  /** Actor mentions outside quotation marks, in order. */
  mentions: readonly Mention[];
}

export interface Attribution {
  /** The speaker's actor id; null when a pronoun or a role could not be resolved. */
  speaker: string | null;
  /** How the article attributes it: "said", "told reporters", "according to". */
  verb: string;
  /** Where the speaker is: before the quote, after it. */
  position: 'after' | 'before';
  /** Which construction attributed it; a feature of the quote's confidence. */
  cue: AttributionCue;
  /** The speaker was a pronoun ("he said"), resolved from the context. */
  pronoun?: boolean;
}

export type AttributionCue = 'after-subject' | 'after-verb' | 'before-verb' | 'according' | 'colon' | 'carried' | 'shared' | 'paragraph';

/** Whom "he" / "she" may mean: kept by the caller from paragraph to paragraph. */
export interface SpeakerContext {
  /** The speaker of the last attributed quote, and the paragraph it was in. */
  lastSpeaker?: { actorId: string; paragraph: number };
  /** The last person mentioned in earlier paragraphs. */
  lastPerson?: string;
  paragraph: number;
  /** Actor kinds by id: "he" and "she" resolve to people only. */
  kinds?: ReadonlyMap<string, ActorKind>;
}

const MAX_GAP_TOKENS = 4;
const MAX_DESCRIBING_TOKENS = 10;

/** The attribution of the quote, if its sentence has one. */
export function attributeQuote(view: ParagraphView, quote: QuoteSpan, context: SpeakerContext): Attribution | undefined {
  return attributionAfter(view, quote, context) ?? attributionBefore(view, quote, context);
}

/** Who speaks in a sentence outside quotes: "the minister announced on Tuesday" names the minister. */
export function speechSubjects(view: ParagraphView, sentence: Span, context: SpeakerContext): string[] {
  const speakers: string[] = [];
  const { tokens, language } = view;
  for (let k = tokenAt(tokens, sentence.start); k < tokens.length && tokens[k].start < sentence.end; k++) {
    if (!language.speechVerbs.has(tokens[k].folded) || tokens[k].capitalized || !isVerbUse(view, k) || insideQuote(view, tokens[k].start)) continue;
    const speaker = subjectBefore(view, k, sentence, context)?.id;
    if (speaker && !speakers.includes(speaker)) speakers.push(speaker);
  }
  return speakers;
}

/** ",” he said" / ",” said Smith" / ",” Smith, the mayor, said". */
function attributionAfter(view: ParagraphView, quote: QuoteSpan, context: SpeakerContext): Attribution | undefined {
  const { text, tokens, language } = view;
  let at = quote.close;
  while (at < text.length && /[\s,;:—–-]/.test(text[at])) at++;
  const sentenceEnd = sentenceOf(view, quote.close - 1).end;
  const first = tokenAt(tokens, at);
  if (first >= tokens.length || tokens[first].start !== at || at >= sentenceEnd) return undefined;
  const stop = nextQuoteOpen(view, quote.close, sentenceEnd);

  // The subject may follow a word or two that describe it: "Wynnum coach Matt Myers said".
  let subject = subjectAt(view, first, context, stop);
  for (let j = first + 1; !subject && j <= first + 2 && j < tokens.length && tokens[j].end <= stop; j++) {
    if (!tokens[j - 1].capitalized && !language.roleNouns.has(tokens[j - 1].folded)) break;
    subject = subjectAt(view, j, context, stop);
  }
  if (subject) {
    let k = subject.nextToken;
    let resolve = subject.resolve;
    // An apposition between subject and verb: "Smith, the city's mayor, said".
    if (text[tokens[k - 1].end] === ',') k = skipApposition(view, k, stop);
    // "Jane Roe of the city's housing office told": the describing phrase may be longer.
    const gapLimit = language.describing.has(tokens[k]?.folded ?? '') ? MAX_DESCRIBING_TOKENS : MAX_GAP_TOKENS;
    for (let gap = 0; gap < gapLimit && k < tokens.length && tokens[k].end <= stop; gap++, k++) {
      if (isSpeechVerb(language, tokens[k], true)) return { speaker: resolve(tokens[k].folded), verb: verbPhrase(view, k, stop), position: 'after', cue: 'after-subject', pronoun: subject.pronoun && resolve === subject.resolve };
      // "Wynnum coach Matt Myers said": the person, not the club in front of the role.
      const person = view.mentions.find((m) => m.start === tokens[k].start && m.kind === 'person');
      if (person && person.end <= stop) {
        resolve = () => person.actorId;
        k = tokenAt(tokens, person.end) - 1;
        continue;
      }
      if (/[,.;]/.test(text[tokens[k].end] ?? '')) break;
    }
    return undefined;
  }
  // Verb first: ",” said Smith", ",” nuanced Mr. Petro".
  if (!tokens[first].capitalized && isSpeechVerb(language, tokens[first], true)) {
    // ",” said farmer Joseph Mwangi", ",” said the minister": role words before the name.
    let next = first + 1;
    // ",” said study co-author Karen Alley": any describing words, not a clause of their own.
    while (next < first + 4 && tokens[next] && !tokens[next].capitalized && (tokens[next].folded === language.definiteArticle || language.roleNouns.has(tokens[next].folded) || !language.notDescribing.has(tokens[next].folded)) && !/[,.;:]/.test(text[tokens[next].end] ?? '')) next++;
    let speaker = next < tokens.length && tokens[next].end <= stop ? subjectAt(view, next, context, stop) : undefined;
    const person = speaker && personInTitleRun(view, next, stop);
    if (person) speaker = { nextToken: tokenAt(tokens, person.end), resolve: () => person.actorId };
    if (speaker) return { speaker: speaker.resolve(tokens[first].folded), verb: tokens[first].text, position: 'after', cue: 'after-verb', pronoun: speaker.pronoun };
  }
  return undefined;
}

/** "X said: “…”", "X told reporters that … “…”", "According to X, “…”". */
function attributionBefore(view: ParagraphView, quote: QuoteSpan, context: SpeakerContext): Attribution | undefined {
  const { tokens, language } = view;
  const sentence = sentenceOf(view, quote.open);
  for (let k = tokenAt(tokens, quote.open) - 1; k >= 0 && tokens[k].start >= sentence.start; k--) {
    if (insideQuote(view, tokens[k].start)) continue;
    const according = accordingAt(view, k);
    if (according) {
      const source = view.mentions.find((m) => m.start >= tokens[according.last].end && m.end <= quote.open);
      if (source) return { speaker: source.actorId, verb: according.words, position: 'before', cue: 'according' };
      continue;
    }
    if (!isSpeechVerb(language, tokens[k], false) || !isVerbUse(view, k)) continue;
    const speaker = subjectBefore(view, k, sentence, context);
    if (speaker !== undefined) return { speaker: speaker.id, verb: verbPhrase(view, k, quote.open), position: 'before', cue: 'before-verb', pronoun: speaker.pronoun };
    return undefined;
  }
  return introducedByColon(view, quote, sentence);
}

/** "Bolton gave a different account on Twitter: “…”", "Trump's statement read: “…”": the subject of the sentence. */
function introducedByColon(view: ParagraphView, quote: QuoteSpan, sentence: Span): Attribution | undefined {
  const { text } = view;
  // Only blanks may stand between the colon and the quote: step back over them
  // (searching back for any colon ran to the article's start for each quote).
  let colon = quote.open - 1;
  while (colon >= sentence.start && /\s/.test(text[colon])) colon--;
  if (colon < sentence.start || text[colon] !== ':') return undefined;
  return colonSubject(view, sentence, colon);
}

/**
 * "Jane Roe, Area Manager at the agency, said:" ending a paragraph introduces
 * the quote that opens the next one.
 */
export function introductionAtEnd(view: ParagraphView, paragraph: Span, context: SpeakerContext): Attribution | undefined {
  const { text } = view;
  let end = paragraph.end;
  while (end > paragraph.start && /\s/.test(text[end - 1])) end--;
  if (text[end - 1] !== ':' || view.quotes.some((q) => q.close >= end - 1)) return undefined;
  const sentence = sentenceOf(view, end - 1);
  // "In a statement, the minister said:": a speech verb with its subject, else the subject of the clause.
  const { tokens, language } = view;
  for (let k = tokenAt(tokens, end - 1) - 1; k >= 0 && tokens[k].start >= sentence.start; k--) {
    if (!isSpeechVerb(language, tokens[k], false) || !isVerbUse(view, k)) continue;
    const speaker = subjectBefore(view, k, sentence, context) ?? descriptionBefore(view, k, sentence, context);
    if (speaker) return { speaker: speaker.id, verb: verbPhrase(view, k, end), position: 'before', cue: 'colon', pronoun: speaker.pronoun };
    break;
  }
  return colonSubject(view, sentence, end - 1);
}

/** "the minister said": a description of the speaker with no name, resolved like a pronoun. */
function descriptionBefore(view: ParagraphView, k: number, sentence: Span, context: SpeakerContext): { id: string | null; pronoun: boolean } | undefined {
  const { tokens, language } = view;
  for (let j = k - 1; j >= 0 && j >= k - 3 && tokens[j].start >= sentence.start; j--) {
    if (language.roleNouns.has(tokens[j].folded) && !tokens[j].capitalized && tokens[j - 1] && language.articles.has(tokens[j - 1].folded)) return { id: resolvePronoun(view, tokens[j].start, tokens[k].folded, context), pronoun: true };
  }
  return undefined;
}

/** The subject of a clause ending in a colon: a person before an organisation ("Former CIA deputy director Michael Morell praised him on Twitter:"). */
function colonSubject(view: ParagraphView, sentence: Span, colon: number): Attribution | undefined {
  const { text } = view;
  const inClause = view.mentions.filter((m) => m.start >= sentence.start && m.end <= colon && m.kind !== 'place');
  const subject = inClause.find((m) => m.kind === 'person') ?? inClause[0];
  if (!subject || /[.;]/.test(text.slice(sentence.start, subject.start))) return undefined;
  const how = text.slice(subject.end, colon).replace(/^['’]s\b/, '').trim().split(/\s+/).slice(0, 4).join(' ');
  return { speaker: subject.actorId, verb: how || ':', position: 'before', cue: 'colon' };
}

/** The subject of the verb at token `k`: the nearest mention or pronoun before it, skipping an apposition. */
function subjectBefore(view: ParagraphView, k: number, sentence: Span, context: SpeakerContext): { id: string | null; pronoun?: boolean } | undefined {
  const { tokens, text, language } = view;
  const verbStart = tokens[k].start;
  // A place speaks only as the subject right before the verb ("Ankara said", "Turkey has warned"), never from "In Paris, ...".
  const candidates = view.mentions.filter((m) => m.start >= sentence.start && m.end <= verbStart && (m.kind !== 'place' || language.placeAsSubject.test(text.slice(m.end, verbStart))));
  for (let j = k - 1; j >= 0 && tokens[j].start >= sentence.start; j--) {
    if (language.personPronouns.has(tokens[j].folded) && !insideQuote(view, tokens[j].start)) {
      const mentionAfter = candidates.find((m) => m.start > tokens[j].start);
      if (!mentionAfter) return { id: resolvePronoun(view, tokens[j].start, tokens[k].folded, context), pronoun: true };
      break;
    }
  }
  if (candidates.length === 0) return undefined;
  let chosen = candidates[candidates.length - 1];
  // "Smith, who met Jones on Monday, said": the subject is before the relative clause.
  for (const earlier of candidates) {
    if (earlier === chosen) break;
    const between = text.slice(earlier.end, chosen.start);
    if (language.relativeClause.test(between) && text.slice(chosen.end, verbStart).includes(',') && !language.objectBefore.test(text.slice(sentence.start, earlier.start))) { chosen = earlier; break; }
  }
  // "Sheldon Yett of UNICEF observed": the person, not the organisation that describes them.
  const index = candidates.indexOf(chosen);
  const before = candidates[index - 1];
  if (chosen.kind !== 'person' && before?.kind === 'person' && language.personOfOrganization.test(text.slice(before.end, chosen.start))) chosen = before;
  return { id: speakerOf(chosen) };
}

interface Subject {
  nextToken: number;
  resolve(verb: string): string | null;
  pronoun?: boolean;
}

/** A mention or a personal pronoun starting at token `k`. */
function subjectAt(view: ParagraphView, k: number, context: SpeakerContext, stop: number): Subject | undefined {
  const { tokens, language } = view;
  const start = tokens[k].folded === language.definiteArticle ? tokens[k + 1]?.start ?? -1 : tokens[k].start;
  const mention = view.mentions.find((m) => m.start === start || m.start === tokens[k].start);
  if (mention && mention.end <= stop) {
    return { nextToken: tokenAt(tokens, mention.end), resolve: () => speakerOf(mention) };
  }
  if (language.personPronouns.has(tokens[k].folded)) {
    return { nextToken: k + 1, resolve: (verb) => resolvePronoun(view, tokens[k].start, verb, context), pronoun: true };
  }
  // "the professor added", "The Wooster professor said": a description of someone already named works as a pronoun.
  if (tokens[k].folded === language.definiteArticle) {
    for (let j = k + 1; j <= k + 3 && j < tokens.length && tokens[j].end <= stop; j++) {
      if (language.roleNouns.has(tokens[j].folded) && !tokens[j].capitalized) return { nextToken: j + 1, resolve: (verb) => resolvePronoun(view, tokens[k].start, verb, context), pronoun: true };
      if (!tokens[j].capitalized) break;
    }
  }
  return undefined;
}

/** "he continued" is the speaker of the quote before; "he said" the person just named. */
function resolvePronoun(view: ParagraphView, offset: number, verb: string, context: SpeakerContext): string | null {
  // A place or an organisation speaks ("Ankara said"), but is never "he" or "she".
  const isPerson = (id: string) => !context.kinds || context.kinds.get(id) === 'person';
  const recent = context.lastSpeaker && context.paragraph - context.lastSpeaker.paragraph <= 2 && isPerson(context.lastSpeaker.actorId) ? context.lastSpeaker.actorId : undefined;
  if (view.language.continuationVerbs.has(verb) && recent) return recent;
  const people = view.mentions.filter((m) => m.kind === 'person' && m.end <= offset);
  if (people.length) return people[people.length - 1].actorId;
  return recent ?? context.lastPerson ?? null;
}

/** "NASA Administrator Bill Nelson": the person a title run ends with, when its first mention is not one. */
function personInTitleRun(view: ParagraphView, k: number, stop: number): Mention | undefined {
  const { tokens, text } = view;
  const first = view.mentions.find((m) => m.start === tokens[k].start);
  if (!first || first.kind === 'person') return undefined;
  let j = tokenAt(tokens, first.end);
  for (let n = 0; n < 4 && j < tokens.length && tokens[j].capitalized && tokens[j].end <= stop && text.slice(tokens[j - 1].end, tokens[j].start) === ' '; n++, j++) {
    const person = view.mentions.find((m) => m.start === tokens[j].start && m.kind === 'person');
    if (person) return person;
  }
  return undefined;
}

function speakerOf(mention: Mention): string | null {
  return mention.actorId;
}

function skipApposition(view: ParagraphView, k: number, stop: number): number {
  const { tokens, text } = view;
  for (let j = k; j < k + 12 && j < tokens.length && tokens[j].end <= stop; j++) {
    if (text[tokens[j].end] === ',') return j + 1;
  }
  return k;
}

/** The verb as the article words it: "said", "told reporters", "wrote on Twitter". */
function verbPhrase(view: ParagraphView, k: number, stop: number): string {
  const { tokens, text } = view;
  const next = tokens[k + 1];
  if (next && next.end <= stop && text.slice(tokens[k].end, next.start) === ' ' && view.language.speechObjects.has(next.folded)) return `${tokens[k].text} ${next.text}`;
  return tokens[k].text;
}

/** Speech verbs; right after a quote any past-tense verb attributes it (",” nuanced Mr. Petro"). */
function isSpeechVerb(language: Language, token: Token, afterQuote: boolean): boolean {
  if (token.capitalized) return false;
  return language.speechVerbs.has(token.folded) || (afterQuote && language.isPastTense(token.folded));
}

/** "in remarks", "the claims", "his comments": a noun, not the verb. */
function isVerbUse(view: ParagraphView, k: number): boolean {
  return k === 0 || !view.language.nounMarkers.has(view.tokens[k - 1].folded);
}

/** "according to" ending at token `k` read backwards from the quote (its first word is token `k`): the words and its last token. */
function accordingAt(view: ParagraphView, k: number): { words: string; last: number } | undefined {
  const { tokens, language } = view;
  const words = language.according;
  for (let n = 0; n < words.length; n++) if (tokens[k + n]?.folded !== words[n]) return undefined;
  return { words: words.join(' '), last: k + words.length - 1 };
}

function sentenceOf(view: ParagraphView, offset: number): Span {
  for (const sentence of view.sentences) if (offset < sentence.end) return sentence;
  return view.sentences[view.sentences.length - 1];
}

function insideQuote(view: ParagraphView, offset: number): boolean {
  return view.quotes.some((q) => offset > q.open && offset < q.close);
}

function nextQuoteOpen(view: ParagraphView, from: number, limit: number): number {
  const next = view.quotes.find((q) => q.open >= from);
  return next && next.open < limit ? next.open : limit;
}
