// Inserting a quote never costs the writer a word: for documents of any
// text (CRLF, tabs, accents, emoji) and any set of cursors, the result is the
// document with the cited quote at each cursor and nothing else changed, and
// one undo gives back the document exactly.
import * as assert from 'assert';
import fc from 'fast-check';
import * as vscode from 'vscode';
import { sourcebook } from './reliabilityHelpers';

const QUOTE = { quoteId: 'petro-two-months' };

async function plainEditor(content: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument({ language: 'plaintext', content });
  return vscode.window.showTextDocument(document);
}

describe('reliability: edits never lose text', function () {
  this.timeout(240_000);
  let inserted = '';

  before(async () => {
    await sourcebook();
    // What one insertion writes in plain text: learnt from an empty document.
    const editor = await plainEditor('');
    await vscode.commands.executeCommand('sourcebook.insertQuote', QUOTE);
    inserted = editor.document.getText();
    assert.ok(inserted.includes('in two months'), `the quote was inserted: ${JSON.stringify(inserted)}`);
  });
  afterEach(() => vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor'));

  it('puts the quote at every cursor, changes nothing else, and one undo restores the document', async () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'é', ' ', '\t', '\n', '😀', 'Petro', '"', '$1', '${x}'), maxLength: 60 });
    const scenario = text.chain((content) => fc.record({
      content: fc.constant(content),
      cursors: fc.uniqueArray(fc.nat(content.length), { minLength: 1, maxLength: 4 }),
      crlf: fc.boolean(),
    }));
    await fc.assert(fc.asyncProperty(scenario, async ({ content, cursors, crlf }) => {
      const editor = await plainEditor(crlf ? content.replace(/\n/g, '\r\n') : content);
      const document = editor.document;
      const before = document.getText();
      // Offsets inside a CRLF or a surrogate pair are not cursor positions: move them to where VS Code would.
      const settled = (offset: number) => {
        const at = document.offsetAt(document.positionAt(offset));
        return /[\uD800-\uDBFF]/.test(before.charAt(at - 1)) ? at + 1 : at;
      };
      const positions = [...new Set(cursors.map(settled))].sort((a, b) => a - b);
      editor.selections = positions.map((offset) => new vscode.Selection(document.positionAt(offset), document.positionAt(offset)));
      await vscode.commands.executeCommand('sourcebook.insertQuote', QUOTE);
      const piece = inserted.replace(/\r?\n/g, document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n');
      let expected = '';
      let from = 0;
      for (const offset of positions) {
        expected += before.slice(from, offset) + piece;
        from = offset;
      }
      expected += before.slice(from);
      assert.strictEqual(document.getText(), expected);
      await vscode.commands.executeCommand('undo');
      assert.strictEqual(document.getText(), before, 'one undo restores the document');
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }), { seed: 20220829, numRuns: 12 });
  });
});
