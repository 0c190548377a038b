// The text a hover looks at: the hovered line and its neighbours (a name may
// wrap onto the next line), never the whole document, so a hover costs the
// same in a 1 MB draft as in a short one.
import * as vscode from 'vscode';
import { isWordCode } from '../../core/nameIndex';

export interface Excerpt {
  text: string;
  /** The hovered position, as an offset into `text`. */
  offset: number;
  /** Where `text` starts in the document. */
  documentOffset: number;
}

/** Longer than any name; a line longer than this is cut to a window around the position. */
const MAX_EXCERPT = 4096;

export function excerptAround(document: vscode.TextDocument, position: vscode.Position): Excerpt {
  const firstLine = Math.max(0, position.line - 1);
  const lastLine = Math.min(document.lineCount - 1, position.line + 1);
  const range = new vscode.Range(firstLine, 0, lastLine, document.lineAt(lastLine).text.length);
  const documentOffset = document.offsetAt(range.start);
  const text = document.getText(range);
  const offset = document.offsetAt(position) - documentOffset;
  if (text.length <= MAX_EXCERPT) return { text, offset, documentOffset };

  // A very long line (minified or one-paragraph files): keep a window, and
  // drop the words its edges cut in two, so "Petrol" never reads as "etrol".
  let start = Math.max(0, offset - MAX_EXCERPT / 2);
  let end = Math.min(text.length, offset + MAX_EXCERPT / 2);
  if (start > 0) while (start < offset && isWordCode(text.charCodeAt(start - 1))) start++;
  if (end < text.length) while (end > offset && isWordCode(text.charCodeAt(end))) end--;
  return { text: text.slice(start, end), offset: offset - start, documentOffset: documentOffset + start };
}
