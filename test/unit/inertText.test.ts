// Dossier text shown in messages, QuickPicks and tree rows: no link or icon
// syntax survives, and the text reads the same.
import * as assert from 'assert';
import { inertText } from '../../src/core/display/inertText';

/** What VS Code's notification renderer turns into a link (from its source: parseLinkedText). */
const NOTIFICATION_LINK = /\[([^\]]+)\]\(((?:https?:\/\/|command:|file:)[^)\s]+)(?: (["'])(.+?)(\3))?\)/;
/** What QuickPick, status bar and progress labels render as an icon. */
const ICON = /(?<!\\)\$\([A-Za-z0-9-]+(?:~[A-Za-z]+)?\)/;

describe('inertText', () => {
  it('breaks markdown command links, bare command: links and icons', () => {
    const hostile = 'Title [run me](command:workbench.action.terminal.new) $(alert) see command:workbench.action.quit and [x] (file:///etc/passwd)';
    const shown = inertText(hostile);
    assert.doesNotMatch(shown, NOTIFICATION_LINK);
    assert.doesNotMatch(shown, ICON);
    assert.doesNotMatch(shown, /command:/);
    assert.doesNotMatch(shown, /file:/);
    assert.strictEqual(shown.replace(/\u2060/g, ''), hostile, 'only invisible joiners are added');
  });

  it('leaves ordinary text alone and is idempotent', () => {
    assert.strictEqual(inertText('Padrino López: "we met (twice)" at 10:30'), 'Padrino López: "we met (twice)" at 10:30');
    const once = inertText('[a](https://x.example) $(zap)');
    assert.strictEqual(inertText(once), once);
    assert.doesNotMatch(once, NOTIFICATION_LINK);
  });
});
