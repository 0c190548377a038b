// Block quotes: a paragraph that a colon introduces ("Optimum Sports said:",
// "The blog encouraged readers to sign:") and that opens without a quotation
// mark is, in a text taken from a web page, a quotation whose marks were the
// page's indentation. The whole paragraph is the quote; quoted phrases
// inside it belong to it.
import { Language } from './language';
import { opensWithQuote, QuoteSpan } from './quoteMarks';
import { Span } from './segment';

/** Fewer words than this after a colon are a label or a caption, not a quotation. */
const MIN_WORDS = 8;

export function blockQuote(text: string, previous: Span | undefined, paragraph: Span, marks: Language['quoteMarks']): QuoteSpan | undefined {
  if (!previous || text[previous.end - 1] !== ':' || opensWithQuote(text, paragraph, marks)) return undefined;
  // "Schedule: 10:00": a colon inside a short line is a heading or a list.
  if (previous.end - previous.start < 20 || /^\s*[-•*\d]/.test(text.slice(paragraph.start, paragraph.start + 3))) return undefined;
  const words = text.slice(paragraph.start, Math.min(paragraph.end, paragraph.start + 400)).split(/\s+/).filter(Boolean).length;
  if (words < MIN_WORDS) return undefined;
  return { open: paragraph.start, close: paragraph.end, content: { start: paragraph.start, end: paragraph.end } };
}
