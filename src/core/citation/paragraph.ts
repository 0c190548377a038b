// Which paragraph of the article a passage is in, for locators like "para. 8"
// (APA and Pandoc's convention for texts without page numbers).

/**
 * The 1-based number of the paragraph holding `offset`. Paragraphs are
 * separated by blank lines when the text has any (Markdown, wrapped text);
 * otherwise every non-empty line is one (wire copy, one paragraph a line).
 */
export function paragraphNumber(text: string, offset: number): number {
  const separator = /\n[ \t]*\n/.test(text) ? /\n(?:[ \t]*\n)+/g : /\n+/g;
  let number = 0;
  let start = 0;
  for (const match of text.matchAll(separator)) {
    if (text.slice(start, match.index).trim()) number++;
    if (offset < match.index! + match[0].length) return Math.max(number, 1);
    start = match.index! + match[0].length;
  }
  return number + 1;
}
