// `sourcebook.auditDraft`: the fact-check sheet of the active draft, opened
// beside it as a read-only Markdown document (its preview renders the table;
// its rows link to the draft line and reveal the source passage).
import * as vscode from 'vscode';
import { auditDraft } from '../../core/audit/auditDraft';
import { SourceRef } from '../../core/audit/model';
import { renderReport } from '../../core/audit/render';
import { AuditReport } from '../../core/audit/model';
import { readCheckSettings } from '../checks/settings';
import { DossierLibrary } from '../library/dossierLibrary';
import { AUDIT_SCHEME, ReportDocuments } from './reportDocuments';
import { revealInDraft } from './revealInDraft';

export interface AuditCommandResult {
  report: AuditReport;
  document: vscode.TextDocument;
}

export function registerAudit(context: vscode.ExtensionContext, library: DossierLibrary): void {
  const reports = new ReportDocuments();
  context.subscriptions.push(
    reports,
    vscode.workspace.registerTextDocumentContentProvider(AUDIT_SCHEME, reports),
    vscode.languages.registerDocumentLinkProvider({ scheme: AUDIT_SCHEME }, reports),
    vscode.commands.registerCommand('sourcebook.auditDraft', (uri?: vscode.Uri) => auditCommand(library, reports, uri)),
    vscode.commands.registerCommand('sourcebook.revealInDraft', (uri: string, start: number, end: number) => revealInDraft(uri, start, end)),
  );
}

async function auditCommand(library: DossierLibrary, reports: ReportDocuments, uri?: vscode.Uri): Promise<AuditCommandResult | undefined> {
  const draft = await draftDocument(reports, uri);
  if (!draft) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a draft (Markdown, plain text or LaTeX) to fact-check it.'));
    return undefined;
  }
  await library.ready;
  const text = draft.getText();
  const report = auditDraft(text, library.current, { accents: readCheckSettings().accents });
  const name = vscode.workspace.asRelativePath(draft.uri, false);
  const markdown = renderReport('md', report, name, text, {
    draft: (_position, start, end) => commandLink('sourcebook.revealInDraft', [draft.uri.toString(), start, end]),
    source: (source) => revealLink(source),
  });
  const reportUri = reports.set(draft.uri, markdown);
  let document = await vscode.workspace.openTextDocument(reportUri);
  if (document.languageId !== 'markdown') document = await vscode.languages.setTextDocumentLanguage(document, 'markdown');
  const draftEditor = vscode.window.visibleTextEditors.find((e) => e.document === draft);
  const column = draftEditor?.viewColumn ?? vscode.ViewColumn.Active;
  await vscode.window.showTextDocument(document, { viewColumn: column === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.Beside, preview: false, preserveFocus: true });
  return { report, document };
}

/** The draft to check: the given file, the active editor's, or the draft of the report in the active editor. */
async function draftDocument(reports: ReportDocuments, uri?: vscode.Uri): Promise<vscode.TextDocument | undefined> {
  if (uri) return vscode.workspace.openTextDocument(uri);
  const active = vscode.window.activeTextEditor?.document;
  if (!active) return undefined;
  if (active.uri.scheme === AUDIT_SCHEME) {
    const draft = reports.draftOf(active.uri);
    return draft ? vscode.workspace.openTextDocument(draft) : undefined;
  }
  return active;
}

/** Our own reveal command, with the source quote's ids (never dossier text) as its argument. */
function revealLink(source: SourceRef): string {
  return commandLink('sourcebook.revealInArticle', [{ quoteId: source.quoteId, articleId: source.articleId, dossierSource: source.dossierSource }]);
}

function commandLink(command: string, args: readonly unknown[]): string {
  return `command:${command}?${encodeURIComponent(JSON.stringify(args))}`;
}
