// The sidebar: the Actors, Events and Quotes trees, their commands, the filter
// that follows the active editor, and the welcome content.
import * as vscode from 'vscode';
import { Library } from '../../core/library';
import { ActorsTree } from '../../core/views/actorsTree';
import { EventsTree } from '../../core/views/eventsTree';
import { TreeModel, ViewNode } from '../../core/views/nodes';
import { QuotesTree } from '../../core/views/quotesTree';
import { QUOTES_TREE_MIME, quoteDragData } from '../insertQuote/treeDrop';
import { DossierLibrary } from '../library/dossierLibrary';
import { MentionFilter } from './mentionFilter';
import { startMentionPass } from './mentionPass';
import type { Platform } from '../platform';
import { registerTreeCommands, SidebarTrees } from './treeCommands';
import { SourcebookTreeProvider, TreeModelFactory } from './treeProvider';
import { ReviewFilter } from './reviewFilter';

export type { SidebarTrees } from './treeCommands';

/** 'empty', 'sample' (only the bundled sample) or 'user': decides which welcome content shows. */
const LIBRARY_STATE_KEY = 'sourcebook.libraryState';

/** Speech quote rows dragged into an editor are inserted cited (the insert-quote feature's drop provider reads them). */
export const quoteDragController: vscode.TreeDragAndDropController<ViewNode> = {
  dragMimeTypes: [QUOTES_TREE_MIME],
  dropMimeTypes: [],
  handleDrag(nodes, dataTransfer) {
    const keys = nodes.flatMap((node) => (node.type === 'quote' && node.entry.quote.kind === 'speech' ? [node.entry.key] : []));
    if (keys.length) dataTransfer.set(QUOTES_TREE_MIME, quoteDragData(keys));
  },
};

export function registerTrees(context: vscode.ExtensionContext, library: DossierLibrary, platform: Platform): SidebarTrees {
  const filter = new MentionFilter(context.workspaceState);
  const review = new ReviewFilter(context.workspaceState);
  const create = <M extends TreeModel>(viewId: string, buildModel: TreeModelFactory<M>) => {
    const provider = new SourcebookTreeProvider(buildModel, library, filter, review);
    const view = vscode.window.createTreeView<ViewNode>(viewId, { treeDataProvider: provider, showCollapseAll: true, dragAndDropController: quoteDragController });
    context.subscriptions.push(provider, view);
    return { view, provider };
  };
  const trees: SidebarTrees = {
    actors: create('sourcebook.actors', (index, shown) => new ActorsTree(index, shown)),
    events: create('sourcebook.events', (index, shown) => new EventsTree(index, shown)),
    quotes: create('sourcebook.quotes', (index, shown) => new QuotesTree(index, shown)),
    review,
  };

  const updateMessages = () => {
    const message = !filter.isEnabled
      ? undefined
      : filter.documentName
        ? vscode.l10n.t('Only actors mentioned in {0}', filter.documentName)
        : vscode.l10n.t('Open a draft to see only the actors it mentions.');
    for (const { view } of [trees.actors, trees.events, trees.quotes]) view.message = message;
  };
  const updateState = (current: Library) => vscode.commands.executeCommand('setContext', LIBRARY_STATE_KEY, libraryState(current));
  void library.ready.then(() => updateState(library.current));
  updateMessages();

  context.subscriptions.push(
    filter,
    review,
    startMentionPass(library, platform),
    filter.onDidChange(updateMessages),
    library.onDidChange(updateState),
    // The welcome view has no rows of its own: it exists for its welcome content.
    vscode.window.registerTreeDataProvider('sourcebook.welcome', { getChildren: () => [], getTreeItem: (item: vscode.TreeItem) => item }),
    ...registerTreeCommands(library, filter, trees),
  );
  return trees;
}

function libraryState(library: Library): 'empty' | 'sample' | 'user' {
  if (library.isEmpty) return 'empty';
  return library.onlySample ? 'sample' : 'user';
}
