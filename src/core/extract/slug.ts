// Readable, stable ids for actors, events and quotes.
import { fold } from '../fold';

export function slugify(text: string, maxWords = 6): string {
  const words = fold(text.normalize('NFC')).replace(/[\u0300-\u036f]/g, '').split(/[^a-z0-9]+/).filter(Boolean);
  return words.slice(0, maxWords).join('-') || 'item';
}

/** Hands out ids: `base`, then `base-2`, `base-3`... in constant time per id, however many share a base. */
export class IdAllocator {
  private readonly used = new Set<string>();
  private readonly nextSuffix = new Map<string, number>();

  take(base: string): string {
    let id = base;
    let n = this.nextSuffix.get(base) ?? 2;
    while (this.used.has(id)) id = `${base}-${n++}`;
    this.nextSuffix.set(base, n);
    this.used.add(id);
    return id;
  }
}
