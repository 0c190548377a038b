// The questions review commands ask when no argument answers them: a speaker
// or actor of the dossier, an actor kind, a quote kind. Dossier text shown in
// a QuickPick is neutralised ($(icon) syntax).
import * as vscode from 'vscode';
import { LoadedDossier } from '../../core/library';
import { Actor, ActorKind, ACTOR_KINDS, needsReview, QuoteKind } from '../../core/model';
import { kindLabel } from '../tree/treeItems';

function noIcons(text: string): string {
  return text.replace(/\$\(/g, '\\$(');
}

type ActorChoice = { actorId: string } | { newActor: true } | { nobody: true };

export async function pickActor(dossier: LoadedDossier, title: string, options: { allowNew?: boolean; allowNobody?: boolean; exclude?: string } = {}): Promise<ActorChoice | undefined> {
  const items: (vscode.QuickPickItem & { choice: ActorChoice })[] = dossier.dossier.actors
    .filter((actor) => actor.id !== options.exclude)
    .map((actor: Actor) => ({
      label: noIcons(actor.name),
      description: [kindLabel(actor.kind), needsReview(actor) ? vscode.l10n.t('not checked') : undefined].filter(Boolean).join(' · '),
      detail: actor.role ? noIcons(actor.role) : undefined,
      choice: { actorId: actor.id },
    }));
  if (options.allowNew) items.unshift({ label: `$(add) ${vscode.l10n.t('New actor…')}`, choice: { newActor: true } });
  if (options.allowNobody) items.push({ label: `$(circle-slash) ${vscode.l10n.t('Nobody (not credited)')}`, choice: { nobody: true } });
  const picked = await vscode.window.showQuickPick(items, { title, placeHolder: vscode.l10n.t('Type a name'), matchOnDescription: true, matchOnDetail: true });
  return picked?.choice;
}

export async function pickActorKind(title: string): Promise<ActorKind | undefined> {
  const picked = await vscode.window.showQuickPick(ACTOR_KINDS.map((kind) => ({ label: kindLabel(kind), value: kind })), { title, placeHolder: vscode.l10n.t('What kind of actor is it?') });
  return picked?.value;
}

export async function pickQuoteKind(): Promise<QuoteKind | undefined> {
  const picked = await vscode.window.showQuickPick(
    [
      { label: vscode.l10n.t('Speech'), description: vscode.l10n.t('words someone said or wrote'), value: 'speech' as const },
      { label: vscode.l10n.t('Term'), description: vscode.l10n.t('a word or phrase in quotation marks'), value: 'term' as const },
    ],
    { title: vscode.l10n.t('Add as Quote: what kind of quote?') },
  );
  return picked?.value;
}

/** A name for a new actor (prefilled), and its kind. */
export async function askNewActor(prefill: string): Promise<{ name: string; kind: ActorKind } | undefined> {
  const name = await vscode.window.showInputBox({
    title: vscode.l10n.t('New actor'),
    prompt: vscode.l10n.t('The name as it should be written, accents included'),
    value: prefill,
    validateInput: (value) => (value.trim() ? undefined : vscode.l10n.t('A name is needed.')),
  });
  if (!name) return undefined;
  const kind = await pickActorKind(vscode.l10n.t('New actor: kind'));
  return kind && { name: name.trim(), kind };
}
