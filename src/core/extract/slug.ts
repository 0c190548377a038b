// Readable, stable ids for actors, events and quotes.
import { fold } from '../fold';

export function slugify(text: string, maxWords = 6): string {
  const words = fold(text.normalize('NFC')).replace(/[\u0300-\u036f]/g, '').split(/[^a-z0-9]+/).filter(Boolean);
  return words.slice(0, maxWords).join('-') || 'item';
}

/** `base`, or `base-2`, `base-3`... whichever is not yet in `used` (which it then joins). */
export function uniqueId(base: string, used: Set<string>): string {
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}
