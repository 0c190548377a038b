// The citation settings as they apply to one document: `sourcebook.citation.style`
// (language-overridable; unset means "what fits this language") and the
// bibliographic style of references.
import * as vscode from 'vscode';
import { CITATION_STYLES, CitationStyle } from '../../core/citation/citedQuote';
import { CSL_STYLES, CslStyleId, TextFlavor } from '../../core/citation/references';

export interface CitationSettings {
  style: CitationStyle;
  csl: CslStyleId;
  flavor: TextFlavor;
  /** A CSL-JSON file (workspace-relative) that Pandoc citations keep up to date; empty for none. */
  bibliography: string;
}

const MARKDOWN_LANGUAGES = new Set(['markdown', 'mdx', 'quarto', 'rmd']);
const LATEX_LANGUAGES = new Set(['latex', 'tex', 'context', 'bibtex']);

export function citationSettings(document: vscode.TextDocument): CitationSettings {
  const config = vscode.workspace.getConfiguration('sourcebook.citation', document);
  const flavor = flavorOf(document.languageId);
  const chosen = config.get<string | null>('style');
  const csl = config.get<string>('csl', 'apa');
  return {
    style: isOneOf(CITATION_STYLES, chosen) ? chosen : defaultStyle(flavor),
    csl: isOneOf(CSL_STYLES, csl) ? csl : 'apa',
    flavor,
    bibliography: config.get<string>('bibliography', '').trim(),
  };
}

function flavorOf(languageId: string): TextFlavor {
  if (MARKDOWN_LANGUAGES.has(languageId)) return 'markdown';
  if (LATEX_LANGUAGES.has(languageId)) return 'latex';
  return 'text';
}

function defaultStyle(flavor: TextFlavor): CitationStyle {
  return flavor === 'markdown' ? 'markdown-footnote' : flavor === 'latex' ? 'latex' : 'inline';
}

function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return values.includes(value as T);
}
