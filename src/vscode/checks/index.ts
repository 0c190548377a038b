// Writing checks: quote integrity and name spelling diagnostics with quick
// fixes, and name completion, in the prose languages the settings name.
import * as vscode from 'vscode';
import { DossierLibrary } from '../library/dossierLibrary';
import { CheckFixes } from './codeActions';
import { DraftDiagnostics } from './draftDiagnostics';
import { NameCompletions } from './nameCompletions';

export function registerChecks(context: vscode.ExtensionContext, library: DossierLibrary): void {
  const diagnostics = new DraftDiagnostics(library);
  const completions = new NameCompletions(library, () => diagnostics.currentSettings);
  let providers: vscode.Disposable | undefined;
  // The languages are a setting: register the providers again when it changes.
  const registerProviders = (): void => {
    providers?.dispose();
    const selector = diagnostics.currentSettings.languages.map((language) => ({ language }));
    providers = vscode.Disposable.from(
      vscode.languages.registerCodeActionsProvider(selector, new CheckFixes(diagnostics), { providedCodeActionKinds: CheckFixes.providedCodeActionKinds }),
      vscode.languages.registerCompletionItemProvider(selector, completions),
    );
  };
  registerProviders();
  context.subscriptions.push(
    diagnostics,
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('sourcebook.checks.languages')) registerProviders();
    }),
    { dispose: () => providers?.dispose() },
  );
}
