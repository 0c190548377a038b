// Every citation style and bibliographic (CSL) style Sourcebook offers, in one
// place: a new style is one entry here (and, for a CSL style, its file in
// data/csl) plus its line in package.json's setting enum, which a unit test
// holds to this registry. No citeproc here, so settings can read it cheaply.

/** How the target document writes markup. */
export type TextFlavor = 'text' | 'markdown' | 'latex';

/** What a style's citation may draw on. */
export interface CitationContext {
  /** The article's citation key (its id). */
  key: string;
  /** The paragraph of the article the quote is in, when its passage was found. */
  paragraph?: number;
  /** The bibliographic style's short in-text citation ("(Title, 2022)"). */
  inTextCitation(): string;
}

export interface CitationStyleSpec {
  /** The package.nls.json key describing the style in the setting (`%key%` in package.json). */
  description: string;
  /** The text that ends the sentence after the quote and its speaker: the citation and the period, in the style's order. */
  ending(context: CitationContext): string;
  /** Written in LaTeX: `\enquote{…}` and LaTeX escapes, whatever the document's language. */
  latex?: boolean;
  /** Adds a Markdown footnote with the article's full reference. */
  footnote?: boolean;
  /** Needs the bibliographic style (a footnote or an in-text citation): it is prepared ahead. */
  usesReferences?: boolean;
  /** Keeps the CSL-JSON bibliography file (`sourcebook.citation.bibliography`) up to date. */
  keepsBibliography?: boolean;
  /** The style used when the setting is unset, in documents of this flavour. */
  defaultFor?: TextFlavor;
}

/** The citation styles, in the order the setting lists them. */
export const CITATION_STYLE_SPECS = {
  'markdown-footnote': {
    description: 'config.citation.style.markdownFootnote',
    ending: ({ key }) => `.[^${key}]`,
    footnote: true,
    usesReferences: true,
    defaultFor: 'markdown',
  },
  inline: {
    description: 'config.citation.style.inline',
    ending: ({ inTextCitation }) => ` ${inTextCitation()}.`,
    usesReferences: true,
    defaultFor: 'text',
  },
  pandoc: {
    description: 'config.citation.style.pandoc',
    ending: ({ key, paragraph }) => ` [@${key}${paragraph ? `, para. ${paragraph}` : ''}].`,
    keepsBibliography: true,
  },
  latex: {
    description: 'config.citation.style.latex',
    ending: ({ key, paragraph }) => ` \\cite${paragraph ? `[para.~${paragraph}]` : ''}{${key}}.`,
    latex: true,
    defaultFor: 'latex',
  },
  plain: {
    description: 'config.citation.style.plain',
    ending: () => '.',
  },
} satisfies Record<string, CitationStyleSpec>;

export type CitationStyle = keyof typeof CITATION_STYLE_SPECS;
export const CITATION_STYLES = Object.keys(CITATION_STYLE_SPECS) as CitationStyle[];

export function citationStyleSpec(style: CitationStyle): CitationStyleSpec {
  return CITATION_STYLE_SPECS[style];
}

/** The style used when the setting is unset: the one registered for the document's flavour. */
export function defaultCitationStyle(flavor: TextFlavor): CitationStyle {
  return CITATION_STYLES.find((style) => citationStyleSpec(style).defaultFor === flavor) ?? 'inline';
}

export interface CslStyleSpec {
  /** The package.nls.json key describing the style in the setting. */
  description: string;
  /** The style's file in data/csl. */
  file: string;
}

/** The bibliographic styles bundled in data/csl, formatted by citeproc-js; the first is the default. */
export const CSL_STYLE_SPECS = {
  apa: { description: 'config.citation.csl.apa', file: 'apa.csl' },
  'chicago-author-date': { description: 'config.citation.csl.chicago', file: 'chicago-author-date.csl' },
  'modern-language-association': { description: 'config.citation.csl.mla', file: 'modern-language-association.csl' },
} satisfies Record<string, CslStyleSpec>;

export type CslStyleId = keyof typeof CSL_STYLE_SPECS;
export const CSL_STYLES = Object.keys(CSL_STYLE_SPECS) as CslStyleId[];
export const DEFAULT_CSL_STYLE: CslStyleId = CSL_STYLES[0];

/** The bundled files, relative to the CSL folder (data/csl): one locale, en-US, serves every style. */
export const CSL_FILES = {
  style: (id: CslStyleId) => CSL_STYLE_SPECS[id].file,
  locale: 'locales-en-US.xml',
};

export function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return values.includes(value as T);
}
