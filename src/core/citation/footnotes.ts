// Markdown footnote definitions: added once per document, at its end.
import { Footnote } from './citedQuote';

/** Whether the document already defines footnote `label`. */
export function definesFootnote(documentText: string, label: string): boolean {
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^ {0,3}\\[\\^${escaped}\\]:`, 'm').test(documentText);
}

/**
 * The text to append to the document so that it ends with the definition,
 * or undefined when the footnote is already defined. Definitions stay
 * together: a new one goes right under an existing one, else after a blank line.
 */
export function footnoteAppendix(documentText: string, label: string, definition: string): string | undefined {
  if (definesFootnote(documentText, label)) return undefined;
  const lastLine = documentText.trimEnd().split('\n').pop() ?? '';
  const wanted = /^ {0,3}\[\^[^\]]+\]:/.test(lastLine) ? '\n' : '\n\n';
  const trailing = documentText.match(/\n*$/)![0];
  const separator = wanted.length > trailing.length ? wanted.slice(trailing.length) : '';
  return `${separator}${definition}\n`;
}

/**
 * The text that defines every footnote the document lacks, appended in order;
 * '' when none is missing. `insertedAtEnd` is text that goes in at the very
 * end just before it (a quote inserted at a cursor there): it is separated too.
 */
export function footnotesAppendix(documentText: string, footnotes: readonly Footnote[], insertedAtEnd = ''): string {
  let appended = '';
  for (const { label, definition } of footnotes) appended += footnoteAppendix(documentText + insertedAtEnd + appended, label, definition) ?? '';
  return appended;
}
