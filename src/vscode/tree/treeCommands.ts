// Commands on tree rows: copy an actor's name, find its mentions in the
// workspace, and show a quote, event or actor in the sidebar (for hover links).
import * as vscode from 'vscode';
import { LibraryActor } from '../../core/library';
import { inertText } from '../../core/display/inertText';
import { ActorsTree } from '../../core/views/actorsTree';
import { EventsTree } from '../../core/views/eventsTree';
import { ViewNode } from '../../core/views/nodes';
import { passageFor, RevealTarget } from '../../core/views/passage';
import { QuotesTree } from '../../core/views/quotesTree';
import { LibraryViewIndex } from '../../core/views/viewIndex';
import { mentionSearchPattern } from '../../core/views/viewText';
import { DossierLibrary } from '../library/dossierLibrary';
import { MentionFilter } from './mentionFilter';
import { SourcebookTreeProvider } from './treeProvider';
import { ReviewFilter } from './reviewFilter';

export interface SidebarTrees {
  actors: { view: vscode.TreeView<ViewNode>; provider: SourcebookTreeProvider<ActorsTree> };
  events: { view: vscode.TreeView<ViewNode>; provider: SourcebookTreeProvider<EventsTree> };
  quotes: { view: vscode.TreeView<ViewNode>; provider: SourcebookTreeProvider<QuotesTree> };
  /** "Only items to check" (the review feature's toggle). */
  review: ReviewFilter;
}

export function registerTreeCommands(library: DossierLibrary, filter: MentionFilter, trees: SidebarTrees): vscode.Disposable[] {
  const actorOf = (target?: RevealTarget): LibraryActor | undefined => {
    const key = target?.actorKey ?? target?.speakerKey;
    return key === undefined ? undefined : LibraryViewIndex.of(library.current).actor(key);
  };
  return [
    vscode.commands.registerCommand('sourcebook.copyName', async (target?: RevealTarget) => {
      const actor = actorOf(target);
      if (!actor) return;
      await vscode.env.clipboard.writeText(actor.name);
      vscode.window.setStatusBarMessage(vscode.l10n.t('Copied “{0}”', inertText(actor.name)), 3000);
    }),
    vscode.commands.registerCommand('sourcebook.findMentions', async (target?: RevealTarget) => {
      const actor = actorOf(target);
      if (!actor) return;
      await vscode.commands.executeCommand('workbench.action.findInFiles', {
        query: mentionSearchPattern(actor),
        isRegex: true,
        isCaseSensitive: false,
        matchWholeWord: true,
        // The dossiers name every actor by definition; the writer wants the drafts.
        filesToExclude: '**/*.dossier.yaml',
        triggerSearch: true,
      });
    }),
    vscode.commands.registerCommand('sourcebook.filterByActiveEditor', () => filter.setEnabled(true)),
    vscode.commands.registerCommand('sourcebook.showAllActors', () => filter.setEnabled(false)),
    vscode.commands.registerCommand('sourcebook.showInTree', async (target?: RevealTarget) => {
      if (!target) return;
      let shown = locate(library, trees, target);
      if (!shown && filter.isEnabled) {
        await filter.setEnabled(false); // the filter hid it: show everything rather than nothing
        shown = locate(library, trees, target);
      }
      if (shown) await shown.view.reveal(shown.node, { select: true, focus: true, expand: true });
    }),
  ];
}

/** Which tree shows the target, and its row there. */
function locate(library: DossierLibrary, trees: SidebarTrees, target: RevealTarget): { view: vscode.TreeView<ViewNode>; node: ViewNode } | undefined {
  const current = library.current;
  if (target.quoteId) {
    const request = passageFor(current, target);
    const entry = request && current.quotes.find((q) => q.dossier === request.dossier && q.quote.id === target.quoteId);
    const node = entry && trees.quotes.provider.model.locateQuote(entry);
    return node && { view: trees.quotes.view, node };
  }
  if (target.eventId) {
    const entry = current.events.find((e) => e.event.id === target.eventId && (!target.articleId || e.dossier.dossier.article.id === target.articleId));
    const node = entry && trees.events.provider.model.locateEvent(entry);
    return node && { view: trees.events.view, node };
  }
  const key = target.actorKey ?? target.speakerKey;
  const actor = key === undefined ? undefined : LibraryViewIndex.of(current).actor(key);
  const node = actor && trees.actors.provider.model.locateActor(actor);
  return node && { view: trees.actors.view, node };
}
