// Quick fixes for the writing checks: restore a quotation's exact words, or
// write a name as the dossier spells it.
import * as vscode from 'vscode';
import { DraftFinding } from '../../core/checks/checkDraft';
import { DraftDiagnostics } from './draftDiagnostics';
import { fixTitle } from './messages';

export class CheckFixes implements vscode.CodeActionProvider {
  static readonly providedCodeActionKinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly diagnostics: DraftDiagnostics) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const ours = context.diagnostics.filter((d) => d.source === 'sourcebook' && typeof d.code === 'string');
    if (!ours.length) return [];
    const findings = this.diagnostics.findings(document);
    const actions: vscode.CodeAction[] = [];
    for (const diagnostic of ours) {
      const start = document.offsetAt(diagnostic.range.start);
      const end = document.offsetAt(diagnostic.range.end);
      const finding = findings.find((f) => f.kind === diagnostic.code && f.start === start && f.end === end);
      const action = finding && this.fixFor(document, finding);
      if (!action) continue;
      action.diagnostics = [diagnostic];
      actions.push(action);
    }
    return actions;
  }

  private fixFor(document: vscode.TextDocument, finding: DraftFinding): vscode.CodeAction | undefined {
    const title = fixTitle(finding);
    if (!title) return undefined;
    const edits = finding.kind === 'misquote' ? finding.fix
      : finding.kind === 'misspelling' || finding.kind === 'accent' ? [{ start: finding.start, end: finding.end, newText: finding.spelling }]
      : [];
    const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
    action.edit = new vscode.WorkspaceEdit();
    for (const edit of edits) action.edit.replace(document.uri, new vscode.Range(document.positionAt(edit.start), document.positionAt(edit.end)), edit.newText);
    action.isPreferred = true;
    return action;
  }
}
