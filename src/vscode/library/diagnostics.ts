// The library's problems in the Problems panel: each dossier's own (syntax,
// article check), the library's warnings about it (an actor id that means two
// people), and the identities files' problems.
import * as vscode from 'vscode';
import { LineMap, Problem } from '../../core/dossier/problems';
import { LibraryWarning } from '../../core/library';
import { Disposable } from './disposable';
import { LibraryState } from './libraryState';
import { DossierEntry } from './readDossier';

export class LibraryDiagnostics extends Disposable {
  private readonly collection = this.register(vscode.languages.createDiagnosticCollection('sourcebook'));

  publish(state: LibraryState): void {
    const warnings = new Map<string, LibraryWarning[]>();
    for (const warning of state.library.warnings) warnings.set(warning.source, [...(warnings.get(warning.source) ?? []), warning]);
    this.collection.clear();
    for (const file of state.identities) this.collection.set(file.uri, file.problems.map((p) => toDiagnostic(p, new LineMap(file.text))));
    for (const entry of state.all()) this.collection.set(entry.uri, diagnosticsOf(entry, warnings.get(entry.uri.toString()) ?? []));
  }

  delete(uri: vscode.Uri): void {
    this.collection.delete(uri);
  }
}

function diagnosticsOf(entry: DossierEntry, warnings: readonly LibraryWarning[]): vscode.Diagnostic[] {
  const lines = new LineMap(entry.text);
  const diagnostics = entry.problems.map((p) => toDiagnostic(p, lines));
  for (const warning of warnings) {
    const index = entry.loaded?.dossier.actors.findIndex((a) => a.id === warning.actorId) ?? -1;
    const { start, end } = entry.parsed.locate(['actors', index, 'id']);
    diagnostics.push(toDiagnostic({ severity: 'warning', message: warning.message, start, end, ...lines.position(start) }, lines));
  }
  return diagnostics;
}

function toDiagnostic(problem: Problem, lines: LineMap): vscode.Diagnostic {
  const end = lines.position(problem.end);
  const range = new vscode.Range(problem.line - 1, problem.column - 1, end.line - 1, Math.max(end.column - 1, problem.column - 1 + (problem.end === problem.start ? 1 : 0)));
  const diagnostic = new vscode.Diagnostic(range, problem.message, problem.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning);
  diagnostic.source = 'sourcebook';
  return diagnostic;
}
