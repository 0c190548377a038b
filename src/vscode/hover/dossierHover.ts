// Inside a dossier YAML file, the card is about the actor being edited: the
// actor entry under the cursor, or the actor an id refers to (a quote's
// `speaker`, an event's `actors`). Positions come from the library's parse of
// the open text (DossierLibrary.parsedDocument, once per version); the actors
// themselves from the library, or from the document alone when the library does not hold it (untitled, outside the
// workspace, or not reloaded yet).
import * as vscode from 'vscode';
import { ParsedDossier } from '../../core/dossier/parse';
import { Library, LibraryActor } from '../../core/library';
import { Dossier } from '../../core/model';

/** A span of the dossier text that is about one actor. */
interface Spot {
  start: number;
  end: number;
  actorId: string;
}

interface ParsedVersion {
  version: number;
  spots: Spot[];
  dossier?: Dossier;
  standalone?: Library;
}

export interface ActorsAt {
  actors: LibraryActor[];
  range: vscode.Range;
  /** The library the actors belong to, when not the workspace's. */
  library?: Library;
}

const parsedDocuments = new WeakMap<vscode.TextDocument, ParsedVersion>();

/** The first line of every dossier; it marks one still untitled. */
const DOSSIER_HEADER = /^sourcebook:[ \t]*1[ \t]*(#.*)?$/m;

/** A dossier by its name, its first key (a new one, untitled), or the library's word (the bundled sample). */
export function isDossierDocument(document: vscode.TextDocument, library: Library): boolean {
  if (document.uri.path.endsWith('.dossier.yaml')) return true;
  if (document.languageId === 'yaml' && DOSSIER_HEADER.test(document.getText(new vscode.Range(0, 0, 40, 0)))) return true;
  const source = document.uri.toString();
  return library.dossiers.some((d) => d.source === source);
}

/** `parse`: the library's parse of the document at its current version. */
export function actorsInDossier(document: vscode.TextDocument, position: vscode.Position, library: Library, parse: (document: vscode.TextDocument) => ParsedDossier): ActorsAt | undefined {
  const parsed = parsedVersion(document, parse);
  if (!parsed.dossier) return undefined;
  const offset = document.offsetAt(position);
  let spot: Spot | undefined;
  for (const candidate of parsed.spots) {
    if (candidate.start <= offset && offset < candidate.end && (!spot || candidate.end - candidate.start < spot.end - spot.start)) spot = candidate;
  }
  if (!spot) return undefined;
  const range = new vscode.Range(document.positionAt(spot.start), document.positionAt(spot.end));
  const loaded = library.dossiers.find((d) => d.source === document.uri.toString());
  const inLibrary = loaded && library.actorOf(loaded, spot.actorId);
  if (inLibrary) return { actors: [inLibrary], range };
  parsed.standalone ??= new Library([{ source: document.uri.toString(), dossier: parsed.dossier }]);
  const actor = parsed.standalone.actors.find((a) => a.appearances.some((appearance) => appearance.actor.id === spot!.actorId));
  return actor && { actors: [actor], range, library: parsed.standalone };
}

function parsedVersion(document: vscode.TextDocument, parse: (document: vscode.TextDocument) => ParsedDossier): ParsedVersion {
  const cached = parsedDocuments.get(document);
  if (cached?.version === document.version) return cached;
  const parsed = parse(document);
  const entry: ParsedVersion = { version: document.version, spots: parsed.dossier ? spotsOf(parsed, parsed.dossier) : [], dossier: parsed.dossier };
  parsedDocuments.set(document, entry);
  return entry;
}

function spotsOf(parsed: ParsedDossier, dossier: Dossier): Spot[] {
  const spots: Spot[] = [];
  const add = (path: (string | number)[], actorId: string) => {
    const { start, end } = parsed.locate(path);
    if (end > start) spots.push({ start, end, actorId });
  };
  dossier.actors.forEach((actor, i) => {
    add(['actors', i], actor.id);
    for (const key of ['id', 'name', 'kind', 'role']) add(['actors', i, key], actor.id);
    actor.aliases.forEach((_, j) => add(['actors', i, 'aliases', j], actor.id));
  });
  dossier.quotes.forEach((quote, i) => {
    if (quote.speaker) add(['quotes', i, 'speaker'], quote.speaker);
  });
  dossier.events.forEach((event, i) => event.actors.forEach((actorId, j) => add(['events', i, 'actors', j], actorId)));
  return spots;
}
