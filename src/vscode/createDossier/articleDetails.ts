// "Ask for what is missing": one short multi-step input — title, outlet, URL,
// publication date — each prefilled with what the article stated and each
// skippable (Enter on an empty box). Escape stops asking and keeps what was
// answered so far; nothing the file stated is lost.
import * as vscode from 'vscode';
import { PageMetadata } from '../../core/article';
import { isFullDate } from '../../core/dates';

interface Step {
  key: 'title' | 'outlet' | 'url' | 'published';
  title: string;
  placeholder: string;
  validate?: (value: string) => string | undefined;
}

function steps(): Step[] {
  return [
    { key: 'title', title: vscode.l10n.t('Headline of the article'), placeholder: vscode.l10n.t('The headline as published (Enter to skip)') },
    { key: 'outlet', title: vscode.l10n.t('Outlet'), placeholder: vscode.l10n.t('The newspaper, site or agency that published it (Enter to skip)') },
    { key: 'url', title: vscode.l10n.t('Address (URL)'), placeholder: 'https://…', validate: (v) => (v === '' || /^https?:\/\/\S+$/i.test(v) ? undefined : vscode.l10n.t('An address starting with https:// or http://, or nothing.')) },
    { key: 'published', title: vscode.l10n.t('Publication date'), placeholder: vscode.l10n.t('YYYY-MM-DD: resolves "on Tuesday" or "last Sunday" (Enter to skip)'), validate: (v) => (v === '' || isFullDate(v) ? undefined : vscode.l10n.t('A date as YYYY-MM-DD, for example 2022-08-09.')) },
  ];
}

/** The details after asking: what was stated, changed or filled in by the writer. */
export async function askArticleDetails(stated: PageMetadata): Promise<PageMetadata> {
  const details: PageMetadata = { ...stated };
  const all = steps();
  for (let i = 0; i < all.length; i++) {
    const step = all[i];
    const answer = await askOne(step, details[step.key] ?? '', i + 1, all.length);
    if (answer === undefined) break;
    if (answer === '') delete details[step.key];
    else details[step.key] = answer;
  }
  return details;
}

function askOne(step: Step, value: string, number: number, total: number): Promise<string | undefined> {
  return new Promise((resolve) => {
    const box = vscode.window.createInputBox();
    box.title = vscode.l10n.t('Article details for the citation: {0}', step.title);
    box.step = number;
    box.totalSteps = total;
    box.value = value;
    box.placeholder = step.placeholder;
    box.ignoreFocusOut = true;
    let done = false;
    const finish = (result: string | undefined) => {
      if (done) return;
      done = true;
      resolve(result);
      box.dispose();
    };
    box.onDidChangeValue((v) => { box.validationMessage = step.validate?.(v.trim()); });
    box.onDidAccept(() => {
      const v = box.value.trim();
      if (step.validate?.(v)) return;
      finish(v);
    });
    box.onDidHide(() => finish(undefined));
    box.show();
  });
}
