// What the sidebar trees and the hover cards both show of an actor's kind, an
// article, a quote or a date: one set of icons (codicon ids) and one set of
// words, so a kind has the same icon and an approximate date the same wording
// wherever it appears. The words come from `vscode.l10n` in the extension
// (through the Localizer shape) and from a plain formatter in unit tests.
import type { ActorKind } from '../model';

/** The shape of `vscode.l10n`: `t('{0} more', 3)`. */
export interface Localizer {
  t(message: string, ...args: Array<string | number | boolean>): string;
}

/** Codicon ids, ours alone (never from a dossier). */
export const KIND_ICONS: Readonly<Record<ActorKind, string>> = { person: 'person', organization: 'briefcase', group: 'organization', place: 'location' };

export const ICONS = {
  article: 'file-text',
  quote: 'quote',
  term: 'tag',
  unattributed: 'question',
  event: 'calendar',
  toCheck: 'warning',
} as const;

export interface DisplayWords {
  /** One actor's kind: "person". */
  kind: Record<ActorKind, string>;
  /** A group of actors of a kind: "People". */
  kindGroup: Record<ActorKind, string>;
  /** An event without a date. */
  undated: string;
  /** An approximate date: "c. 2022". */
  approximately(date: string): string;
  /** A publication date inferred, not printed: "Aug 9, 2022 (inferred)". */
  inferred(date: string): string;
}

export function displayWords(l10n: Localizer): DisplayWords {
  return {
    kind: { person: l10n.t('person'), organization: l10n.t('organization'), group: l10n.t('group'), place: l10n.t('place') },
    kindGroup: { person: l10n.t('People'), organization: l10n.t('Organizations'), group: l10n.t('Groups'), place: l10n.t('Places') },
    undated: l10n.t('Undated'),
    approximately: (date) => l10n.t('c. {0}', date),
    inferred: (date) => l10n.t('{0} (inferred)', date),
  };
}
