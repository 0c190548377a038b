// Completes actor names in prose: the start of a name or alias offers the
// actor as the dossier spells it, with its role; the first mention in a
// document can carry the role as a title ("Defence Minister Vladimir Padrino López").
import * as vscode from 'vscode';
import { nameCompleterOf } from '../../core/checks/checkDraft';
import { actorsNamedBefore } from '../../core/checks/nameCompletion';
import { DossierLibrary } from '../library/dossierLibrary';
import { CheckSettings } from './settings';

export class NameCompletions implements vscode.CompletionItemProvider {
  constructor(private readonly library: DossierLibrary, private readonly settings: () => CheckSettings) {}

  provideCompletionItems(document: vscode.TextDocument, position: vscode.Position): vscode.CompletionItem[] {
    const library = this.library.current;
    const text = document.getText();
    const cursor = document.offsetAt(position);
    const completions = nameCompleterOf(library).complete(text, cursor);
    const namedBefore = this.settings().firstMentionWithRole && completions.length ? actorsNamedBefore(library, text, completions[0].from) : undefined;
    return completions.map(({ actor, form, from, firstMention }, rank) => {
      const typed = text.slice(from, cursor);
      const item = new vscode.CompletionItem({ label: actor.name, description: form === actor.name ? undefined : form }, actor.kind === 'person' ? vscode.CompletionItemKind.User : vscode.CompletionItemKind.Reference);
      item.detail = actor.role;
      item.range = new vscode.Range(document.positionAt(from), position);
      // VS Code filters by the typed text: match it against the form it begins, accents as typed.
      item.filterText = typed + form.slice(typed.length);
      item.sortText = String(rank).padStart(4, '0');
      item.insertText = namedBefore && firstMention && !namedBefore.has(actor) ? firstMention : actor.name;
      return item;
    });
  }
}
