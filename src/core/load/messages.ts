// The words of the loading path, once: the CLI prints them in English, the
// extension shows them through vscode.l10n (src/vscode/library/loadMessages.ts
// fills the same keys with literal vscode.l10n.t calls, so `npm run l10n`
// finds them; test/unit/loadMessages.test.ts checks the words agree).

export const LOAD_MESSAGES = {
  dossierMissing: 'Cannot read this file: it does not exist.',
  dossierNotAFile: 'This dossier is not a regular file (a folder, a device, a pipe or a link to one); it was not read.',
  dossierUnreadable: 'Cannot read this file: {0}.',
  articleMissing: 'The article file "{0}" was not found beside this dossier.',
  articleNotAFile: 'The article "{0}" is not a regular file; it was not read.',
  articleTooLarge: 'The article file "{0}" is over {1} MB; it was not read.',
  articleEncoding: 'The article "{0}": {1}',
  articleOutsideFolder: 'The article "{0}" is outside this dossier\'s workspace folder; it was not read (a dossier may only name articles within it).',
  articleOutsideDirectory: 'The article "{0}" is outside the directory {1} (run sourcebook in the folder that holds it, or give --root DIR or --allow-outside); it was not read (a dossier may only name articles within it).',
} as const;

export type LoadMessageKey = keyof typeof LOAD_MESSAGES;

/** A message in the reader's language: `{0}`, `{1}`… are the arguments. */
export type LoadMessages = (key: LoadMessageKey, ...args: (string | number)[]) => string;

export const englishMessages: LoadMessages = (key, ...args) => fillIn(LOAD_MESSAGES[key], args);

export function fillIn(template: string, args: readonly (string | number)[]): string {
  return template.replace(/\{(\d+)\}/g, (whole, index: string) => (Number(index) < args.length ? String(args[Number(index)]) : whole));
}
