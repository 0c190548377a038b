// A plain-text article that opens the way a printed one does: a headline
// (a short first line with no final period, followed by the body) and a
// byline ("By Jane Doe and John Roe"). Both stay in the text; they only fill
// the title and the authors. Anything else is not guessed.
import { clean, PageMetadata, splitByline } from './metadata';

const MAX_HEADLINE = 160;

export function readPlainTextHeader(text: string): PageMetadata {
  const lines = text.slice(0, 4000).split(/\r?\n/).map((line) => line.trim());
  let i = 0;
  while (i < lines.length && lines[i] === '') i++;
  const metadata: PageMetadata = {};
  const first = lines[i] ?? '';
  const rest = lines.slice(i + 1).filter(Boolean);
  if (isHeadline(first) && rest.length > 0 && rest.join(' ').length > first.length * 2) {
    metadata.title = clean(first.replace(/^#+\s*/, '').replace(/\s*#+$/, ''));
    i++;
  }
  // The byline is one of the next few lines: "By …", or "Jane Doe, Reuters" is not guessed.
  for (const line of lines.slice(i, i + 4)) {
    const byline = /^(?:by|written by)\s+(.{2,120})$/i.exec(line);
    if (byline) {
      const names = splitByline(byline[1].replace(/\s*[|,–—-]\s*(?:\d|updated|published|posted).*$/i, '')).filter(looksLikeName);
      if (names.length) metadata.authors = names;
      break;
    }
  }
  return metadata;
}

function isHeadline(line: string): boolean {
  if (line.length < 8 || line.length > MAX_HEADLINE) return false;
  if (/[.,;:]$/.test(line) && !/\.\.\.$/.test(line)) return false;
  if (/^(by|posted|published|updated)\b/i.test(line) || /^[(“"‘'«]/.test(line) && !/^#/.test(line)) return false;
  const words = line.split(/\s+/);
  return words.length >= 2 && words.length <= 25;
}

/** Two to five words, each capitalised (particles aside): a person's or an agency's name. */
function looksLikeName(name: string): boolean {
  const words = name.split(/\s+/);
  if (words.length > 5) return false;
  return words.every((w) => /^[\p{Lu}]/u.test(w) || /^(de|da|del|van|von|der|la|le|al|bin|el|dos|du)$/i.test(w));
}
