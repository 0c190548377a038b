// Shared by the sidebar and reveal tests: the API, tree rows as VS Code gets
// them from the real providers, and dossiers written into the test workspace
// at run time (and removed after).
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { ViewNode } from '../../src/core/views/nodes';
import type { SourcebookApi } from '../../src/vscode/extension';
import { libraryWhere } from './extensionApi';

export { eventually, libraryWhere, sourcebook } from './extensionApi';

export interface Row {
  node: ViewNode;
  item: vscode.TreeItem;
  label: string;
}

/** The rows under `node` (the roots without one), as the view shows them. */
export async function rows(provider: vscode.TreeDataProvider<ViewNode>, node?: ViewNode): Promise<Row[]> {
  const nodes = (await provider.getChildren(node)) ?? [];
  return Promise.all(
    nodes.map(async (child) => {
      const item = await provider.getTreeItem(child);
      const label = typeof item.label === 'string' ? item.label : item.label?.label ?? '';
      return { node: child, item, label };
    }),
  );
}

export async function rowLabelled(provider: vscode.TreeDataProvider<ViewNode>, label: string, node?: ViewNode): Promise<Row> {
  const found = (await rows(provider, node)).find((r) => r.label === label);
  assert.ok(found, `no row "${label}"`);
  return found;
}

/** A folder of the test workspace for one test file's own dossiers. */
export class TempFolder {
  readonly uri: vscode.Uri;

  constructor(name: string) {
    this.uri = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, name);
  }

  async write(file: string, text: string): Promise<vscode.Uri> {
    const uri = vscode.Uri.joinPath(this.uri, file);
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    return uri;
  }

  /**
   * File by file, and the folder only once `gone` holds: deleting the folder
   * at once goes unheard by the library's dossier watcher.
   */
  async remove(gone: () => Promise<unknown>): Promise<void> {
    const entries = await vscode.workspace.fs.readDirectory(this.uri).then(undefined, () => []);
    for (const [name] of entries) await vscode.workspace.fs.delete(vscode.Uri.joinPath(this.uri, name), { useTrash: false });
    await gone();
    await vscode.workspace.fs.delete(this.uri, { recursive: true, useTrash: false }).then(undefined, () => undefined);
  }
}

/** Loads no workspace dossier, so the library holds the sample alone (user settings: the workspace is left as it is). */
export async function sampleOnly(api: SourcebookApi, on: boolean): Promise<void> {
  await vscode.workspace.getConfiguration('sourcebook').update('dossierGlob', on ? '**/sourcebook-tests-load-none/*.dossier.yaml' : undefined, vscode.ConfigurationTarget.Global);
  await libraryWhere(api, (library) => !on || library.onlySample);
  await api.ready();
}

/** Runs the command a click on the row runs, and returns what it returns. */
export function click<T>(row: Row): Thenable<T> {
  assert.ok(row.item.command, `row "${row.label}" has no command`);
  return vscode.commands.executeCommand<T>(row.item.command.command, ...(row.item.command.arguments ?? []));
}
