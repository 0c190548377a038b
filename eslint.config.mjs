// `npm run lint`: the layering of the code, checked by machine, and a few
// layout rules the code already follows (no formatter rewrites it).
//
//   src/core        pure: no `vscode`, no Node module, nothing from src/vscode or src/cli
//   src/cli         Node, never `vscode` or src/vscode
//   src/vscode/<feature>/  a feature reaches another feature only through the
//                   shared modules named in SHARED below
//   src/vscode/timeline/webview  browser code: no `vscode`, no Node module
import { builtinModules } from 'node:module';
import stylistic from '@stylistic/eslint-plugin';
import tseslint from 'typescript-eslint';

const NODE_MODULES = builtinModules.filter((name) => !name.startsWith('_'));

/** Imports of Node's own modules, `fs` as well as `node:fs` and `fs/promises`. */
const nodeModules = (message) => ({ regex: `^(node:.*|(${NODE_MODULES.join('|')})(/.*)?)$`, message });
const vscodeModule = (message) => ({ name: 'vscode', message });

/**
 * What one feature of src/vscode may import from another: the library (loading
 * and watching dossiers, reading files), the article documents' URI scheme,
 * the quotes' drag-and-drop format shared by the tree and the drop, and the
 * platform (what differs between the Node and the web worker host), and the
 * article-details input that Create Dossier and Fill In Citation Details share,
 * and the sidebar trees (their views, for review's badges and filter, and the
 * words for actor kinds), and the writing checks' settings that the fact-check
 * sheet and the coverage view read too.
 */
const SHARED = ['library/', 'article/articleDocuments', 'insertQuote/treeDrop', 'platform', 'createDossier/articleDetails', 'tree', 'tree/treeItems', 'checks/settings'];
const escape = (text) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
/** `../<another feature>…` except the shared modules (`../../core/…` is one more level up: allowed). */
const otherFeature = `^\\.\\./(?!\\.\\./)(?!(${SHARED.map((module) => escape(module) + (module.endsWith('/') ? '' : '$')).join('|')}))`;

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', '.vscode-test/**', 'test-results/**'] },
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'bench/**/*.ts'],
    languageOptions: { parser: tseslint.parser },
    plugins: { '@stylistic': stylistic },
    rules: {
      '@stylistic/semi': ['error', 'always'],
      '@stylistic/quotes': ['error', 'single', { avoidEscape: true, allowTemplateLiterals: 'always' }],
      '@stylistic/indent': ['error', 2, { SwitchCase: 1, flatTernaryExpressions: true, offsetTernaryExpressions: true, ignoredNodes: ['ConditionalExpression *'] }],
      '@stylistic/comma-dangle': ['error', 'always-multiline'],
      '@stylistic/eol-last': ['error', 'always'],
      '@stylistic/no-trailing-spaces': 'error',
      '@stylistic/no-tabs': 'error',
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [vscodeModule('src/core is pure: it runs in Node, the browser and the CLI. Put VS Code code in src/vscode.')],
        patterns: [
          nodeModules('src/core is pure: no Node modules (it runs in the browser too). Take what you need as a parameter.'),
          { regex: '^\\.\\.?/(.*/)?(vscode|cli)(/|$)', message: 'src/core never imports from src/vscode or src/cli: data flows from the core outwards.' },
        ],
      }],
    },
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [vscodeModule('The CLI runs without VS Code.')],
        patterns: [{ regex: '(^|/)vscode/', message: 'The CLI runs without VS Code: share code through src/core.' }],
      }],
    },
  },
  {
    files: ['src/vscode/*/**/*.ts'],
    ignores: ['src/vscode/timeline/webview/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{
          regex: otherFeature,
          message: `A feature imports another feature only through a shared module (${SHARED.map((module) => `src/vscode/${module}`).join(', ')}); wire features together in src/vscode/extension.ts.`,
        }],
      }],
    },
  },
  {
    files: ['src/vscode/timeline/webview/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [vscodeModule('The webview script runs in the browser: talk to the extension by messages (protocol.ts).')],
        patterns: [nodeModules('The webview script runs in the browser: no Node modules.')],
      }],
    },
  },
);
