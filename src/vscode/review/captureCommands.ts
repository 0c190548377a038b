// Commands that turn the selection in an article into dossier items: a quote,
// an alias, an actor, an event. Each is callable with an argument object
// (tests, keybindings) and asks for whatever the argument leaves open.
import * as vscode from 'vscode';
import { isValidPartialDate } from '../../core/dates';
import { addActor, addAlias, addEvent, addQuote, EditPlan } from '../../core/dossier/edits';
import { ActorKind, QuoteKind } from '../../core/model';
import { NameIndex } from '../../core/nameIndex';
import { DossierLibrary } from '../library/dossierLibrary';
import { applyToDossier } from './dossierEdit';
import { askNewActor, pickActor, pickActorKind, pickQuoteKind } from './pickers';
import { argsOf, combined } from './reviewArgs';
import { ArticleSelection, articleSelection } from './targets';

export function registerCaptureCommands(library: DossierLibrary): vscode.Disposable[] {
  const run = (selection: ArticleSelection, planFor: (text: string) => EditPlan) => applyToDossier(library, selection.dossier, planFor);
  return [
    vscode.commands.registerCommand('sourcebook.addQuote', async (arg?: unknown) => {
      const args = argsOf<{ speaker?: string | null; kind?: QuoteKind }>(arg);
      const selection = articleSelection(library);
      if (!selection) return undefined;
      let speaker = args?.speaker;
      let newActor: { name: string; kind: ActorKind } | undefined;
      if (speaker === undefined && args?.kind !== 'term') {
        const choice = await pickActor(selection.dossier, vscode.l10n.t('Add as Quote: who said it?'), { allowNew: true, allowNobody: true });
        if (!choice) return undefined;
        if ('newActor' in choice) {
          newActor = await askNewActor('');
          if (!newActor) return undefined;
        } else speaker = 'actorId' in choice ? choice.actorId : null;
      }
      const kind = args?.kind ?? (args ? 'speech' : await pickQuoteKind());
      if (!kind) return undefined;
      const quote = { kind, text: selection.words, anchor: selection.anchor };
      return run(selection, (text) => {
        if (!newActor) return addQuote(text, { ...quote, speaker: speaker ?? null });
        const actor = addActor(text, newActor);
        return actor.ok ? combined(text, addQuote(actor.text, { ...quote, speaker: actor.id ?? null })) : actor;
      });
    }),
    vscode.commands.registerCommand('sourcebook.addAlias', async (arg?: unknown) => {
      const args = argsOf<{ actorId?: string }>(arg);
      const selection = articleSelection(library);
      if (!selection) return undefined;
      let actorId = args?.actorId;
      if (actorId === undefined) {
        const choice = await pickActor(selection.dossier, vscode.l10n.t('Add as Alias: another name of…'));
        if (!choice || !('actorId' in choice)) return undefined;
        actorId = choice.actorId;
      }
      return run(selection, (text) => addAlias(text, actorId!, selection.words));
    }),
    vscode.commands.registerCommand('sourcebook.addActor', async (arg?: unknown) => {
      const args = argsOf<{ kind?: ActorKind; name?: string; role?: string }>(arg);
      const selection = articleSelection(library);
      if (!selection) return undefined;
      const kind = args?.kind ?? (await pickActorKind(vscode.l10n.t('Add as Actor: kind')));
      if (!kind) return undefined;
      return run(selection, (text) => addActor(text, { kind, name: args?.name ?? selection.words, role: args?.role }));
    }),
    vscode.commands.registerCommand('sourcebook.addEvent', async (arg?: unknown) => {
      const args = argsOf<{ date?: string; title?: string; approximate?: boolean }>(arg);
      const selection = articleSelection(library);
      if (!selection) return undefined;
      let { date, title, approximate } = args ?? {};
      if (!args) {
        const typed = await vscode.window.showInputBox({
          title: vscode.l10n.t('Add as Event: date'),
          prompt: vscode.l10n.t('YYYY, YYYY-MM or YYYY-MM-DD; end with "?" when approximate; leave empty when undated'),
          validateInput: (value) => (isDateOrUndated(value.trim().replace(/\?$/, '')) ? undefined : vscode.l10n.t('Write the date as YYYY, YYYY-MM or YYYY-MM-DD.')),
        });
        if (typed === undefined) return undefined;
        approximate = typed.trim().endsWith('?');
        date = typed.trim().replace(/\?$/, '') || undefined;
        title = await vscode.window.showInputBox({ title: vscode.l10n.t('Add as Event: title'), value: selection.words.slice(0, 120), validateInput: (value) => (value.trim() ? undefined : vscode.l10n.t('An event needs a title.')) });
        if (!title) return undefined;
      }
      const actors = actorsNamedIn(selection);
      return run(selection, (text) => addEvent(text, { date, approximate, title: title ?? selection.words, anchor: selection.anchor, actors }));
    }),
  ];
}

/** The dossier's actors named in the selected passage: the event's cast, to start with. */
function actorsNamedIn(selection: ArticleSelection): string[] {
  const index = new NameIndex<string>();
  for (const actor of selection.dossier.dossier.actors) for (const name of [actor.name, ...actor.aliases]) index.add(name, actor.id);
  return [...new Set(index.findAll(selection.words).flatMap((m) => m.targets))];
}

/** What Add as Event takes as its date (after the "?" of an approximate one): a partial date, or nothing. */
function isDateOrUndated(value: string): boolean {
  return value === '' || isValidPartialDate(value);
}
