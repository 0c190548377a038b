// Applies a planned correction to a dossier's TextDocument through one
// WorkspaceEdit (one undo step; unsaved edits of an open dossier are kept, as
// the plan is made from the document's text), and waits for the library to
// show it. A refused plan changes nothing and says why.
import * as vscode from 'vscode';
import { EditPlan } from '../../core/dossier/edits';
import { LoadedDossier } from '../../core/library';
import { DossierLibrary } from '../library/dossierLibrary';
import { inertText } from '../../core/display/inertText';

const LIBRARY_UPDATE_TIMEOUT_MS = 5000;
const SAVE_RETRY_DELAY_MS = 300;

export async function applyToDossier(library: DossierLibrary, loaded: LoadedDossier, planFor: (text: string) => EditPlan): Promise<EditPlan | undefined> {
  if (loaded.isSample) {
    void vscode.window.showWarningMessage(vscode.l10n.t('The bundled sample dossier is read-only. Create a dossier of your own (Sourcebook: Create Dossier from Article) to review it here.'));
    return undefined;
  }
  const uri = vscode.Uri.parse(loaded.source);
  const document = await vscode.workspace.openTextDocument(uri);
  const plan = planFor(document.getText());
  if (!plan.ok) {
    void vscode.window.showWarningMessage(inertText(plan.message));
    return plan;
  }
  const ok = await applyTextEdits(library, document, plan.edits);
  if (!ok) {
    void vscode.window.showWarningMessage(vscode.l10n.t('The dossier could not be edited (it may be read-only); nothing was changed.'));
    return { ok: false, message: 'not applied' };
  }
  return plan;
}

/** Applies edits to a document as one WorkspaceEdit, saves it if it had no unsaved changes, and waits for the library. */
export async function applyTextEdits(library: DossierLibrary, document: vscode.TextDocument, edits: readonly { offset: number; length: number; newText: string }[]): Promise<boolean> {
  const edit = new vscode.WorkspaceEdit();
  for (const e of edits) edit.replace(document.uri, new vscode.Range(document.positionAt(e.offset), document.positionAt(e.offset + e.length)), e.newText);
  const wasDirty = document.isDirty;
  const updated = nextLibraryChange(library);
  if (!(await vscode.workspace.applyEdit(edit))) return false;
  // A clean dossier is saved, so the change is on disk like any other; one with the writer's unsaved edits stays unsaved.
  if (!wasDirty && !(await saveClean(document))) {
    void vscode.window.showWarningMessage(vscode.l10n.t('The change is in the open dossier but could not be saved; save it when you are ready.'));
  }
  await updated;
  return true;
}

/**
 * Saves, once more after a moment if the first try fails: right after a file
 * is written, its save can be refused as "newer on disk" for a moment, and a
 * review edit should not be left unsaved for that.
 */
async function saveClean(document: vscode.TextDocument): Promise<boolean> {
  if (await document.save()) return true;
  await new Promise((resolve) => setTimeout(resolve, SAVE_RETRY_DELAY_MS));
  return document.save();
}

function nextLibraryChange(library: DossierLibrary): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, LIBRARY_UPDATE_TIMEOUT_MS);
    const listener = library.onDidChange(done);
    function done() {
      clearTimeout(timer);
      listener.dispose();
      resolve();
    }
  });
}
