// "New Article from Clipboard" (sourcebook.newArticleFromClipboard): the
// clipboard's text as a new untitled plain-text article, ready for Create
// Dossier (whose dossier then keeps the text inline, or beside a saved file).
import * as vscode from 'vscode';

export function registerClipboardArticle(context: vscode.ExtensionContext): void {
  context.subscriptions.push(vscode.commands.registerCommand('sourcebook.newArticleFromClipboard', newArticleFromClipboard));
}

/** The new editor, or undefined when the clipboard holds no text. */
export async function newArticleFromClipboard(): Promise<vscode.TextEditor | undefined> {
  const text = (await vscode.env.clipboard.readText()).replace(/\r\n?/g, '\n');
  if (text.trim() === '') {
    void vscode.window.showInformationMessage(vscode.l10n.t('The clipboard holds no text. Copy an article (its headline, byline and body) and run this again.'));
    return undefined;
  }
  const document = await vscode.workspace.openTextDocument({ language: 'plaintext', content: text.trim() + '\n' });
  const editor = await vscode.window.showTextDocument(document, { preview: false });
  const create = vscode.l10n.t('Create Dossier');
  void vscode.window.showInformationMessage(vscode.l10n.t('The clipboard\'s text is a new article. Save it to keep it beside its dossier, or build the dossier now.'), create).then((choice) => {
    if (choice === create) void vscode.commands.executeCommand('sourcebook.createDossier', document.uri);
  });
  return editor;
}
