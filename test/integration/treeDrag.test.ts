// Dragging quote rows out of the sidebar: the drag carries the quotes' keys
// under the MIME type the insert-quote drop provider reads.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { ViewNode } from '../../src/core/views/nodes';
import type { SourcebookApi } from '../../src/vscode/extension';
import { QUOTES_TREE_MIME } from '../../src/vscode/insertQuote/treeDrop';
import { quoteDragController } from '../../src/vscode/tree';

describe('dragging quotes from the sidebar', () => {
  it('carries the speech quotes dragged, and nothing for terms', async () => {
    const api = await vscode.extensions.getExtension<SourcebookApi>('sourcebook.sourcebook')!.activate();
    await api.ready();
    const provider = api.sidebar.quotes.provider;
    const rows = (nodes: readonly ViewNode[]): ViewNode[] => nodes.flatMap((node) => [node, ...rows(provider.getChildren(node))]);
    const all = rows(provider.getChildren());
    const petro = all.filter((n) => n.type === 'quote' && n.entry.speaker?.name === 'Gustavo Petro');
    const terms = all.filter((n) => n.type === 'quote' && n.entry.quote.kind === 'term');
    assert.strictEqual(petro.length, 3);
    assert.ok(terms.length > 0);

    const token = new vscode.CancellationTokenSource().token;
    const dragged = new vscode.DataTransfer();
    await quoteDragController.handleDrag!([...petro, ...terms], dragged, token);
    assert.strictEqual(await dragged.get(QUOTES_TREE_MIME)?.asString(), [
      'caracas-bogota-2022/petro-normalization-process',
      'caracas-bogota-2022/petro-two-months',
      'caracas-bogota-2022/petro-no-ambassadors',
    ].join('\n'));

    const onlyTerms = new vscode.DataTransfer();
    await quoteDragController.handleDrag!(terms, onlyTerms, token);
    assert.strictEqual(onlyTerms.get(QUOTES_TREE_MIME), undefined);
  });
});
