// What the article text says about itself: a Markdown title, a dateline.
// Nothing is invented: what the text does not print stays undefined.
import { Language } from './language';

export interface ArticleFacts {
  title?: string;
  dateline?: string;
}

export function describeArticle(text: string, language: Language): ArticleFacts {
  const facts: ArticleFacts = {};
  const heading = /^\s*#\s+(.+?)\s*#*\s*$/m.exec(text.slice(0, 2000));
  if (heading && heading.index < 400) facts.title = heading[1];
  const lead = firstProseLine(text, language.bylineStart);
  // "(Caracas) Caracas has…", "CARACAS (Reuters) — …", "LONDON — …"
  const dateline = /^\(([\p{Lu}][\p{L}\p{M} .'-]{1,40})\)\s/u.exec(lead) ?? /^([\p{Lu}][\p{Lu}\p{M} .,'-]{2,40}?)\s*(?:\([^)]{1,30}\)\s*)?[—–-]\s/u.exec(lead);
  if (dateline) facts.dateline = dateline[1].trim();
  return facts;
}

function firstProseLine(text: string, byline: RegExp): string {
  for (const line of text.split('\n', 20)) {
    const trimmed = line.trim();
    if (trimmed && !trimmed.startsWith('#') && !byline.test(trimmed) && /\s\S+\s/.test(trimmed) && trimmed.length > 60) return trimmed;
  }
  return '';
}
