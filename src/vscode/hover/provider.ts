// Answers a hover with the cards of the actors named under the mouse: from
// the library's prebuilt name index, on a few lines around the position.
import * as vscode from 'vscode';
import { Library, LibraryActor } from '../../core/library';
import { DossierLibrary } from '../library/dossierLibrary';
import { actorCard, CARD_COMMANDS, CardOptions } from '../../core/hover/card';
import { Excerpt, excerptOf } from '../../core/hover/excerpt';
import { CardStrings, cardStrings } from '../../core/hover/strings';
import { actorsInDossier, ActorsAt, isDossierDocument } from './dossierHover';
import { HoverSettings } from './settings';

/** The language of articles opened by Sourcebook: names there always get cards. */
export const ARTICLE_LANGUAGE = 'sourcebook-article';

export class ActorHoverProvider implements vscode.HoverProvider {
  private readonly strings: CardStrings = cardStrings(vscode.l10n);

  constructor(
    private readonly library: DossierLibrary,
    private readonly settings: () => HoverSettings,
  ) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const library = this.library.current;
    const settings = this.settings();
    const inDossier = isDossierDocument(document, library);
    // YAML is in the selector for dossiers only, unless the user lists it.
    if (!inDossier && !answersLanguage(settings, document.languageId)) return undefined;
    const found = (inDossier && actorsInDossier(document, position, library, (d) => this.library.parsedDocument(d))) || actorsAtName(document, position, library);
    if (!found) return undefined;
    const options: CardOptions = { ...settings.card, locale: vscode.env.language, strings: this.strings };
    return new vscode.Hover(found.actors.map((actor) => cardMarkdown(found.library ?? library, actor, options)), found.range);
  }
}

function answersLanguage(settings: HoverSettings, languageId: string): boolean {
  return languageId === ARTICLE_LANGUAGE || settings.languages.includes('*') || settings.languages.includes(languageId);
}

function actorsAtName(document: vscode.TextDocument, position: vscode.Position, library: Library): ActorsAt | undefined {
  const excerpt = excerptAround(document, position);
  const match = library.names.findAt(excerpt.text, excerpt.offset);
  if (!match) return undefined;
  const range = new vscode.Range(document.positionAt(excerpt.documentOffset + match.start), document.positionAt(excerpt.documentOffset + match.end));
  return { actors: [...match.targets], range };
}

/** The hovered line and its neighbours, cut to a window around the position when long. */
function excerptAround(document: vscode.TextDocument, position: vscode.Position): Excerpt {
  const firstLine = Math.max(0, position.line - 1);
  const lastLine = Math.min(document.lineCount - 1, position.line + 1);
  const range = new vscode.Range(firstLine, 0, lastLine, document.lineAt(lastLine).text.length);
  const documentOffset = document.offsetAt(range.start);
  return excerptOf(document.getText(range), document.offsetAt(position) - documentOffset, documentOffset);
}

/** Dossier text is escaped by the card; links may run our commands and nothing else; no HTML. */
function cardMarkdown(library: Library, actor: LibraryActor, options: CardOptions): vscode.MarkdownString {
  const markdown = new vscode.MarkdownString(actorCard(library, actor, options), true);
  markdown.isTrusted = { enabledCommands: [...CARD_COMMANDS] };
  markdown.supportHtml = false;
  return markdown;
}
