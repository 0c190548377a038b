// Every word a hover card shows that does not come from a dossier: the words
// it shares with the trees (kinds, dates; views/display.ts) and its own.
// Built from `vscode.l10n` in the extension (so the strings are localizable)
// and from a plain formatter in unit tests; the card itself never imports
// `vscode`. Link tooltips hold no dossier text: a name there would sit inside
// link syntax.
import { DisplayWords, displayWords, Localizer } from '../views/display';

export type { Localizer } from '../views/display';

export interface CardStrings extends DisplayWords {
  quotes: string;
  events: string;
  moreQuotes(count: number): string;
  moreEvents(count: number): string;
  moreArticles(count: number): string;
  insertQuote: string;
  insertQuoteTooltip: string;
  revealInArticle: string;
  revealInArticleTooltip: string;
  showInSidebar: string;
  showInSidebarTooltip: string;
  /** After a quote whose speaker nobody has checked (review). */
  speakerNotChecked?: string;
}

export function cardStrings(l10n: Localizer): CardStrings {
  return {
    ...displayWords(l10n),
    quotes: l10n.t('Quotes'),
    speakerNotChecked: l10n.t('speaker not checked'),
    events: l10n.t('Events'),
    moreQuotes: (count) => (count === 1 ? l10n.t('1 more quote') : l10n.t('{0} more quotes', count)),
    moreEvents: (count) => (count === 1 ? l10n.t('1 more event') : l10n.t('{0} more events', count)),
    moreArticles: (count) => (count === 1 ? l10n.t('1 more article') : l10n.t('{0} more articles', count)),
    insertQuote: l10n.t('Insert quote'),
    insertQuoteTooltip: l10n.t('Insert a quote by this speaker, with its citation'),
    revealInArticle: l10n.t('Reveal in article'),
    revealInArticleTooltip: l10n.t('Show where this actor is named in the article'),
    showInSidebar: l10n.t('Show in sidebar'),
    showInSidebarTooltip: l10n.t('Show this actor in the Sourcebook Actors view'),
  };
}
