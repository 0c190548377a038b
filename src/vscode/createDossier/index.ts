// "Create Dossier from Article" (sourcebook.createDossier): builds a dossier
// from the active plain text or Markdown document, or one chosen in the
// Explorer, writes NAME.dossier.yaml beside it and opens it for review. The
// library's file watcher then brings it into the trees and hovers.
//
// Argument (all optional), for the Explorer, links and tests:
//   a Uri, or { uri, published, replace, open }
//   published: YYYY-MM-DD, or null for "none" (no prompt)
//   replace:   an existing dossier is replaced (true) or kept (false); else the user is asked
//   open:      open the written dossier (default true)
//   ask:       false: never ask for missing details (title, outlet, URL, date)
//
// A saved web page (.html, .htm) is read as a reader sees it: its body text
// is written beside it as NAME.txt (the dossier's `file:`), its metadata fills
// the article, and `source_file` names the page.
import * as vscode from 'vscode';
import { articleFields, fullDate, PageMetadata, today } from '../../core/article';
import { articleIdFor } from '../../core/dossier/ids';
import { serializeDossier } from '../../core/dossier/serialize';
import { ExtractOptions, findPublicationDate } from '../../core/extract';
import { askArticleDetails } from './articleDetails';
import { bodyTextTarget, readDocumentArticle } from './articleSource';
import type { Platform } from '../platform';
import { inertText } from '../../core/display/inertText';
import { extractInSlices } from './extractInSlices';
import { isFullDate } from '../../core/dates';
import { dossierUriFor, exists, writeAtomically } from './writeDossier';

export interface CreateDossierArgs {
  uri?: vscode.Uri | string;
  published?: string | null;
  replace?: boolean;
  open?: boolean;
  ask?: boolean;
}

const ARTICLE_LANGUAGES = new Set(['plaintext', 'markdown', 'sourcebook-article', 'html']);
const HEADER = 'Built by Sourcebook from the article: a draft to review.\nSpeakers, actors and dates were read by a program; check them against the article.';

export function registerCreateDossier(context: vscode.ExtensionContext, platform: Platform): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('sourcebook.createDossier', (arg?: vscode.Uri | CreateDossierArgs) =>
      createDossier(arg instanceof vscode.Uri ? { uri: arg } : arg ?? {}, platform)),
  );
}

/** The dossier's Uri, or undefined when nothing was written (cancelled, refused, or no article). */
export async function createDossier(args: CreateDossierArgs, platform: Platform): Promise<vscode.Uri | undefined> {
  const document = await articleDocument(args.uri);
  if (!document) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Open a plain text or Markdown article or a saved web page first, or choose one in the Explorer, to build its dossier.'));
    return undefined;
  }
  const text = document.getText();
  if (text.trim() === '') {
    void vscode.window.showWarningMessage(vscode.l10n.t('This article is empty: there is nothing to build a dossier from.'));
    return undefined;
  }
  if (typeof args.published === 'string' && !isFullDate(args.published)) {
    void vscode.window.showErrorMessage(vscode.l10n.t('"{0}" is not a publication date; give YYYY-MM-DD.', args.published));
    return undefined;
  }
  const reading = readDocumentArticle(document);
  if ('problem' in reading) {
    void vscode.window.showErrorMessage(vscode.l10n.t('{0}: {1}', baseName(document.uri), reading.problem));
    return undefined;
  }
  const details = await detailsFor(reading.metadata, reading.extractFrom, args);
  const published = fullDate(details.published);

  const destination = await chooseDestination(document, args.replace);
  if (!destination) return undefined;
  const page = reading.kind === 'html';
  const article = { ...articleFields(details), accessed: today(), ...(page ? { source_file: baseName(document.uri) } : {}) };
  const body = page && !destination.inline ? await bodyTextTarget(document.uri, reading.text) : undefined;
  const options: ExtractOptions = destination.inline
    ? { published, article, inlineText: true }
    : { published, article, file: body ? baseName(body.uri) : baseName(document.uri), id: articleIdFor(baseName(document.uri)) };

  const written = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Building a dossier from {0}', inertText(baseName(document.uri))), cancellable: true },
    async (progress, token) => {
      const extraction = await extractInSlices(reading.extractFrom, options, platform, token, (step) => progress.report(step));
      if (!extraction || token.isCancellationRequested) return undefined;
      const content = serializeDossier(extraction.dossier, HEADER);
      if (body?.write && !(await writeAtomically(body.uri, reading.text, false, token))) return undefined;
      if (!destination.target) return vscode.workspace.openTextDocument({ language: 'yaml', content }).then((doc) => doc.uri);
      return (await writeAtomically(destination.target, content, destination.replace, token)) ? destination.target : undefined;
    },
  );
  if (written && args.open !== false) await vscode.window.showTextDocument(written, { preview: false });
  return written;
}

async function articleDocument(uri: vscode.Uri | string | undefined): Promise<vscode.TextDocument | undefined> {
  if (uri !== undefined) {
    const document = await vscode.workspace.openTextDocument(typeof uri === 'string' ? vscode.Uri.parse(uri) : uri);
    return isArticle(document) ? document : undefined;
  }
  const active = vscode.window.activeTextEditor?.document;
  return active && isArticle(active) ? active : undefined;
}

function isArticle(document: vscode.TextDocument): boolean {
  return ARTICLE_LANGUAGES.has(document.languageId) || /\.(txt|text|md|markdown|html?)$/i.test(document.uri.path);
}

/**
 * The article's details: what the file states, completed by the writer in
 * one multi-step input when the title, outlet, URL or date is missing. A given
 * `published` (a date, or null for none) means a caller that wants no questions.
 */
async function detailsFor(stated: PageMetadata, text: string, args: CreateDossierArgs): Promise<PageMetadata> {
  const printed = stated.published ?? findPublicationDate(text);
  const details: PageMetadata = { ...stated, ...(printed ? { published: printed } : {}) };
  if (args.published !== undefined || args.ask === false) {
    if (args.published === null) delete details.published;
    else if (args.published !== undefined) details.published = args.published;
    return details;
  }
  const missing = !details.title || !details.outlet || !details.url || !details.published;
  return missing ? askArticleDetails(details) : details;
}

interface Destination {
  /** Where to write; undefined for an untitled dossier. */
  target?: vscode.Uri;
  replace: boolean;
  /** The article text goes into the dossier (the article has no file to point at). */
  inline: boolean;
}

async function chooseDestination(document: vscode.TextDocument, replace: boolean | undefined): Promise<Destination | undefined> {
  if (document.isUntitled) return chooseForUntitled();
  const target = dossierUriFor(document.uri);
  if (!(await exists(target))) return { target, replace: false, inline: false };
  if (replace === false) return undefined;
  if (replace === undefined && !(await confirmReplace(target))) return undefined;
  return { target, replace: true, inline: false };
}

async function confirmReplace(target: vscode.Uri): Promise<boolean> {
  const replaceAction = vscode.l10n.t('Replace');
  const answer = await vscode.window.showWarningMessage(
    vscode.l10n.t('{0} already exists. Replace it with a new dossier? Your edits to it would be lost.', baseName(target)),
    { modal: true },
    replaceAction,
  );
  return answer === replaceAction;
}

/** An untitled article has no folder: save the dossier somewhere, or open it untitled; the text goes inline. */
async function chooseForUntitled(): Promise<Destination | undefined> {
  const save = { label: vscode.l10n.t('Save Dossier As…'), detail: vscode.l10n.t('Choose a file; the article text is kept inside the dossier.') };
  const untitled = { label: vscode.l10n.t('Open as Untitled Dossier'), detail: vscode.l10n.t('Review it first and save it later; the article text is kept inside.') };
  const choice = await vscode.window.showQuickPick([save, untitled], { title: vscode.l10n.t('This article is not saved: where should its dossier go?') });
  if (choice === untitled) return { replace: false, inline: true };
  if (choice !== save) return undefined;
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const picked = await vscode.window.showSaveDialog({
    defaultUri: folder ? vscode.Uri.joinPath(folder, 'article.dossier.yaml') : undefined,
    filters: { [vscode.l10n.t('Dossier')]: ['yaml'] },
  });
  if (!picked) return undefined;
  // The library reads *.dossier.yaml: keep that ending so the dossier is found.
  const target = /\.dossier\.yaml$/i.test(picked.path) ? picked : picked.with({ path: picked.path.replace(/(\.ya?ml)?$/i, '.dossier.yaml') });
  // The save dialog confirmed replacing the file it showed, not the renamed one.
  if (target !== picked && (await exists(target)) && !(await confirmReplace(target))) return undefined;
  return { target, replace: true, inline: true };
}

function baseName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}
