// Dossier fields as they go into a writer's draft: written as text in the
// document's language, so a name, a verb or a quote holding markup stays
// the characters it is made of; and a URL only when it is a plain http(s) URL.
import type { TextFlavor } from './styles';

/**
 * Markdown that could make live content from a field: a link or image
 * (`](`, `][`), raw HTML or an autolink (`<`), an entity (`&name;`), code
 * and emphasis (`` ` ``, `*`, `_`), and a backslash that would escape the
 * escape. Editorial brackets ("[…]") stay as they are: no link without `](`.
 */
const MARKDOWN_LIVE = /\\(?=[!-/:-@[-`{-~])|\](?=\s*[([:])|<|&(?=#?[A-Za-z0-9]+;)|[`*_]/g;

export function escapeMarkdownText(text: string): string {
  return text.replace(MARKDOWN_LIVE, '\\$&');
}

/**
 * A URL a citation may carry: `http://` or `https://`, then only characters
 * URLs are made of (RFC 3986), none of which closes a Markdown autolink (`>`)
 * or a LaTeX argument (`}`). Anything else is left out, with a warning.
 */
const PLAIN_HTTP_URL = /^https?:\/\/[A-Za-z0-9\-._~:/?#@!$&'()*+,;=%]+$/;

export function isPlainHttpUrl(url: string): boolean {
  return PLAIN_HTTP_URL.test(url);
}

/** The field escaper for a document of this flavor (plain text has no syntax). */
export function fieldEscaper(flavor: TextFlavor, escapeLatex: (text: string) => string): (text: string) => string {
  if (flavor === 'latex') return escapeLatex;
  if (flavor === 'markdown') return escapeMarkdownText;
  return (text) => text;
}
