// The loading path's words (src/core/load/messages.ts) in the writer's
// language. Each is a literal vscode.l10n.t call, so `npm run l10n` exports
// it; test/unit/loadMessages.test.ts checks each says the core's English words.
import * as vscode from 'vscode';
import { LoadMessages } from '../../core/load/messages';

export const localizedMessages: LoadMessages = (key, ...args) => {
  switch (key) {
    case 'dossierMissing': return vscode.l10n.t('Cannot read this file: it does not exist.');
    case 'dossierNotAFile': return vscode.l10n.t('This dossier is not a regular file (a folder, a device, a pipe or a link to one); it was not read.');
    case 'dossierUnreadable': return vscode.l10n.t('Cannot read this file: {0}.', ...args);
    case 'articleMissing': return vscode.l10n.t('The article file "{0}" was not found beside this dossier.', ...args);
    case 'articleNotAFile': return vscode.l10n.t('The article "{0}" is not a regular file; it was not read.', ...args);
    case 'articleTooLarge': return vscode.l10n.t('The article file "{0}" is over {1} MB; it was not read.', ...args);
    case 'articleEncoding': return vscode.l10n.t('The article "{0}": {1}', ...args);
    case 'articleOutsideFolder': return vscode.l10n.t("The article \"{0}\" is outside this dossier's workspace folder; it was not read (a dossier may only name articles within it).", ...args);
    case 'articleOutsideDirectory': return vscode.l10n.t('The article "{0}" is outside the directory {1} (run sourcebook in the folder that holds it, or give --root DIR or --allow-outside); it was not read (a dossier may only name articles within it).', ...args);
  }
};
