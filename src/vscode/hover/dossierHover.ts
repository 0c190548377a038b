// Inside a dossier YAML file, the card is about the actor being edited: the
// actor entry under the cursor, or the actor an id refers to (a quote's
// `speaker`, an event's `actors`). Positions come from parsing the open text
// once per version; the actors themselves from the library, or from the
// document alone when the library does not hold it (untitled, outside the
// workspace, or not reloaded yet).
import * as vscode from 'vscode';
import { parseDossier, ParsedDossier } from '../../core/dossier/parse';
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
}

const parsedDocuments = new WeakMap<vscode.TextDocument, ParsedVersion>();

export function isDossierDocument(document: vscode.TextDocument): boolean {
  return document.uri.path.endsWith('.dossier.yaml');
}

export function actorsInDossier(document: vscode.TextDocument, position: vscode.Position, library: Library): ActorsAt | undefined {
  const parsed = parsedVersion(document);
  if (!parsed.dossier) return undefined;
  const offset = document.offsetAt(position);
  let spot: Spot | undefined;
  for (const candidate of parsed.spots) {
    if (candidate.start <= offset && offset < candidate.end && (!spot || candidate.end - candidate.start < spot.end - spot.start)) spot = candidate;
  }
  if (!spot) return undefined;
  const actor = actorById(document, spot.actorId, library, parsed);
  if (!actor) return undefined;
  return { actors: [actor], range: new vscode.Range(document.positionAt(spot.start), document.positionAt(spot.end)) };
}

function actorById(document: vscode.TextDocument, actorId: string, library: Library, parsed: ParsedVersion): LibraryActor | undefined {
  const loaded = library.dossiers.find((d) => d.source === document.uri.toString());
  const inLibrary = loaded && library.actorOf(loaded, actorId);
  if (inLibrary) return inLibrary;
  parsed.standalone ??= new Library([{ source: document.uri.toString(), dossier: parsed.dossier! }]);
  return parsed.standalone.actors.find((a) => a.appearances.some((appearance) => appearance.actor.id === actorId));
}

function parsedVersion(document: vscode.TextDocument): ParsedVersion {
  const cached = parsedDocuments.get(document);
  if (cached?.version === document.version) return cached;
  const parsed = parseDossier(document.getText());
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
