// The library's articles as CSL-JSON: the list reference managers (Zotero,
// Mendeley) and Pandoc import. One item per article; what a dossier does not
// state stays out.
import { CslItem, cslItemFor } from '../citation/cslItem';
import { LoadedDossier } from '../library';

export function cslJsonItems(dossiers: readonly LoadedDossier[]): CslItem[] {
  const seen = new Set<string>();
  const items: CslItem[] = [];
  for (const { dossier } of dossiers) {
    const item = cslItemFor(dossier.article);
    if (seen.has(item.id)) continue; // one article loaded twice (same id) is one reference
    seen.add(item.id);
    items.push(item);
  }
  return items;
}
