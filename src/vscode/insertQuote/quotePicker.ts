// The QuickPick of the library's speech quotes: the words as label, the
// speaker as description, the article and its date as detail; grouped by
// speaker, searchable by words and speaker.
import * as vscode from 'vscode';
import { inertText } from '../../core/display/inertText';
import { Library, LibraryActor, LibraryQuote } from '../../core/library';
import { needsReview } from '../../core/model';

interface QuoteItem extends vscode.QuickPickItem {
  entry: LibraryQuote;
}

/** Shows the picker; resolves with the chosen quote, or undefined when dismissed. */
export async function pickQuote(library: Library, speaker?: LibraryActor): Promise<LibraryQuote | undefined> {
  const quotes = library.quotes.filter((q) => q.quote.kind === 'speech' && (!speaker || q.speaker === speaker));
  if (quotes.length === 0) {
    const message = speaker ? vscode.l10n.t('The library has no quotes by {0}.', inertText(speaker.name)) : vscode.l10n.t('The library has no quotes yet. Create a dossier from an article to add some.');
    void vscode.window.showInformationMessage(message);
    return undefined;
  }
  const picked = await vscode.window.showQuickPick(quoteItems(quotes), {
    title: speaker ? vscode.l10n.t('Insert a quote by {0}', inertText(speaker.name)) : vscode.l10n.t('Insert a quote with its citation'),
    placeHolder: vscode.l10n.t('Type words of the quote or the speaker’s name'),
    matchOnDescription: true,
  });
  return (picked as QuoteItem | undefined)?.entry;
}

function quoteItems(quotes: LibraryQuote[]): vscode.QuickPickItem[] {
  const unattributed = vscode.l10n.t('Unattributed');
  const groups = new Map<string, LibraryQuote[]>();
  for (const entry of quotes) {
    const name = entry.speaker?.name ?? unattributed;
    // Pushed in place: copying the group per quote was quadratic in quotes per speaker.
    const group = groups.get(name);
    if (group) group.push(entry);
    else groups.set(name, [entry]);
  }
  // Speakers alphabetically, the unattributed last; quotes in article order.
  const names = [...groups.keys()].sort((a, b) => (a === unattributed ? 1 : b === unattributed ? -1 : a.localeCompare(b)));
  return names.flatMap((name) => [
    { label: inertText(name), kind: vscode.QuickPickItemKind.Separator },
    ...groups.get(name)!.map((entry): QuoteItem => ({
      label: inertText(entry.quote.text),
      description: [entry.speaker ? inertText(entry.speaker.name) : vscode.l10n.t('unattributed'), needsReview(entry.quote) ? `$(warning) ${vscode.l10n.t('speaker not checked')}` : ''].filter(Boolean).join(' · '),
      detail: inertText(articleLine(entry)),
      entry,
    })),
  ]);
}

function articleLine(entry: LibraryQuote): string {
  const { title, id, published, published_inferred: inferred } = entry.dossier.dossier.article;
  const name = title ?? id;
  if (!published) return name;
  return inferred ? vscode.l10n.t('{0} · {1} (date inferred)', name, published) : `${name} · ${published}`;
}
