// The one provider behind the three sidebar trees: it asks a pure TreeModel
// (src/core/views) for rows and turns them into TreeItems. It rebuilds when the
// library or the filter changes; stable ids keep what the user expanded.
import * as vscode from 'vscode';
import { Library } from '../../core/library';
import { ActorFilter, TreeModel, ViewNode } from '../../core/views/nodes';
import { LibraryViewIndex } from '../../core/views/viewIndex';
import { DossierLibrary } from '../library/dossierLibrary';
import { toTreeItem } from './treeItems';
import { MentionFilter } from './mentionFilter';
import { onlyToCheck } from '../../core/views/reviewMarks';
import { ReviewFilter } from './reviewFilter';
import { markToCheck } from './treeMarks';

/** Above this many actors the kind groups start collapsed, so opening the view stays fast. */
const EXPAND_KINDS_UP_TO = 200;

export type TreeModelFactory<M extends TreeModel> = (index: LibraryViewIndex, shown: ActorFilter) => M;

export class SourcebookTreeProvider<M extends TreeModel = TreeModel> implements vscode.TreeDataProvider<ViewNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<ViewNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private built?: { library: Library; model: M };
  private readonly disposables: vscode.Disposable[] = [this.changed];

  constructor(
    private readonly buildModel: TreeModelFactory<M>,
    private readonly library: DossierLibrary,
    private readonly filter: MentionFilter,
    private readonly review?: ReviewFilter,
  ) {
    this.disposables.push(
      library.onDidChange(() => this.refresh()),
      filter.onDidChange(() => this.refresh()),
    );
    if (review) this.disposables.push(review.onDidChange(() => this.refresh()));
  }

  /** The model for the current library and filter. */
  get model(): M {
    const library = this.library.current;
    if (this.built?.library !== library) this.built = { library, model: this.buildModel(LibraryViewIndex.of(library), this.filter.shownIn(library)) };
    return this.built.model;
  }

  refresh(): void {
    this.built = undefined;
    this.changed.fire(undefined);
  }

  getChildren(node?: ViewNode): ViewNode[] {
    const nodes = node ? this.model.children(node) : this.model.roots();
    return this.review?.onlyToCheck ? onlyToCheck(this.model, nodes) : nodes;
  }

  getParent(node: ViewNode): ViewNode | undefined {
    return node.parent;
  }

  getTreeItem(node: ViewNode): vscode.TreeItem {
    const library = this.library.current;
    return markToCheck(toTreeItem(node, { manyArticles: library.dossiers.length > 1, expandKinds: library.actors.length <= EXPAND_KINDS_UP_TO }), node);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
