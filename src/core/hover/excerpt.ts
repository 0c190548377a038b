// The text a hover looks at: the hovered line and its neighbours (a name may
// wrap onto the next line), never the whole document, so a hover costs the
// same in a 1 MB draft as in a short one. The editor hands in those lines;
// this cuts a very long one to a window around the position.
import { isWordCode } from '../nameIndex';

export interface Excerpt {
  text: string;
  /** The hovered position, as an offset into `text`. */
  offset: number;
  /** Where `text` starts in the document. */
  documentOffset: number;
}

/** Longer than any name; a line longer than this is cut to a window around the position. */
const MAX_EXCERPT = 4096;

/** `lines` (starting at `documentOffset` in the document) with the hovered `offset` into them, cut to a window when long. */
export function excerptOf(lines: string, offset: number, documentOffset: number): Excerpt {
  if (lines.length <= MAX_EXCERPT) return { text: lines, offset, documentOffset };

  // A very long line (minified or one-paragraph files): keep a window, and
  // drop the words its edges cut in two, so "Petrol" never reads as "etrol".
  let start = Math.max(0, offset - MAX_EXCERPT / 2);
  let end = Math.min(lines.length, offset + MAX_EXCERPT / 2);
  if (start > 0) while (start < offset && isWordCode(lines.charCodeAt(start - 1))) start++;
  if (end < lines.length) while (end > offset && isWordCode(lines.charCodeAt(end))) end--;
  return { text: lines.slice(start, end), offset: offset - start, documentOffset: documentOffset + start };
}
