// `browser` entry: the web worker extension host (vscode.dev, github.dev, a
// browser VS Code). Bundled for platform 'browser'; test/unit/browserEntry.test.ts
// checks that nothing it reaches needs Node.
import type * as vscode from 'vscode';
import { activateSourcebook, SourcebookApi } from './extension';
import { browserPlatform } from './platform/browser';

export function activate(context: vscode.ExtensionContext): Promise<SourcebookApi> {
  return activateSourcebook(context, browserPlatform);
}

export function deactivate(): void {}
