// Reviewing a dossier without touching YAML: capture from the article (quote,
// alias, actor, event), correct items (speaker, reviewed, remove, merge),
// judge identities across dossiers, and see what is left to check (badges on
// the Actors and Quotes views, an "only items to check" toggle).
import * as vscode from 'vscode';
import { reviewCounts } from '../../core/views/reviewMarks';
import { DossierLibrary } from '../library/dossierLibrary';
import { SidebarTrees } from '../tree';
import { registerCaptureCommands } from './captureCommands';
import { registerItemCommands } from './itemCommands';
import { registerSameActor } from './sameActor';

export function registerReview(context: vscode.ExtensionContext, library: DossierLibrary, sidebar: SidebarTrees): void {
  const updateBadges = () => {
    const counts = reviewCounts(library.current);
    sidebar.actors.view.badge = counts.actors ? { value: counts.actors, tooltip: vscode.l10n.t('{0} actor(s) to check', counts.actors) } : undefined;
    sidebar.quotes.view.badge = counts.quotes ? { value: counts.quotes, tooltip: vscode.l10n.t('{0} quote(s) to check', counts.quotes) } : undefined;
  };
  // The editor context menu offers the capture commands in the article files themselves.
  const updateArticlePaths = () => {
    const uris = library.current.dossiers.flatMap((d) => (d.articleSource ? [vscode.Uri.parse(d.articleSource)] : []));
    void vscode.commands.executeCommand('setContext', 'sourcebook.articlePaths', [...new Set(uris.flatMap((uri) => [uri.path, uri.fsPath]))]);
  };
  const update = () => {
    updateBadges();
    updateArticlePaths();
  };
  update();
  void library.ready.then(update);
  context.subscriptions.push(
    library.onDidChange(update),
    ...registerCaptureCommands(library),
    ...registerItemCommands(library),
    registerSameActor(library),
    vscode.commands.registerCommand('sourcebook.showOnlyToCheck', () => sidebar.review.setOnlyToCheck(true)),
    vscode.commands.registerCommand('sourcebook.showAllItems', () => sidebar.review.setOnlyToCheck(false)),
  );
}
