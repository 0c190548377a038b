// `nameKey` for words and names the engine looks up again and again; the keys
// are remembered in a bounded cache.
import { nameKey } from '../fold';

const cache = new Map<string, string>();
const LIMIT = 20_000;

export function keyOf(name: string): string {
  let key = cache.get(name);
  if (key === undefined) {
    if (cache.size >= LIMIT) cache.clear();
    cache.set(name, (key = nameKey(name)));
  }
  return key;
}
