// The one rule for ids in a dossier (article, actors, quotes, events): the
// parser refuses any other, and every id Sourcebook makes up (Create Dossier,
// `sourcebook extract`) is made to follow it.
import { fold } from '../fold';

/** A slug: letters, digits, "-", "_", "." or ":", starting with a letter or digit. */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;

export function isValidId(id: string): boolean {
  return ID_PATTERN.test(id);
}

/**
 * An id from any text: folded to lower case without accents, every run of
 * other characters one "-"; `fallback` when nothing is left.
 */
export function toId(text: string, fallback = 'item'): string {
  const slug = fold(text.normalize('NFC')).replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9._:]+/g, '-').replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, '');
  return slug || fallback;
}

/** An article's id from its file name: "My Article (draft).txt" → "my-article-draft". */
export function articleIdFor(fileName: string): string {
  return toId(fileName.replace(/\.(txt|text|md|markdown|html?|xhtml)$/i, ''), 'article');
}
