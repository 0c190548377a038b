// Bibliographic references by a real CSL processor (citeproc-js). The style
// and locale XML are handed in by the caller, so this module stays pure: the
// extension reads them from data/csl, the tests from disk.
import CSL from 'citeproc';
import { Article } from '../model';
import { CslItem, cslItemFor } from './cslItem';
import type { CslStyleId, TextFlavor } from './styles';

// The style registry's names, where the bundled styles are read.
export { CSL_FILES, CSL_STYLES } from './styles';
export type { CslStyleId, TextFlavor } from './styles';

export interface CslSources {
  /** The XML of a style, by its id (the file name without `.csl`). */
  style(id: CslStyleId): string;
  /** The XML of a locale ("en-US"). */
  locale(lang: string): string;
}

export class ReferenceFormatter {
  private readonly engines = new Map<CslStyleId, CSL.Engine>();
  private readonly items = new Map<string, CslItem>();

  constructor(private readonly sources: CslSources) {
    registerOutputFormats();
  }

  /** The bibliography entry of an article, e.g. APA "Title. (2022, August 9)." */
  reference(article: Article, style: CslStyleId, flavor: TextFlavor): string {
    const engine = this.engineFor(article, style, flavor);
    const bibliography = engine.makeBibliography();
    return bibliography ? bibliography[1].join('').trim() : '';
  }

  /** The style's in-text citation, e.g. APA "(Title, 2022)". */
  inTextCitation(article: Article, style: CslStyleId, flavor: TextFlavor): string {
    const item = cslItemFor(article);
    return this.engineFor(article, style, flavor).makeCitationCluster([{ id: item.id }]);
  }

  /** Parses a style ahead of its first use: APA takes most of a second to parse, once. */
  prepare(style: CslStyleId): void {
    this.engine(style);
  }

  private engine(style: CslStyleId): CSL.Engine {
    let engine = this.engines.get(style);
    if (!engine) {
      const sys = {
        retrieveLocale: (lang: string) => this.sources.locale(lang),
        retrieveItem: (id: string) => this.items.get(id),
      };
      engine = new CSL.Engine(sys, this.sources.style(style), 'en-US', true);
      // Lets the Markdown and LaTeX formats mark URLs as links.
      engine.opt.development_extensions.wrap_url_and_doi = true;
      this.engines.set(style, engine);
    }
    return engine;
  }

  private engineFor(article: Article, style: CslStyleId, flavor: TextFlavor): CSL.Engine {
    const engine = this.engine(style);
    const item = cslItemFor(article);
    this.items.set(item.id, item);
    engine.setOutputFormat(FORMAT_NAMES[flavor]);
    // One item at a time: a bibliography of several would let the style
    // replace a repeated title with "———".
    engine.updateItems([item.id]);
    return engine;
  }
}

const FORMAT_NAMES: Record<TextFlavor, string> = { text: 'text', markdown: 'sourcebook-markdown', latex: 'sourcebook-latex' };

/** citeproc-js knows text, HTML and RTF; Markdown and LaTeX are its text format with their own markup. */
function registerOutputFormats(): void {
  const formats = CSL.Output.Formats;
  if (formats['sourcebook-markdown']) return;
  const text = formats.text;
  formats['sourcebook-markdown'] = {
    ...text,
    text_escape: (value: string | undefined) => (value ?? '').replace(/([\\*_`[\]<>])/g, '\\$1'),
    '@font-style/italic': '*%%STRING%%*',
    '@font-weight/bold': '**%%STRING%%**',
    // An autolink: backslash escapes are not read inside one, so undo them.
    // Whatever still could close it (`<`, `>`, a blank) is percent-encoded.
    ...linkFormats((url) => `<${url.replace(/\\(.)/g, '$1').replace(/[<>\s\\]/g, encodeURIComponent)}>`),
  };
  formats['sourcebook-latex'] = {
    ...text,
    text_escape: (value: string | undefined) => escapeLatex(value ?? ''),
    '@font-style/italic': '\\emph{%%STRING%%}',
    '@font-weight/bold': '\\textbf{%%STRING%%}',
    // \url takes the URL raw: braces, backslashes and blanks are percent-encoded so none ends or escapes the argument.
    ...linkFormats((url) => `\\url{${unescapeLatex(url).replace(/[{}\\\s]/g, encodeURIComponent)}}`),
  };
}

/** citeproc-js marks a URL with @URL or, wrapped in a group, with @DOI. */
function linkFormats(link: (escapedUrl: string) => string) {
  const format = (_state: unknown, url: string) => link(url);
  return { '@URL/true': format, '@DOI/true': format };
}

function unescapeLatex(escaped: string): string {
  // The backslash last, so that its own output is not read as another escape.
  return Object.entries(LATEX_ESCAPES).reverse().reduce((text, [char, escape]) => text.split(escape).join(char), escaped);
}

export function escapeLatex(value: string): string {
  return value.replace(/[\\{}$&#%_^~]/g, (c) => LATEX_ESCAPES[c]);
}

const LATEX_ESCAPES: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  $: '\\$',
  '&': '\\&',
  '#': '\\#',
  '%': '\\%',
  _: '\\_',
  '^': '\\textasciicircum{}',
  '~': '\\textasciitilde{}',
};
