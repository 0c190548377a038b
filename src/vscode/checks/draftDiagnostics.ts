// Runs the writing checks on the prose documents the writer can see and keeps
// their diagnostics current: after typing stops (debounced), when an editor
// comes into view, and when the library or the settings change.
import * as vscode from 'vscode';
import { checkDraft, DraftFinding } from '../../core/checks/checkDraft';
import { LineMap } from '../../core/dossier/problems';
import { Library, LibraryQuote } from '../../core/library';
import { DossierLibrary } from '../library/dossierLibrary';
import { Disposable } from '../library/disposable';
import { findingMessage } from './messages';
import { CheckSettings, readCheckSettings } from './settings';

const TYPING_DELAY_MS = 300;
/** Checking takes about 10 ms per 100 KB: past this size a pause in typing would be felt. */
const MAX_CHECKED_LENGTH = 1_000_000;

interface CheckedText {
  text: string;
  library: Library;
  findings: DraftFinding[];
}

export class DraftDiagnostics extends Disposable {
  private readonly collection = this.register(vscode.languages.createDiagnosticCollection('sourcebook-checks'));
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** By document, and valid for the same text only: an untitled URI and its version 1 come back with the next new draft. */
  private checked = new WeakMap<vscode.TextDocument, CheckedText>();
  private settings: CheckSettings = readCheckSettings();

  constructor(private readonly library: DossierLibrary) {
    super();
    this.register(
      { dispose: () => this.timers.forEach((timer) => clearTimeout(timer)) },
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length && this.isVisible(e.document)) this.schedule(e.document);
      }),
      vscode.window.onDidChangeVisibleTextEditors(() => this.checkVisible()),
      vscode.workspace.onDidCloseTextDocument((document) => this.forget(document.uri)),
      library.onDidChange(() => this.checkVisible()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (!e.affectsConfiguration('sourcebook.checks')) return;
        this.settings = readCheckSettings();
        this.checked = new WeakMap();
        this.collection.clear();
        this.checkVisible();
      }),
    );
    this.checkVisible();
  }

  get currentSettings(): CheckSettings {
    return this.settings;
  }

  /** The findings for the document as it is now (computed at most once per text and library). */
  findings(document: vscode.TextDocument): DraftFinding[] {
    const library = this.library.current;
    const text = document.getText();
    const cached = this.checked.get(document);
    if (cached && cached.text === text && cached.library === library) return cached.findings;
    const findings = this.isChecked(document)
      ? checkDraft(text, library, { quotes: this.settings.quoteSeverity !== undefined, spelling: this.settings.spelling, accents: this.settings.accents })
      : [];
    this.checked.set(document, { text, library, findings });
    return findings;
  }

  /** Prose in a checked language, not too long, and not one of the library's own articles (their quotes are the source). */
  isChecked(document: vscode.TextDocument): boolean {
    if (!this.settings.languages.includes(document.languageId) || lengthOf(document) > MAX_CHECKED_LENGTH) return false;
    const uri = document.uri.toString();
    return !this.library.current.dossiers.some((d) => d.articleSource === uri);
  }

  private isVisible(document: vscode.TextDocument): boolean {
    return vscode.window.visibleTextEditors.some((editor) => editor.document === document);
  }

  private checkVisible(): void {
    for (const editor of vscode.window.visibleTextEditors) this.publish(editor.document);
  }

  private schedule(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(key, setTimeout(() => {
      this.timers.delete(key);
      // Only if still shown: a draft closed meanwhile may have passed its untitled URI on to a new one.
      if (!document.isClosed && this.isVisible(document)) this.publish(document);
    }, TYPING_DELAY_MS));
  }

  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    // An untitled URI may already name the next new draft: keep what was published for an open one.
    if (!vscode.workspace.textDocuments.some((d) => d.uri.toString() === key)) this.collection.delete(uri);
  }

  private publish(document: vscode.TextDocument): void {
    if (!this.isChecked(document)) {
      this.collection.delete(document.uri);
      return;
    }
    this.collection.set(document.uri, this.findings(document).map((finding) => this.toDiagnostic(document, finding)));
  }

  private toDiagnostic(document: vscode.TextDocument, finding: DraftFinding): vscode.Diagnostic {
    const range = new vscode.Range(document.positionAt(finding.start), document.positionAt(finding.end));
    const isQuote = finding.kind === 'misquote' || finding.kind === 'misattribution';
    const severity = isQuote ? this.settings.quoteSeverity ?? vscode.DiagnosticSeverity.Warning : vscode.DiagnosticSeverity.Information;
    const diagnostic = new vscode.Diagnostic(range, findingMessage(finding), severity);
    diagnostic.source = 'sourcebook';
    diagnostic.code = finding.kind;
    if (isQuote) {
      const related = this.sourcePassage(finding.quote);
      if (related) diagnostic.relatedInformation = [related];
    }
    return diagnostic;
  }

  /** Where the source quote is in its article, for "related information" under the diagnostic. */
  private sourcePassage(quote: LibraryQuote): vscode.DiagnosticRelatedInformation | undefined {
    const text = quote.dossier.articleText;
    const passage = this.library.current.quotePassage(quote);
    if (!text || !passage || !quote.dossier.articleSource) return undefined;
    const lines = new LineMap(text);
    const at = (offset: number) => { const { line, column } = lines.position(offset); return new vscode.Position(line - 1, column - 1); };
    const range = new vscode.Range(at(passage.start), at(passage.end));
    const speaker = quote.speaker?.name ?? vscode.l10n.t('Unattributed');
    return new vscode.DiagnosticRelatedInformation(new vscode.Location(vscode.Uri.parse(quote.dossier.articleSource), range), vscode.l10n.t('{0} in the source article', speaker));
  }
}

/** The document's length, without copying its text. */
function lengthOf(document: vscode.TextDocument): number {
  return document.offsetAt(document.lineAt(document.lineCount - 1).range.end);
}
