// Fact-check reports as read-only Markdown documents (`sourcebook-audit:`),
// one per draft, rendered by the core. Their links — to the draft's words and
// to the source passage — run our own reveal commands, and the document links
// offered in the editor are only ever those.
import * as vscode from 'vscode';

export const AUDIT_SCHEME = 'sourcebook-audit';

/** `](<target>)`: the link form the core's report writes. */
const LINK = /\]\(<([^<>\s]+)>\)/g;

export class ReportDocuments implements vscode.TextDocumentContentProvider, vscode.DocumentLinkProvider, vscode.Disposable {
  private readonly reports = new Map<string, { draft: vscode.Uri; text: string }>();
  private readonly changes = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changes.event;

  /** The report's URI for a draft: its name says what it is, the query which draft. */
  uriFor(draft: vscode.Uri): vscode.Uri {
    const name = draft.path.split('/').pop() || 'draft';
    return vscode.Uri.from({ scheme: AUDIT_SCHEME, path: `/${vscode.l10n.t('Fact-check of {0}', name)}`, query: draft.toString() });
  }

  set(draft: vscode.Uri, text: string): vscode.Uri {
    const uri = this.uriFor(draft);
    this.reports.set(uri.toString(), { draft, text });
    this.changes.fire(uri);
    return uri;
  }

  draftOf(report: vscode.Uri): vscode.Uri | undefined {
    return this.reports.get(report.toString())?.draft;
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.reports.get(uri.toString())?.text ?? vscode.l10n.t('This fact-check is no longer available: run "Sourcebook: Fact-Check Draft" again.');
  }

  provideDocumentLinks(document: vscode.TextDocument): vscode.DocumentLink[] {
    const text = document.getText();
    const links: vscode.DocumentLink[] = [];
    LINK.lastIndex = 0;
    for (let match = LINK.exec(text); match; match = LINK.exec(text)) {
      const target = vscode.Uri.parse(match[1], true);
      if (target.scheme !== 'command' || !target.path.startsWith('sourcebook.')) continue;
      // The link covers the label: from its "[" to the "]" before the target.
      const labelEnd = match.index;
      const labelStart = text.lastIndexOf('[', labelEnd);
      const link = new vscode.DocumentLink(new vscode.Range(document.positionAt(labelStart), document.positionAt(labelEnd + match[0].length)), target);
      link.tooltip = target.path === 'sourcebook.revealInArticle' ? vscode.l10n.t('Reveal the source passage') : vscode.l10n.t('Go to the draft');
      links.push(link);
    }
    return links;
  }

  dispose(): void {
    this.changes.dispose();
  }
}
