// The layering rules of eslint.config.mjs, run through ESLint's own API on
// small files placed (in memory) where the rules apply: each forbidden import
// is an error, and the same import where it is allowed is not.
import * as assert from 'assert';
import { ESLint } from 'eslint';
import * as path from 'path';
import { ROOT } from './helpers';

const eslint = new ESLint({ cwd: ROOT });

/** The no-restricted-imports messages ESLint gives `code` as if it were the file at `file`. */
async function restrictedImports(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('lint: the layering rules', function () {
  this.timeout(60_000);

  it('fails a vscode import added under src/core, and lets src/vscode have it', async () => {
    const code = "import * as vscode from 'vscode';\n\nexport const version = vscode.version;\n";
    const [message, ...others] = await restrictedImports('src/core/added.ts', code);
    assert.match(message, /'vscode' import is restricted.*src\/core is pure/);
    assert.deepStrictEqual(others, []);
    assert.deepStrictEqual(await restrictedImports('src/vscode/library/added.ts', code), []);
  });

  it('fails a Node module under src/core, by either name, and lets the CLI have it', async () => {
    for (const module of ['fs', 'node:fs', 'fs/promises', 'path', 'child_process']) {
      const code = `import * as m from '${module}';\n\nexport const keys = Object.keys(m);\n`;
      assert.strictEqual((await restrictedImports('src/core/dossier/added.ts', code)).length, 1, module);
      assert.deepStrictEqual(await restrictedImports('src/cli/added.ts', code), [], module);
    }
  });

  it('lets the core import the core and a library, and nothing from src/vscode', async () => {
    assert.deepStrictEqual(await restrictedImports('src/core/added.ts', "import { parseDocument } from 'yaml';\nimport { Dossier } from './model';\n\nexport type D = Dossier | typeof parseDocument;\n"), []);
    assert.strictEqual((await restrictedImports('src/core/added.ts', "import { DossierLibrary } from '../vscode/library/dossierLibrary';\n\nexport type L = DossierLibrary;\n")).length, 1);
  });

  it('lets a feature import another only through the shared modules', async () => {
    const from = (module: string) => `import * as m from '${module}';\n\nexport const keys = Object.keys(m);\n`;
    for (const shared of ['../library/dossierLibrary', '../library/files', '../article/articleDocuments', '../insertQuote/treeDrop', '../tree', '../../core/model', './sibling']) {
      assert.deepStrictEqual(await restrictedImports('src/vscode/tree/added.ts', from(shared)), [], shared);
    }
    for (const other of ['../insertQuote', '../hover/card', '../article/revealInArticle', '../tree/treeProvider']) {
      const [message] = await restrictedImports('src/vscode/checks/added.ts', from(other));
      assert.match(message ?? '', /A feature imports another feature only through a shared module/, other);
    }
  });

  it('passes the code as it is', async () => {
    const results = await eslint.lintFiles(['src/vscode/extension.ts', 'src/core/model.ts', 'src/vscode/tree/index.ts']);
    assert.deepStrictEqual(results.flatMap((r) => r.messages.map((m) => `${path.relative(ROOT, r.filePath)}:${m.line} ${m.message}`)), []);
  });
});
