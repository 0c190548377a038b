// `sourcebook.revealInDraft(uri, start, end)`: opens the draft with those
// words selected — where a fact-check row or a Coverage row points.
import * as vscode from 'vscode';

export async function revealInDraft(uri: unknown, start: unknown, end: unknown): Promise<vscode.TextEditor | undefined> {
  if (typeof uri !== 'string' || !Number.isInteger(start) || !Number.isInteger(end)) return undefined;
  const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri, true));
  const selection = new vscode.Selection(document.positionAt(start as number), document.positionAt(end as number));
  // In the draft's own editor when it is open (not beside the report).
  const open = vscode.window.visibleTextEditors.find((e) => e.document === document);
  const editor = await vscode.window.showTextDocument(document, { selection, viewColumn: open?.viewColumn, preserveFocus: false });
  editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}
