// A hover card for one actor, composed of small parts (header, articles,
// quotes, events, command links), each switchable by a setting. Pure: takes
// the library and the actor, returns Markdown text with every piece of
// dossier text escaped.
import type { Library, LibraryActor, LoadedDossier } from '../library';
import { needsReview } from '../model';
import { formatPartialDate } from '../views/dates';
import { ICONS, KIND_ICONS } from '../views/display';
import { ActorFacts, factsOf } from './actorFacts';
import { commandLink, escapeText, icon, shorten } from './markdown';
import type { CardStrings } from './strings';

/**
 * The only commands a card may link to (the MarkdownString's `enabledCommands`).
 * The last two belong to the article view and the sidebar tree; both take `{ actorKey }`.
 */
export const CARD_COMMANDS = ['sourcebook.insertQuote', 'sourcebook.revealInArticle', 'sourcebook.showInTree'] as const;

export interface CardOptions {
  show: { role: boolean; articles: boolean; quotes: boolean; events: boolean; commands: boolean };
  maxQuotes: number;
  maxEvents: number;
  /** BCP 47 tag for dates ("en", "de"). */
  locale: string;
  strings: CardStrings;
}

/** What every part receives. */
interface CardContext {
  actor: LibraryActor;
  facts: ActorFacts;
  options: CardOptions;
}

const MAX_ARTICLES = 3;
const MAX_QUOTE_LENGTH = 160;
const MAX_TITLE_LENGTH = 120;
const RULE = '---';

/** The card as Markdown: parts separated by blank lines, command links after a rule. */
export function actorCard(library: Library, actor: LibraryActor, options: CardOptions): string {
  const context: CardContext = { actor, facts: factsOf(library, actor), options };
  const { show } = options;
  const body = [header(context), show.articles && articles(context), show.quotes && quotes(context), show.events && events(context)];
  const links = show.commands ? commands(context) : '';
  return [...body.filter((part): part is string => !!part), ...(links ? [RULE, links] : [])].join('\n\n');
}

function header({ actor, options }: CardContext): string {
  const kind = `${icon(KIND_ICONS[actor.kind])} **${escapeText(actor.name)}** · *${escapeText(options.strings.kind[actor.kind])}*`;
  return options.show.role && actor.role ? `${kind}  \n${escapeText(actor.role)}` : kind;
}

function articles({ facts, options }: CardContext): string | undefined {
  const lines = facts.articles.slice(0, MAX_ARTICLES).map((loaded) => `${icon(ICONS.article)} ${articleLabel(loaded, options)}`);
  const more = facts.articles.length - MAX_ARTICLES;
  if (more > 0) lines.push(`*${escapeText(options.strings.moreArticles(more))}*`);
  return lines.length ? lines.join('  \n') : undefined;
}

function articleLabel(loaded: LoadedDossier, options: CardOptions): string {
  const { article } = loaded.dossier;
  const title = `*${escapeText(shorten(article.title ?? article.id, MAX_TITLE_LENGTH))}*`;
  const details: string[] = [];
  if (article.outlet) details.push(escapeText(article.outlet));
  if (article.published) {
    const date = formatPartialDate(article.published, options.locale, options.strings);
    details.push(escapeText(article.published_inferred ? options.strings.inferred(date) : date));
  }
  return details.length ? `${title} — ${details.join(', ')}` : title;
}

function quotes({ facts, options }: CardContext): string | undefined {
  if (!facts.quotes.length) return undefined;
  const severalArticles = facts.articles.length > 1;
  const lines = facts.quotes.slice(0, options.maxQuotes).map(({ quote, dossier }) => {
    const source: string[] = [];
    if (quote.attribution) source.push(escapeText(quote.attribution));
    if (dossier.dossier.article.published) source.push(escapeText(formatPartialDate(dossier.dossier.article.published, options.locale, options.strings)));
    if (severalArticles) source.push(`*${escapeText(shorten(dossier.dossier.article.title ?? dossier.dossier.article.id, 60))}*`);
    const words = `“${escapeText(shorten(quote.text, MAX_QUOTE_LENGTH))}”`;
    // The writer decides, but sees that nobody has confirmed who said it.
    const unchecked = needsReview(quote) && options.strings.speakerNotChecked ? ` ${icon(ICONS.toCheck)} *${options.strings.speakerNotChecked}*` : '';
    return `- ${source.length ? `${words} — ${source.join(', ')}` : words}${unchecked}`;
  });
  return section(options.strings.quotes, lines, facts.quotes.length - options.maxQuotes, options.strings.moreQuotes);
}

function events({ facts, options }: CardContext): string | undefined {
  if (!facts.events.length) return undefined;
  const lines = facts.events.slice(0, options.maxEvents).map(({ event }) => {
    const date = formatPartialDate(event.date, options.locale, options.strings, event.approximate);
    return `- **${escapeText(date)}** — ${escapeText(shorten(event.title, MAX_QUOTE_LENGTH))}`;
  });
  return section(options.strings.events, lines, facts.events.length - options.maxEvents, options.strings.moreEvents);
}

function section(title: string, lines: string[], more: number, moreLabel: (count: number) => string): string {
  if (more > 0) lines.push(`- *${escapeText(moreLabel(more))}*`);
  return `**${escapeText(title)}**\n\n${lines.join('\n')}`;
}

function commands({ actor, facts, options }: CardContext): string {
  const { strings } = options;
  const links: string[] = [];
  // Only speech can be inserted: an actor with terms alone gets no link (the picker would be empty).
  if (facts.quotes.some(({ quote }) => quote.kind === 'speech')) {
    links.push(commandLink(`${icon(ICONS.quote)} ${strings.insertQuote}`, 'sourcebook.insertQuote', [{ speakerKey: actor.key }], strings.insertQuoteTooltip));
  }
  if (actor.appearances.some((a) => a.dossier.articleText !== undefined)) {
    links.push(commandLink(`${icon('go-to-file')} ${strings.revealInArticle}`, 'sourcebook.revealInArticle', [{ actorKey: actor.key }], strings.revealInArticleTooltip));
  }
  links.push(commandLink(`${icon('list-tree')} ${strings.showInSidebar}`, 'sourcebook.showInTree', [{ actorKey: actor.key }], strings.showInSidebarTooltip));
  return links.join(' · ');
}
