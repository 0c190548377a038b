// Commands on one dossier item (from a tree row, an argument object, or the
// palette): change a quote's speaker, mark reviewed, remove, merge two actors.
import * as vscode from 'vscode';
import { changeSpeaker, markReviewed, mergeActors, referencesTo, removeItem, ReviewItem } from '../../core/dossier/edits';
import { ActorAppearance, LoadedDossier } from '../../core/library';
import { needsReview } from '../../core/model';
import { DossierLibrary } from '../library/dossierLibrary';
import { applyToDossier } from './dossierEdit';
import { pickActor } from './pickers';
import { argsOf, rowOf } from './reviewArgs';
import { inertText } from '../../core/display/inertText';
import { chooseDossier } from './targets';

interface ItemArgs { item: ReviewItem | 'dossier'; id?: string; articleId?: string; dossierSource?: string }
interface ItemTarget { dossier: LoadedDossier; item: ReviewItem | 'dossier'; id: string; fromRow: boolean }

export function registerItemCommands(library: DossierLibrary): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('sourcebook.changeSpeaker', async (arg?: unknown) => {
      const args = argsOf<{ quoteId?: string; articleId?: string; speaker?: string | null }>(arg);
      const target = await itemTarget(library, arg, 'quote', args?.quoteId !== undefined ? { item: 'quote', id: args.quoteId, articleId: args.articleId } : undefined);
      if (!target) return undefined;
      let speaker = args?.speaker;
      if (speaker === undefined) {
        const choice = await pickActor(target.dossier, vscode.l10n.t('Change Speaker: who said it?'), { allowNobody: true });
        if (!choice) return undefined;
        speaker = 'actorId' in choice ? choice.actorId : null;
      }
      return applyToDossier(library, target.dossier, (text) => changeSpeaker(text, target.id, speaker!));
    }),
    vscode.commands.registerCommand('sourcebook.markReviewed', async (arg?: unknown) => {
      const target = await itemTarget(library, arg, undefined, argsOf<ItemArgs>(arg));
      if (!target) return undefined;
      return applyToDossier(library, target.dossier, (text) => markReviewed(text, target.item, target.id));
    }),
    vscode.commands.registerCommand('sourcebook.removeItem', async (arg?: unknown) => {
      const target = await itemTarget(library, arg, undefined, argsOf<ItemArgs>(arg));
      if (!target || target.item === 'dossier') {
        if (target) void vscode.window.showWarningMessage(vscode.l10n.t('Remove Item removes an actor, an event or a quote; delete the dossier file to remove a whole dossier.'));
        return undefined;
      }
      const item = target.item;
      // Asked when the writer ran it by hand; an argument object is already a decision.
      if (target.fromRow && item === 'actor' && !(await confirmActorRemoval(target))) return undefined;
      return applyToDossier(library, target.dossier, (text) => removeItem(text, item, target.id));
    }),
    vscode.commands.registerCommand('sourcebook.mergeActors', async (arg?: unknown) => {
      const args = argsOf<{ articleId?: string; into?: string; from?: string }>(arg);
      let dossier: LoadedDossier | undefined;
      let from = args?.from;
      if (args) dossier = await chooseDossier(library, args.articleId);
      else if (!rowOf(arg)) dossier = await chooseDossier(library); // from the palette: both actors are asked
      else {
        const target = await itemTarget(library, arg, 'actor', undefined);
        dossier = target?.dossier;
        from = target?.id;
      }
      if (!dossier) return undefined;
      if (from === undefined) {
        const choice = await pickActor(dossier, vscode.l10n.t('Merge Actors: which actor goes?'));
        if (!choice || !('actorId' in choice)) return undefined;
        from = choice.actorId;
      }
      let into = args?.into;
      if (into === undefined) {
        const choice = await pickActor(dossier, vscode.l10n.t('Merge Actors: into which actor?'), { exclude: from });
        if (!choice || !('actorId' in choice)) return undefined;
        into = choice.actorId;
      }
      return applyToDossier(library, dossier, (text) => mergeActors(text, into!, from!));
    }),
  ];
}

async function confirmActorRemoval(target: ItemTarget): Promise<boolean> {
  const { quotes, events } = referencesTo(target.dossier.dossier, target.id);
  const name = target.dossier.dossier.actors.find((a) => a.id === target.id)?.name ?? target.id;
  const detail = vscode.l10n.t('{0} quote(s) will be credited to nobody, and {1} event(s) will no longer name this actor.', quotes.length, events.length);
  const remove = vscode.l10n.t('Remove');
  const answer = await vscode.window.showWarningMessage(vscode.l10n.t('Remove the actor "{0}" from the dossier?', inertText(name)), { modal: true, detail }, remove);
  return answer === remove;
}

/** The item an argument object, a tree row or the active article names; asks for the dossier when several have it. */
async function itemTarget(library: DossierLibrary, arg: unknown, only: ReviewItem | undefined, args: ItemArgs | undefined): Promise<ItemTarget | undefined> {
  const row = rowOf(arg);
  if (row) {
    const dossiers = library.current.dossiers;
    switch (row.type) {
      case 'quote': return { dossier: row.entry.dossier, item: 'quote', id: row.quoteId, fromRow: true };
      case 'event': return only && only !== 'event' ? undefined : { dossier: row.entry.dossier, item: 'event', id: row.eventId, fromRow: true };
      case 'article': return only ? undefined : { dossier: dossiers.find((d) => d.source === row.dossierSource) ?? row.dossier, item: 'dossier', id: row.articleId, fromRow: true };
      case 'actor': {
        if (only && only !== 'actor') return undefined;
        const appearances = row.actor.appearances.filter((a) => !row.dossierSource || a.dossier.source === row.dossierSource);
        const appearance = appearances.length === 1 ? appearances[0] : await pickAppearance(appearances);
        return appearance && { dossier: appearance.dossier, item: 'actor', id: appearance.actor.id, fromRow: true };
      }
      default: return undefined;
    }
  }
  if (!args) {
    // From the palette: the active article's dossier, reviewed as a whole.
    if (only === 'quote') return pickQuoteTarget(library);
    if (only) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Run this command on a row of the Sourcebook sidebar.'));
      return undefined;
    }
    const dossier = await chooseDossier(library);
    return dossier && { dossier, item: 'dossier', id: dossier.dossier.article.id, fromRow: true };
  }
  if (args.item === 'dossier') {
    const dossier = await chooseDossier(library, args.id ?? args.articleId, args.dossierSource);
    return dossier && { dossier, item: 'dossier', id: dossier.dossier.article.id, fromRow: false };
  }
  const item = args.item;
  const holders = library.current.dossiers.filter((d) => (args.articleId === undefined || d.dossier.article.id === args.articleId) && listOf(d, item).some((e) => e.id === args.id));
  const dossier = holders.find((d) => !d.isSample) ?? holders[0] ?? (await chooseDossier(library, args.articleId, args.dossierSource));
  return dossier && { dossier, item, id: args.id ?? '', fromRow: false };
}

function listOf(loaded: LoadedDossier, item: ReviewItem): readonly { id: string }[] {
  const { dossier } = loaded;
  return item === 'actor' ? dossier.actors : item === 'event' ? dossier.events : item === 'quote' ? dossier.quotes : [];
}

async function pickAppearance(appearances: readonly ActorAppearance[]): Promise<ActorAppearance | undefined> {
  const picked = await vscode.window.showQuickPick(
    appearances.map((a) => ({ label: inertText(a.dossier.dossier.article.title ?? a.dossier.dossier.article.id), description: a.actor.id, appearance: a })),
    { title: vscode.l10n.t('In which dossier?') },
  );
  return picked?.appearance;
}

/** From the palette: the quotes of the dossiers the writer can edit, those to check first. */
async function pickQuoteTarget(library: DossierLibrary): Promise<ItemTarget | undefined> {
  const quotes = library.current.quotes.filter((q) => !q.dossier.isSample).sort((a, b) => Number(needsReview(b.quote)) - Number(needsReview(a.quote)));
  if (!quotes.length) {
    void vscode.window.showInformationMessage(vscode.l10n.t('No dossier of this workspace has quotes yet.'));
    return undefined;
  }
  const noIcons = (text: string) => text.replace(/\$\(/g, '\\$(');
  const picked = await vscode.window.showQuickPick(
    quotes.map((entry) => ({
      label: noIcons(entry.quote.text),
      description: [entry.speaker ? noIcons(entry.speaker.name) : vscode.l10n.t('not credited'), needsReview(entry.quote) ? `$(warning) ${vscode.l10n.t('speaker not checked')}` : ''].filter(Boolean).join(' · '),
      detail: noIcons(entry.dossier.dossier.article.title ?? entry.dossier.dossier.article.id),
      entry,
    })),
    { title: vscode.l10n.t('Change Speaker: which quote?'), matchOnDescription: true },
  );
  return picked && { dossier: picked.entry.dossier, item: 'quote', id: picked.entry.quote.id, fromRow: true };
}
