// Quotes of one paragraph: quotation-mark spans joined into quotes (a quote
// split around its attribution, a quote continued from the paragraph
// before), told apart as speech or a term in quotes, and attributed.
import { QuoteKind } from '../model';
import { Attribution, AttributionCue, attributeQuote, ParagraphView, SpeakerContext } from './attribution';
import { QuoteSpan } from './quoteMarks';
import { Span } from './segment';

export interface ExtractedQuote {
  /** The words between each pair of marks, in order; more than one when the quote is split or continued. */
  parts: Span[];
  /** The words as quoted: the parts joined by a space. */
  text: string;
  kind: QuoteKind;
  speaker: string | null;
  attribution?: string;
  /** Index of the paragraph where the quote ends. */
  paragraph: number;
  /** How the speaker was found (none when the quote has none); with `pronoun`, features of its confidence. */
  cue?: AttributionCue;
  pronoun?: boolean;
}

const SPEECH_ENDING = /[,.!?…]\s*$/;

/**
 * Quotes of one paragraph. `continued` is a quote left open by the paragraph
 * before and continued by this one's first span.
 */
export function assembleQuotes(view: ParagraphView, paragraph: number, spans: readonly QuoteSpan[], context: SpeakerContext, continued?: ExtractedQuote, introduced?: Attribution): ExtractedQuote[] {
  const { text } = view;
  const groups: QuoteSpan[][] = [];
  // Empty marks ("" or “”) quote nothing: a quote needs words.
  for (const span of spans.filter((s) => /[\p{L}\p{N}]/u.test(text.slice(s.content.start, s.content.end)))) {
    const previous = groups[groups.length - 1];
    if (previous && isSplitAroundAttribution(view, previous[previous.length - 1], span, context)) previous.push(span);
    else groups.push([span]);
  }
  // Attributed in order, so "he continued" can mean the speaker of the quote just before.
  const local: SpeakerContext = { ...context };
  const attributions = groups.map((group, i) => {
    let found = group.map((span) => attributeQuote(view, span, local)).find((a) => a !== undefined);
    // The paragraph before ended "…, said:" and this one opens with the quote.
    if (!found && i === 0 && introduced && startsParagraph(view, group[0])) found = introduced;
    if (found?.speaker) local.lastSpeaker = { actorId: found.speaker, paragraph };
    return found;
  });
  const kinds = groups.map((group, i) => kindOf(view, group[0], wordsOf(text, group), attributions[i]));
  // Speech in one sentence shares its attribution: “I have received instructions” from X “to …,” Y said.
  for (let i = groups.length - 2; i >= 0; i--) {
    const next = groups[i + 1];
    if (!attributions[i] && kinds[i] === 'speech' && attributions[i + 1] && sameSentence(view, groups[i][groups[i].length - 1].close, next[0].open)) attributions[i] = { ...attributions[i + 1]!, cue: 'shared' };
  }

  const quotes: ExtractedQuote[] = [];
  let previousSpeaker = continued?.speaker ?? null;
  groups.forEach((group, i) => {
    const parts = group.map((span) => span.content);
    const words = wordsOf(text, group);
    const attribution = attributions[i];
    const kind = kinds[i];
    let speaker = attribution?.speaker ?? null;
    let how = attribution?.verb;
    let cue = attribution?.cue;
    // A speech quote with no attribution of its own goes on from the one before it.
    const carried = kind === 'speech' && !attribution && (quotes.length > 0 || (i === 0 && startsParagraph(view, group[0]) && context.lastSpeaker?.paragraph === paragraph - 1));
    if (carried) {
      speaker = quotes.length > 0 ? previousSpeaker : context.lastSpeaker?.actorId ?? null;
      how = speaker ? 'continued' : undefined;
      cue = speaker ? 'carried' : undefined;
    }
    if (i === 0 && continued) {
      continued.parts.push(...parts);
      // Both sides are trimmed already: trimming the joined text copied the whole
      // quote once per paragraph (quadratic for a quote left open on every line).
      continued.text = continued.text && words ? `${continued.text} ${words}` : continued.text || words;
      continued.paragraph = paragraph;
      if (!continued.speaker && speaker) { continued.speaker = speaker; continued.attribution = how; continued.cue = cue; }
      previousSpeaker = continued.speaker;
      return;
    }
    const quote: ExtractedQuote = { parts, text: words, kind, speaker, paragraph };
    if (how && speaker !== null) quote.attribution = how;
    if (cue) quote.cue = cue;
    if (attribution?.pronoun && !carried) quote.pronoun = true;
    quotes.push(quote);
    if (kind === 'speech') previousSpeaker = speaker;
  });
  return quotes;
}

/** “A,” he said, “B.” — the text between the spans is only the attribution. */
function isSplitAroundAttribution(view: ParagraphView, first: QuoteSpan, second: QuoteSpan, context: SpeakerContext): boolean {
  const between = view.text.slice(first.close, second.open);
  if (between.length > 80 || /[.!?]/.test(between) || !/[,:]\s*$/.test(between)) return false;
  return attributeQuote(view, first, context)?.position === 'after';
}

function kindOf(view: ParagraphView, first: QuoteSpan, words: string, attribution: Attribution | undefined): QuoteKind {
  const lead = view.text.slice(Math.max(0, first.open - 40), first.open);
  const wordCount = words.split(/\s+/).filter(Boolean).length;
  const short = wordCount < 4 && !SPEECH_ENDING.test(words);
  // Words before a short quote may make it a name for something rather than speech ("so-called").
  const naming = view.language.namingCue;
  if (short) return attribution && attribution.position === 'before' && !naming.test(lead) && !view.language.namingVerbs.has(attribution.verb) ? 'speech' : 'term';
  return naming.test(lead) && wordCount < 8 && !SPEECH_ENDING.test(words) ? 'term' : 'speech';
}

function wordsOf(text: string, group: readonly QuoteSpan[]): string {
  return group.map((span) => text.slice(span.content.start, span.content.end)).join(' ').trim();
}

function sameSentence(view: ParagraphView, from: number, to: number): boolean {
  return view.sentences.some((s) => s.start <= from && to < s.end);
}

function startsParagraph(view: ParagraphView, span: QuoteSpan): boolean {
  return view.sentences.length > 0 && view.sentences[0].start === span.open;
}
