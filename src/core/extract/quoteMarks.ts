// Pairing quotation marks in one paragraph: curly and straight double marks,
// guillemets, single marks nested inside them, and a quote left open at the
// end of a paragraph (the next paragraph may continue it). Linear in the
// paragraph; an unmatched mark never makes the scan go back.
import { isWordCode } from '../nameIndex';
import { Language } from './language';
import { Span } from './segment';

export interface QuoteSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset just past the closing mark (the paragraph end for a quote left open). */
  close: number;
  /** The words between the marks. */
  content: Span;
}

export interface ParagraphQuotes {
  quotes: QuoteSpan[];
  /** A top-level quote opened in this paragraph and not closed by its end. */
  leftOpen?: QuoteSpan;
}

const MAX_DEPTH = 8;
/** Every character the pairing looks at; the rest of the text is skipped in one jump. */
const MARKS = /["'“”„«»‘’]/g;

type Mark = 'curly' | 'straight' | 'single';

export function findQuoteMarks(text: string, paragraph: Span, marks: Language['quoteMarks']): ParagraphQuotes {
  const { doubleOpen, doubleClose } = marks;
  const quotes: QuoteSpan[] = [];
  // Open marks, outermost first; deeper nesting than MAX_DEPTH is only counted.
  const stack: { mark: Mark; at: number }[] = [];
  let overflow = 0;
  const open = (mark: Mark, at: number) => {
    if (stack.length >= MAX_DEPTH) overflow++;
    else stack.push({ mark, at });
  };
  const closeTo = (mark: Mark, at: number) => {
    if (overflow > 0) { overflow--; return; }
    let depth = stack.length - 1;
    while (depth >= 0 && stack[depth].mark !== mark) depth--;
    if (depth < 0) return; // a closing mark with nothing open: ignore it
    const opened = stack[depth];
    stack.length = depth; // marks opened inside and never closed are dropped
    if (depth === 0) quotes.push({ open: opened.at, close: at + 1, content: { start: opened.at + 1, end: at } });
  };
  const has = (mark: Mark) => stack.some((entry) => entry.mark === mark);

  // Searched within the paragraph only: a search of `text` from the paragraph's
  // start ran on to the next mark, often the end of the article, per paragraph.
  const within = text.slice(paragraph.start, paragraph.end);
  MARKS.lastIndex = 0;
  for (let found = MARKS.exec(within); found; found = MARKS.exec(within)) {
    const i = paragraph.start + found.index;
    const c = found[0];
    if (doubleOpen.includes(c)) open('curly', i);
    // A quote opened straight and closed curly (or the reverse) is one quote: the marks of two editors.
    else if (doubleClose.includes(c)) closeTo(!has('curly') && has('straight') ? 'straight' : 'curly', i);
    else if (c === '"') {
      const before = i > paragraph.start ? text.charCodeAt(i - 1) : 32;
      if (before >= 0x30 && before <= 0x39) continue; // 5'10" is an inch mark
      const after = i + 1 < paragraph.end ? text.charCodeAt(i + 1) : 32;
      if (has('straight')) closeTo('straight', i);
      else if (has('curly') && !isWordCode(after) && stack[stack.length - 1].mark === 'curly' && !isSpace(before)) closeTo('curly', i);
      else if (!isSpace(after)) open('straight', i);
    } else if (c === '‘' || (c === "'" && stack.length > 0)) {
      const before = i > paragraph.start ? text.charCodeAt(i - 1) : 32;
      const after = i + 1 < paragraph.end ? text.charCodeAt(i + 1) : 32;
      if (c === "'" && has('single') && !isWordCode(after)) closeTo('single', i);
      else if (!isWordCode(before) && !isSpace(after)) open('single', i);
    } else if (c === '’' && has('single')) {
      const after = i + 1 < paragraph.end ? text.charCodeAt(i + 1) : 32;
      if (!isWordCode(after)) closeTo('single', i);
    }
  }
  const outer = stack[0];
  const leftOpen = outer && outer.mark !== 'single' ? { open: outer.at, close: paragraph.end, content: { start: outer.at + 1, end: paragraph.end } } : undefined;
  return { quotes, leftOpen };
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0;
}

/** True when the paragraph starts with an opening mark: the convention for a quote that continues. */
export function opensWithQuote(text: string, paragraph: Span, marks: Language['quoteMarks']): boolean {
  const c = text[paragraph.start];
  return marks.doubleOpen.includes(c) || c === '"';
}
