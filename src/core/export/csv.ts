// The library as spreadsheets: actors, quotes and events, one CSV table each.
// RFC 4180 (CRLF line ends, a header row, fields with commas, quotes or line
// breaks quoted, quotes doubled), UTF-8. A cell that starts with =, +, -, @ (or
// a tab or CR) gets a leading apostrophe, so no spreadsheet reads dossier
// text as a formula (OWASP's advice on CSV injection).
import { Library, LoadedDossier } from '../library';

export type CsvTable = 'actors' | 'quotes' | 'events';
export const CSV_TABLES: readonly CsvTable[] = ['actors', 'quotes', 'events'];

type Cell = string | number | boolean | undefined | null;

const HEADERS: Record<CsvTable, string[]> = {
  actors: ['article_id', 'actor_id', 'kind', 'name', 'aliases', 'role', 'confidence', 'reviewed'],
  quotes: ['article_id', 'quote_id', 'kind', 'speaker_id', 'speaker', 'text', 'attribution', 'confidence', 'reviewed'],
  events: ['article_id', 'event_id', 'date', 'approximate', 'title', 'actors', 'passage', 'confidence', 'reviewed'],
};

/** One table for the given dossiers (the whole library's, or one). */
export function csvTable(table: CsvTable, dossiers: readonly LoadedDossier[]): string {
  const rows: Cell[][] = [HEADERS[table]];
  for (const { dossier } of dossiers) {
    const articleId = dossier.article.id;
    const nameOf = new Map(dossier.actors.map((a) => [a.id, a.name]));
    if (table === 'actors') {
      for (const a of dossier.actors) rows.push([articleId, a.id, a.kind, a.name, a.aliases.join('; '), a.role, a.confidence, a.reviewed]);
    } else if (table === 'quotes') {
      for (const q of dossier.quotes) rows.push([articleId, q.id, q.kind, q.speaker, q.speaker ? nameOf.get(q.speaker) : undefined, q.text, q.attribution, q.confidence, q.reviewed]);
    } else {
      for (const e of dossier.events) {
        rows.push([articleId, e.id, e.date, e.approximate, e.title, e.actors.map((id) => nameOf.get(id) ?? id).join('; '), e.anchor?.exact, e.confidence, e.reviewed]);
      }
    }
  }
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export function csvTables(library: Pick<Library, 'dossiers'>, dossiers: readonly LoadedDossier[] = library.dossiers): Record<CsvTable, string> {
  return { actors: csvTable('actors', dossiers), quotes: csvTable('quotes', dossiers), events: csvTable('events', dossiers) };
}

export function csvCell(value: Cell): string {
  if (value === undefined || value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
