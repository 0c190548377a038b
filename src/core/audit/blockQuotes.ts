// Block quotes: quotations without marks. Markdown `> ` paragraphs and LaTeX
// quote/quotation environments. Each is a passage like a marked quotation,
// with the lead-in before it ("Padrino López said:") where its attribution is.
import { QuotedPassage } from '../checks/quotedPassages';

export interface BlockQuote extends QuotedPassage {
  /** The paragraph before the block (its attribution), `[start, end)`. */
  leadIn: { start: number; end: number };
}

const LATEX_BLOCK = /\\begin\{(quote|quotation)\}([\s\S]*?)\\end\{\1\}/g;

export function findBlockQuotes(text: string): BlockQuote[] {
  const blocks = [...markdownBlocks(text), ...latexBlocks(text)];
  return blocks.sort((a, b) => a.open - b.open);
}

function markdownBlocks(text: string): BlockQuote[] {
  const blocks: BlockQuote[] = [];
  const line = /^ {0,3}>[ \t]?(.*)$/gm;
  let current: BlockQuote | undefined;
  let previousEnd = -1;
  for (let match = line.exec(text); match; match = line.exec(text)) {
    const lineStart = match.index;
    const lineEnd = lineStart + match[0].replace(/\r$/, '').length;
    const contentStart = lineEnd - match[1].replace(/\r$/, '').length;
    const continues = current && /^\r?\n$/.test(text.slice(previousEnd, lineStart));
    if (!current || !continues) {
      current = { open: lineStart, start: contentStart, end: lineEnd, close: lineEnd, leadIn: leadInBefore(text, lineStart) };
      blocks.push(current);
    } else {
      current.end = current.close = lineEnd;
    }
    previousEnd = lineEnd;
  }
  return blocks.filter((b) => /\p{L}/u.test(text.slice(b.start, b.end)));
}

function latexBlocks(text: string): BlockQuote[] {
  const blocks: BlockQuote[] = [];
  LATEX_BLOCK.lastIndex = 0;
  for (let match = LATEX_BLOCK.exec(text); match; match = LATEX_BLOCK.exec(text)) {
    const start = match.index + match[0].indexOf('}') + 1;
    const end = start + match[2].length;
    blocks.push({ open: match.index, start, end, close: match.index + match[0].length, leadIn: leadInBefore(text, match.index) });
  }
  return blocks;
}

/** The paragraph just before `at` (blank lines skipped), at most 400 characters of it. */
function leadInBefore(text: string, at: number): { start: number; end: number } {
  let end = at;
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  let start = end;
  while (start > 0 && start > end - 400 && !(text[start - 1] === '\n' && /^\s*$/.test(lineBefore(text, start - 1)))) start--;
  return { start, end };
}

function lineBefore(text: string, newline: number): string {
  const from = text.lastIndexOf('\n', newline - 1) + 1;
  return text.slice(from, newline);
}
