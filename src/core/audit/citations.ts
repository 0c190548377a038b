// The citation a draft gives a quotation, in each style Insert Quote writes:
// a Markdown footnote `[^id]` (the label, or its definition, names the
// article), Pandoc `[@id, para. 3]`, LaTeX `\cite[…]{id}`, and the inline
// "(Title, 2022)" of the AP style. Resolved to an article of the library.
import { citationKey } from '../citation/cslItem';
import { Library, LoadedDossier } from '../library';
import { splitWords } from '../nameIndex';
import { CitationRef } from './model';

const TITLE_WORDS = 4;

/** The library's articles by citation key and by the first words of their titles; built once per library. */
export class ArticleKeys {
  private readonly byKey = new Map<string, string>();
  private readonly byTitleStart = new Map<string, string>();
  private readonly byUrl = new Map<string, string>();

  constructor(dossiers: readonly LoadedDossier[]) {
    for (const { dossier } of dossiers) {
      const { article } = dossier;
      if (!this.byKey.has(citationKey(article))) this.byKey.set(citationKey(article), article.id);
      const start = article.title ? titleStart(article.title) : undefined;
      if (start && !this.byTitleStart.has(start)) this.byTitleStart.set(start, article.id);
      if (article.url && !this.byUrl.has(article.url)) this.byUrl.set(article.url, article.id);
    }
  }

  byCitationKey(key: string): string | undefined {
    return this.byKey.get(key);
  }

  /** Whether `text` begins with an article's title: a quoted headline, not a quotation. */
  isTitle(text: string): boolean {
    const start = titleStart(text);
    return start !== undefined && this.byTitleStart.has(start);
  }

  /** The article whose title (first words) or URL a reference or parenthesis holds. */
  inReference(text: string): string | undefined {
    for (const [url, id] of this.byUrl) if (text.includes(url)) return id;
    const words = splitWords(text);
    for (let i = 0; i + TITLE_WORDS <= words.length; i++) {
      const id = this.byTitleStart.get(words.slice(i, i + TITLE_WORDS).join(' '));
      if (id) return id;
    }
    return undefined;
  }
}

const keysByLibrary = new WeakMap<Library, ArticleKeys>();

export function articleKeysOf(library: Library): ArticleKeys {
  let keys = keysByLibrary.get(library);
  if (!keys) keysByLibrary.set(library, (keys = new ArticleKeys(library.dossiers)));
  return keys;
}

function titleStart(title: string): string | undefined {
  const words = splitWords(title);
  return words.length >= TITLE_WORDS ? words.slice(0, TITLE_WORDS).join(' ') : undefined;
}

// `[^label]`, `[@key…]`, `\cite[…]{key}` (also \parencite, \autocite, \textcite), `(…)`.
const CITATION = /\[\^([^\]\s]+)\]|\[(?:see\s+)?@([\w:.#$%&+?<>~/-]+)[^\]]*\]|\\(?:paren|auto|text|foot)?cite[tp]?(?:\[[^\]]*\])*\{([^}]+)\}|\(([^()\n]{6,200})\)/g;

/**
 * The first citation in `text[from, to)`, resolved against the library's
 * articles. A parenthesis counts only when it names an article; a footnote
 * label that is no article id is resolved through its definition.
 */
export function citationIn(text: string, from: number, to: number, keys: ArticleKeys): CitationRef | undefined {
  CITATION.lastIndex = from;
  for (let match = CITATION.exec(text); match && match.index < to; match = CITATION.exec(text)) {
    const [written, footnote, pandoc, latex, parenthesis] = match;
    const at = { written, start: match.index, end: match.index + written.length };
    if (footnote !== undefined) {
      if (text.startsWith(':', at.end)) continue; // a definition, not a reference
      return { ...at, articleId: keys.byCitationKey(footnote) ?? keys.inReference(footnoteDefinition(text, footnote) ?? '') };
    }
    if (pandoc !== undefined) return { ...at, articleId: keys.byCitationKey(pandoc.replace(/[.,;:]+$/, '')) };
    if (latex !== undefined) return { ...at, articleId: keys.byCitationKey(latex.split(',')[0].trim()) };
    const named = keys.inReference(parenthesis);
    if (named) return { ...at, articleId: named };
  }
  return undefined;
}

/** The text of `[^label]: …` in the document, if it defines it. */
export function footnoteDefinition(text: string, label: string): string | undefined {
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^ {0,3}\\[\\^${escaped}\\]:[ \\t]*(.*)$`, 'm').exec(text)?.[1];
}
