// `main` entry: the Node extension host (desktop VS Code, remotes, code-server).
// Only the platform differs from the browser entry; the features are wired in
// extension.ts, once for both.
import type * as vscode from 'vscode';
import { activateSourcebook, SourcebookApi } from './extension';
import { nodePlatform } from './platform/node';

export function activate(context: vscode.ExtensionContext): Promise<SourcebookApi> {
  return activateSourcebook(context, nodePlatform);
}

export function deactivate(): void {}
