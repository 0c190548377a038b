// The workspace's identity judgements: `sourcebook.identities.yaml` at the root
// of each workspace folder, read like a dossier (an open file's unsaved text
// wins) and checked, its problems shown in the Problems panel.
import * as vscode from 'vscode';
import { IDENTITIES_FILE, parseIdentities, ParsedIdentities } from '../../core/identities';
import { decodeText } from './files';

export interface IdentitiesState extends ParsedIdentities {
  uri: vscode.Uri;
  text: string;
}

export function identitiesUris(): vscode.Uri[] {
  return (vscode.workspace.workspaceFolders ?? []).map((folder) => vscode.Uri.joinPath(folder.uri, IDENTITIES_FILE));
}

export function isIdentitiesUri(uri: vscode.Uri): boolean {
  return identitiesUris().some((known) => known.toString() === uri.toString());
}

/** The current text of an identities file ('' when it does not exist). */
export async function identitiesText(uri: vscode.Uri): Promise<string | undefined> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open) return open.getText();
  try {
    return decodeText(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}

export async function readIdentityFiles(): Promise<IdentitiesState[]> {
  const states: IdentitiesState[] = [];
  for (const uri of identitiesUris()) {
    const text = await identitiesText(uri);
    if (text !== undefined) states.push({ uri, text, ...parseIdentities(text) });
  }
  return states;
}
