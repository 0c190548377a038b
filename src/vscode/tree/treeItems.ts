// How each kind of row looks: label, description, codicon, tooltip, context
// value (for menus) and the command a click runs. Icons and the words for
// kinds and dates are the hover cards' too (core/views/display.ts). Dossier
// text reaches tooltips only through `appendText`, which escapes Markdown.
import * as vscode from 'vscode';
import { LoadedDossier } from '../../core/library';
import { ActorKind } from '../../core/model';
import { ActorNode, ArticleNode, EventNode, KindGroupNode, QuoteGroupNode, QuoteNode, ViewNode } from '../../core/views/nodes';
import { eventDateLabel } from '../../core/views/dates';
import { DisplayWords, displayWords, ICONS, KIND_ICONS } from '../../core/views/display';
import { inertText } from '../../core/display/inertText';

export interface ItemContext {
  /** Several articles in the library: rows name the article they come from. */
  manyArticles: boolean;
  /** Kind groups start expanded in a small library, collapsed in a large one. */
  expandKinds: boolean;
}

let words: DisplayWords | undefined;

/** The words the trees share with the hover cards, built once. */
export function treeWords(): DisplayWords {
  return (words ??= displayWords(vscode.l10n));
}

/** A group of actors of one kind: "People". */
export function kindLabel(kind: ActorKind): string {
  return treeWords().kindGroup[kind];
}

export function toTreeItem(node: ViewNode, context: ItemContext): vscode.TreeItem {
  let item: vscode.TreeItem;
  switch (node.type) {
    case 'kindGroup': item = kindGroupItem(node, context); break;
    case 'actor': item = actorItem(node); break;
    case 'article': item = articleItem(node); break;
    case 'quote': item = quoteItem(node); break;
    case 'event': item = eventItem(node, context); break;
    case 'quoteGroup': item = quoteGroupItem(node); break;
  }
  item.id = node.id;
  // Labels and descriptions carry dossier text: no `$(icon)` or link syntax from it.
  if (typeof item.label === 'string') item.label = inertText(item.label);
  if (typeof item.description === 'string') item.description = inertText(item.description);
  if (node.type !== 'kindGroup') item.collapsibleState = node.expandable ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None;
  return item;
}

function kindGroupItem(node: KindGroupNode, context: ItemContext): vscode.TreeItem {
  const item = new vscode.TreeItem(kindLabel(node.kind), context.expandKinds ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed);
  item.description = String(node.actorCount);
  item.iconPath = new vscode.ThemeIcon(KIND_ICONS[node.kind]);
  item.contextValue = 'kind';
  return item;
}

function actorItem(node: ActorNode): vscode.TreeItem {
  const { actor } = node;
  const item = new vscode.TreeItem(actor.name);
  // Under an event the row is about the event's cast: the role says enough.
  const counts = node.dossierSource ? '' : countsText(node);
  item.description = [counts, actor.role].filter(Boolean).join(' · ');
  item.iconPath = new vscode.ThemeIcon(KIND_ICONS[actor.kind]);
  item.contextValue = node.speakerKey ? 'actor.speaker' : 'actor';
  const tooltip = new vscode.MarkdownString();
  tooltip.appendMarkdown('**').appendText(actor.name).appendMarkdown('** — ').appendText(treeWords().kind[actor.kind]);
  if (actor.role) tooltip.appendMarkdown('\n\n').appendText(actor.role);
  tooltip.appendMarkdown('\n\n').appendText(countsText(node, true));
  const titles = [...new Set(actor.appearances.map((a) => articleTitle(a.dossier)))];
  tooltip.appendMarkdown('\n\n').appendText(vscode.l10n.t('In: {0}', titles.join('; ')));
  item.tooltip = tooltip;
  item.command = revealCommand(node);
  return item;
}

function countsText(node: ActorNode, withZeros = false): string {
  const parts: string[] = [];
  if (withZeros || node.quoteCount) parts.push(node.quoteCount === 1 ? vscode.l10n.t('1 quote') : vscode.l10n.t('{0} quotes', node.quoteCount));
  if (withZeros || node.mentionCount) parts.push(node.mentionCount === 1 ? vscode.l10n.t('1 mention') : vscode.l10n.t('{0} mentions', node.mentionCount));
  if (withZeros) parts.push(node.eventCount === 1 ? vscode.l10n.t('1 event') : vscode.l10n.t('{0} events', node.eventCount));
  return parts.join(', ');
}

function articleItem(node: ArticleNode): vscode.TreeItem {
  const item = new vscode.TreeItem(articleTitle(node.dossier));
  item.description = node.dossier.dossier.article.published;
  item.iconPath = new vscode.ThemeIcon(ICONS.article);
  item.contextValue = 'article';
  item.tooltip = articleTooltip(node.dossier);
  item.command = revealCommand(node);
  return item;
}

function quoteItem(node: QuoteNode): vscode.TreeItem {
  const { quote, speaker, dossier } = node.entry;
  const item = new vscode.TreeItem(node.label);
  const underArticle = node.parent?.type === 'article';
  const inTerms = node.parent?.type === 'quoteGroup' && node.parent.group === 'terms';
  item.description = [inTerms ? speaker?.name : undefined, underArticle ? quote.attribution : articleTitle(dossier)].filter(Boolean).join(' · ');
  item.iconPath = new vscode.ThemeIcon(quote.kind === 'term' ? ICONS.term : ICONS.quote);
  item.contextValue = quote.kind === 'term' ? 'term' : 'quote';
  const tooltip = new vscode.MarkdownString();
  tooltip.appendMarkdown('> ').appendText(quote.text.replace(/\s+/g, ' '));
  const credit = speaker ? [speaker.name, quote.attribution].filter(Boolean).join(', ') : vscode.l10n.t('Not credited to anyone');
  tooltip.appendMarkdown('\n\n— ').appendText(quote.kind === 'term' ? vscode.l10n.t('Term in quotation marks') + (speaker ? ` · ${speaker.name}` : '') : credit);
  tooltip.appendMarkdown('\n\n').appendMarkdown(articleTooltip(dossier).value);
  item.tooltip = tooltip;
  item.command = revealCommand(node);
  return item;
}

function eventItem(node: EventNode, context: ItemContext): vscode.TreeItem {
  const { event, dossier, actors } = node.entry;
  const date = eventDateLabel(event.date, event.approximate, treeWords());
  const item = new vscode.TreeItem(`${date} · ${event.title}`);
  if (context.manyArticles) item.description = articleTitle(dossier);
  item.iconPath = new vscode.ThemeIcon(ICONS.event);
  item.contextValue = 'event';
  const tooltip = new vscode.MarkdownString();
  tooltip.appendMarkdown('**').appendText(event.title).appendMarkdown('**\n\n').appendText(date);
  if (event.approximate) tooltip.appendText(` (${vscode.l10n.t('approximate date')})`);
  if (actors.length) tooltip.appendMarkdown('\n\n').appendText(actors.map((a) => a.name).join(', '));
  tooltip.appendMarkdown('\n\n').appendMarkdown(articleTooltip(dossier).value);
  item.tooltip = tooltip;
  item.command = revealCommand(node);
  return item;
}

function quoteGroupItem(node: QuoteGroupNode): vscode.TreeItem {
  const terms = node.group === 'terms';
  const item = new vscode.TreeItem(terms ? vscode.l10n.t('Terms in quotation marks') : vscode.l10n.t('Not credited'));
  item.description = String(node.quotes.length);
  item.iconPath = new vscode.ThemeIcon(terms ? ICONS.term : ICONS.unattributed);
  item.contextValue = node.group;
  return item;
}

function articleTitle(loaded: LoadedDossier): string {
  return loaded.dossier.article.title ?? loaded.dossier.article.id;
}

function articleTooltip(loaded: LoadedDossier): vscode.MarkdownString {
  const { article } = loaded.dossier;
  const tooltip = new vscode.MarkdownString();
  tooltip.appendMarkdown('*').appendText(articleTitle(loaded)).appendMarkdown('*');
  const details = [article.outlet, article.published && (article.published_inferred ? treeWords().inferred(article.published) : article.published)].filter(Boolean);
  if (details.length) tooltip.appendText(` — ${details.join(', ')}`);
  if (loaded.isSample) tooltip.appendText(` (${vscode.l10n.t('bundled sample')})`);
  return tooltip;
}

/** A click reveals the passage and leaves the focus in the tree, so browsing goes on. */
function revealCommand(node: ViewNode): vscode.Command {
  return { command: 'sourcebook.revealInArticle', title: vscode.l10n.t('Reveal in Article'), arguments: [node, { preserveFocus: true }] };
}
