// Text the sidebar derives from a dossier: short labels and search patterns.
import { derivedForms, LibraryActor } from '../library';

const QUOTE_LABEL_LENGTH = 60;

/** The words in curly quotes, cut at a word boundary with an ellipsis when long. */
export function shortenQuote(words: string, maxLength = QUOTE_LABEL_LENGTH): string {
  const flat = words.replace(/\s+/g, ' ').trim();
  if (flat.length <= maxLength) return `“${flat}”`;
  const cut = flat.slice(0, maxLength);
  const lastSpace = cut.lastIndexOf(' ');
  const head = (lastSpace > maxLength / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.\-–—]+$/u, '');
  return `“${head}…”`;
}

/**
 * A regular expression (for VS Code's search view) matching every way the
 * dossier writes the actor, with and without accents, longest first.
 */
export function mentionSearchPattern(actor: Pick<LibraryActor, 'kind' | 'name' | 'aliases'>): string {
  const forms = new Set<string>();
  for (const form of [actor.name, ...actor.aliases, ...derivedForms(actor)]) {
    const clean = form.trim();
    if (!clean) continue;
    forms.add(clean);
    forms.add(stripAccents(clean));
  }
  return [...forms]
    .sort((a, b) => b.length - a.length || a.localeCompare(b))
    .map((form) => form.split(/\s+/).map(escapeRegExp).join('\\s+'))
    .join('|');
}

function stripAccents(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
