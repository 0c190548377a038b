// The workspace's identity judgements: `sourcebook.identities.yaml` at the root
// of each workspace folder, read like a dossier (an open file's unsaved text
// wins) and checked, its problems shown in the Problems panel.
import * as vscode from 'vscode';
import { IDENTITIES_FILE, parseIdentities, ParsedIdentities } from '../../core/identities';
import { decodeText, readRegularFile } from './files';
import { log } from './log';

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

/** Identities files are short lists of judgements; a larger one is refused. */
const MAX_IDENTITIES_BYTES = 5 * 1024 * 1024;

/** The current text of an identities file (undefined when there is none to read). */
export async function identitiesText(uri: vscode.Uri): Promise<string | undefined> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open) return open.getText();
  const read = await readRegularFile(uri, MAX_IDENTITIES_BYTES);
  if ('bytes' in read) return decodeText(read.bytes);
  if (read.fault !== 'missing') log.warn(`${uri.toString()}: not read (${read.fault}${read.reason ? `: ${read.reason}` : ''}).`);
  return undefined;
}

export async function readIdentityFiles(): Promise<IdentitiesState[]> {
  const states: IdentitiesState[] = [];
  for (const uri of identitiesUris()) {
    const text = await identitiesText(uri);
    if (text !== undefined) states.push({ uri, text, ...parseIdentities(text) });
  }
  return states;
}
