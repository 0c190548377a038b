// `sourcebook.sameActor`: a person's judgement that two actors of the library
// are, or are not, the same, written to sourcebook.identities.yaml at the
// workspace root (created on first use) through one WorkspaceEdit.
import * as vscode from 'vscode';
import { actorRef, IDENTITIES_FILE, recordJudgement } from '../../core/identities';
import { ActorAppearance, Library } from '../../core/library';
import { DossierLibrary } from '../library/dossierLibrary';
import { applyTextEdits } from './dossierEdit';
import { identitiesUris } from '../library/identitiesFile';
import { argsOf, rowOf } from './reviewArgs';
import { inertText } from '../../core/display/inertText';

export function registerSameActor(library: DossierLibrary): vscode.Disposable {
  return vscode.commands.registerCommand('sourcebook.sameActor', async (arg?: unknown) => {
    const args = argsOf<{ keys?: [string, string]; same?: boolean }>(arg);
    const current = library.current;
    let refs: [string, string] | undefined;
    let same = args?.same;
    if (args?.keys) {
      const resolved = args.keys.map((key) => refOf(current, key));
      if (args.keys.length !== 2 || resolved.some((r) => r === undefined) || resolved[0] === resolved[1]) {
        void vscode.window.showWarningMessage(vscode.l10n.t('Same Actor needs two different actors of the library, each as a library key or as "article-id/actor-id".'));
        return undefined;
      }
      refs = [resolved[0]!, resolved[1]!];
    } else {
      refs = await pickPair(current, rowOf(arg)?.type === 'actor' ? (rowOf(arg) as { actor: { appearances: ActorAppearance[] } }).actor.appearances : undefined);
      if (!refs) return undefined;
    }
    if (same === undefined) {
      const yes = { label: vscode.l10n.t('The same person'), same: true };
      const no = { label: vscode.l10n.t('Not the same person'), same: false };
      same = (await vscode.window.showQuickPick([yes, no], { title: vscode.l10n.t('Same Actor: are they one person?') }))?.same;
      if (same === undefined) return undefined;
    }
    const uri = identitiesUris()[0];
    if (!uri) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Open a folder first: judgements are kept in {0} at its root.', IDENTITIES_FILE));
      return undefined;
    }
    const edit = new vscode.WorkspaceEdit();
    edit.createFile(uri, { ignoreIfExists: true });
    await vscode.workspace.applyEdit(edit);
    const document = await vscode.workspace.openTextDocument(uri);
    const ok = await applyTextEdits(library, document, recordJudgement(document.getText(), refs, same));
    if (!ok) void vscode.window.showWarningMessage(vscode.l10n.t('{0} could not be edited; nothing was changed.', IDENTITIES_FILE));
    return ok ? { actors: refs, same } : undefined;
  });
}

/** A key as the identities file names actors: "article-id/actor-id" (a library key of an actor in one article also works). */
function refOf(library: Library, key: string): string | undefined {
  for (const actor of library.actors) {
    for (const a of actor.appearances) if (appearanceRef(a) === key) return key;
  }
  const actor = library.actorByKey(key);
  return actor?.appearances.length === 1 ? appearanceRef(actor.appearances[0]) : undefined;
}

function appearanceRef(a: ActorAppearance): string {
  return actorRef(a.dossier.dossier.article.id, a.actor.id);
}

async function pickPair(library: Library, first?: ActorAppearance[]): Promise<[string, string] | undefined> {
  const all = library.actors.flatMap((actor) => actor.appearances);
  const item = (a: ActorAppearance) => ({ label: a.actor.name.replace(/\$\(/g, '\\$('), description: inertText(a.dossier.dossier.article.title ?? a.dossier.dossier.article.id), detail: appearanceRef(a), appearance: a });
  const pick = async (among: ActorAppearance[], title: string) => (await vscode.window.showQuickPick(among.map(item), { title, matchOnDescription: true }))?.appearance;
  const one = first?.length === 1 ? first[0] : await pick(first ?? all, vscode.l10n.t('Same Actor: the first actor'));
  if (!one) return undefined;
  const other = await pick(all.filter((a) => a !== one), vscode.l10n.t('Same Actor: compared with…'));
  return other && [appearanceRef(one), appearanceRef(other)];
}
