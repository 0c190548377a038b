// Puts a cited quote into an editor: at every cursor (replacing selections),
// with the footnote definition appended once, as one step that one undo
// removes. The verb and the speaker are snippet placeholders the writer can
// tab through.
import * as vscode from 'vscode';
import { CitedQuote, citedText, Segment } from '../../core/citation/citedQuote';
import { footnotesAppendix } from '../../core/citation/footnotes';

/** Whether edits to the document cannot be made (a read-only file system, or a virtual document with none). */
export function isReadOnly(document: vscode.TextDocument): boolean {
  if (document.uri.scheme === 'untitled') return false;
  return vscode.workspace.fs.isWritableFileSystem(document.uri.scheme) !== true;
}

/** Inserts at the editor's selections as they are now; false when the editor refused the edit. */
export async function insertIntoEditor(editor: vscode.TextEditor, cited: CitedQuote): Promise<boolean> {
  const document = editor.document;
  // Read now, not when the command started: the document may have changed meanwhile.
  const ranges = editor.selections.map((selection) => new vscode.Range(selection.start, selection.end));
  const end = documentEnd(document);
  const appendix = appendixFor(document, cited, ranges.some((range) => range.end.isEqual(end)));
  if (appendix) {
    // No undo stop after: the snippet below joins this edit in one undo step.
    const appended = await editor.edit((edit) => edit.insert(end, appendix), { undoStopBefore: true, undoStopAfter: false });
    if (!appended) return false;
  }
  return editor.insertSnippet(snippetOf(cited.segments), ranges, { undoStopBefore: !appendix, undoStopAfter: true });
}

/** The drop of a quote at one position: the same text, and the footnote as an additional edit. */
export function dropEditFor(document: vscode.TextDocument, position: vscode.Position, cited: CitedQuote, title: string, kind: vscode.DocumentDropOrPasteEditKind): vscode.DocumentDropEdit {
  const drop = new vscode.DocumentDropEdit(snippetOf(cited.segments), title, kind);
  const end = documentEnd(document);
  const appendix = appendixFor(document, cited, position.isEqual(end));
  if (appendix) {
    drop.additionalEdit = new vscode.WorkspaceEdit();
    drop.additionalEdit.insert(document.uri, end, appendix);
  }
  return drop;
}

function documentEnd(document: vscode.TextDocument): vscode.Position {
  return document.lineAt(document.lineCount - 1).range.end;
}

/** The footnote definitions to append; a quote going in at the very end stays on its own line above them. */
function appendixFor(document: vscode.TextDocument, cited: CitedQuote, insertsAtEnd: boolean): string {
  return footnotesAppendix(document.getText(), cited.footnotes, insertsAtEnd ? citedText(cited) : '');
}

export function snippetOf(segments: readonly Segment[]): vscode.SnippetString {
  const snippet = new vscode.SnippetString();
  let tabstop = 1;
  for (const segment of segments) {
    if (typeof segment === 'string') snippet.appendText(segment);
    else snippet.appendPlaceholder(segment.text, tabstop++); // escapes $, } and \ itself
  }
  return snippet.appendTabstop(0);
}
