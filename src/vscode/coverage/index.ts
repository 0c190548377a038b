// The Coverage view (`sourcebook.coverage`): whose voices the active draft
// carries. Recomputed a moment after the draft stops changing, when another
// draft becomes active, and when the library changes — only while the view is
// shown (a hidden view costs nothing, even as a thousand dossiers load).
import * as vscode from 'vscode';
import { auditDraft } from '../../core/audit/auditDraft';
import { coverageOf } from '../../core/audit/coverage';
import { readCheckSettings } from '../checks/settings';
import { DossierLibrary } from '../library/dossierLibrary';
import { balanceLine, CoverageNode, CoverageState, CoverageTreeProvider } from './coverageTree';

const DEBOUNCE_MS = 400;

export interface CoverageView {
  view: vscode.TreeView<CoverageNode>;
  provider: CoverageTreeProvider;
  /** Resolves once the view shows the given draft at the given version (for tests). */
  onDidUpdate: vscode.Event<CoverageState | undefined>;
}

export function registerCoverage(context: vscode.ExtensionContext, library: DossierLibrary): CoverageView {
  const provider = new CoverageTreeProvider();
  const view = vscode.window.createTreeView<CoverageNode>('sourcebook.coverage', { treeDataProvider: provider });
  const updated = new vscode.EventEmitter<CoverageState | undefined>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let draft: vscode.TextDocument | undefined;

  const isDraft = (document: vscode.TextDocument): boolean => readCheckSettings().languages.includes(document.languageId) && document.uri.scheme !== 'sourcebook-audit';
  let stale = false;
  const update = (): void => {
    timer = undefined;
    if (!view.visible) { stale = true; return; }
    stale = false;
    if (!draft || draft.isClosed) {
      provider.show(undefined);
      view.description = undefined;
      view.message = vscode.l10n.t('Open a draft to see whom it quotes and mentions.');
    } else {
      const coverage = coverageOf(auditDraft(draft.getText(), library.current), library.current);
      provider.show({ draft: draft.uri, coverage });
      view.description = balanceLine(coverage);
      view.message = coverage.covered.length ? undefined : vscode.l10n.t('This draft names no actor of the dossiers.');
    }
    updated.fire(provider.current);
  };
  const schedule = (delay = DEBOUNCE_MS): void => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(update, delay);
  };
  const follow = (editor: vscode.TextEditor | undefined): void => {
    if (editor && isDraft(editor.document)) { draft = editor.document; schedule(0); }
  };
  follow(vscode.window.activeTextEditor);
  if (!draft) schedule(0);

  context.subscriptions.push(
    provider,
    view,
    updated,
    { dispose: () => timer && clearTimeout(timer) },
    vscode.window.onDidChangeActiveTextEditor(follow),
    view.onDidChangeVisibility((e) => { if (e.visible && stale) schedule(0); }),
    vscode.workspace.onDidChangeTextDocument((e) => { if (e.document === draft && e.contentChanges.length) schedule(); }),
    vscode.workspace.onDidCloseTextDocument((document) => { if (document === draft) { draft = undefined; schedule(0); } }),
    library.onDidChange(() => schedule()), // rebuilds come in bursts while files load
  );
  return { view, provider, onDidUpdate: updated.event };
}
