// The citation settings as they apply to one document: `sourcebook.citation.style`
// (language-overridable; unset means "what fits this language") and the
// bibliographic style of references.
import * as vscode from 'vscode';
import { CITATION_STYLES, CitationStyle, CSL_STYLES, CslStyleId, DEFAULT_CSL_STYLE, defaultCitationStyle, isOneOf, TextFlavor } from '../../core/citation/styles';

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
  const csl = config.get<string>('csl', DEFAULT_CSL_STYLE);
  return {
    style: isOneOf(CITATION_STYLES, chosen) ? chosen : defaultCitationStyle(flavor),
    csl: isOneOf(CSL_STYLES, csl) ? csl : DEFAULT_CSL_STYLE,
    flavor,
    bibliography: config.get<string>('bibliography', '').trim(),
  };
}

function flavorOf(languageId: string): TextFlavor {
  if (MARKDOWN_LANGUAGES.has(languageId)) return 'markdown';
  if (LATEX_LANGUAGES.has(languageId)) return 'latex';
  return 'text';
}
