// `sourcebook audit` as a CI job runs it: exit codes, the three formats, and
// file:line:column positions in drafts with CRLF, tabs and emoji.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { csvField, escapeMarkdown } from '../../src/core/audit/render';
import { ROOT } from './helpers';

const SAMPLE = path.join(ROOT, 'data', 'dossier.yaml');

function sourcebook(cwd: string, ...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'sourcebook.js'), ...args], { encoding: 'utf8', cwd });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** 1-based line and column of `needle` in `text`, counting a CRLF as one line end and columns in UTF-16 units. */
function positionOf(text: string, needle: string): string {
  const offset = text.indexOf(needle);
  assert.ok(offset >= 0, needle);
  const before = text.slice(0, offset).split(/\r\n|\r|\n/);
  return `${before.length}:${before[before.length - 1].length + 1}`;
}

describe('sourcebook audit', function () {
  this.timeout(30000);
  let dir: string;
  const write = (name: string, text: string): string => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, text);
    return file;
  };
  before(() => {
    assert.ok(fs.existsSync(path.join(ROOT, 'dist', 'cli.js')), 'dist/cli.js is missing: `npm run test:unit` builds it first');
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcebook-audit-'));
  });
  after(() => dir && fs.rmSync(dir, { recursive: true, force: true }));

  it('exits 0 and prints nothing for a draft of verified quotes', () => {
    const draft = write('good.md', '“As long as relations are not normalized, there will be no ambassadors,” said Gustavo Petro.[^caracas-bogota-2022]\n\n[^caracas-bogota-2022]: Caracas takes steps.\n');
    const result = sourcebook(dir, 'audit', draft, '--dossiers', SAMPLE);
    assert.strictEqual(result.stdout, '');
    assert.strictEqual(result.code, 0, result.stderr);
  });

  it('exits 0 with a warning for an unsourced quote, 1 with --strict', () => {
    const draft = write('unsourced.md', 'Duque said: “We will never negotiate with anyone about the border.”\n');
    const result = sourcebook(dir, 'audit', draft, '--dossiers', SAMPLE);
    assert.strictEqual(result.stdout, `${draft}:1:14: warning: Not in any source: no dossier holds these words.\n`);
    assert.strictEqual(result.code, 0);
    const strict = sourcebook(dir, 'audit', draft, '--dossiers', SAMPLE, '--strict');
    assert.strictEqual(strict.stdout, `${draft}:1:14: Not in any source: no dossier holds these words.\n`);
    assert.strictEqual(strict.code, 1);
  });

  it('exits 1 with file:line:column positions right after CRLF, tabs and emoji', () => {
    const text = '# Draft 🗞️\r\n\r\n\tPetro 🇨🇴 said: “As long as relations are not yet normalized, there will be no ambassadors.”\r\n\r\n😀 “In two months we may have settled the most important issues,” Maduro said.\r\n';
    const draft = write('crlf.md', text);
    const result = sourcebook(dir, 'audit', draft, '--dossiers', SAMPLE);
    assert.strictEqual(result.code, 1);
    const lines = result.stdout.trimEnd().split('\n');
    assert.deepStrictEqual(lines, [
      `${draft}:${positionOf(text, 'As long')}: Altered: "yet" added (Gustavo Petro, "caracas-bogota-2022").`,
      `${draft}:${positionOf(text, 'In two months')}: Wrong speaker: the draft credits Nicolás Maduro; the source credits Gustavo Petro.`,
    ]);
    assert.match(lines[0], /crlf\.md:3:20: /, 'line 3 after two CRLFs; the tab is one column, the flag emoji four');
    assert.match(lines[1], /crlf\.md:5:5: /);
  });

  it('finds dossiers by glob relative to the working folder, and by default **/*.dossier.yaml', () => {
    const library = path.join(dir, 'lib', 'nested');
    fs.mkdirSync(library, { recursive: true });
    fs.copyFileSync(SAMPLE, path.join(library, 'sample.dossier.yaml'));
    fs.copyFileSync(path.join(ROOT, 'data', 'article.txt'), path.join(library, 'article.txt'));
    const draft = write('glob.md', '“In two months we may have settled the most important issues,” Maduro said.\n');
    assert.strictEqual(sourcebook(dir, 'audit', 'glob.md', '--dossiers', 'lib/**/*.dossier.yaml').code, 1);
    assert.strictEqual(sourcebook(dir, 'audit', draft).code, 1);
  });

  it('prints the report as Markdown, CSV (RFC 4180) and JSON', () => {
    const text = 'Petro said: “As long as relations are not yet normalized, there will be no ambassadors.”\n\nThe “trochas”, said Padrino Lopes.\n';
    const draft = write('formats.md', text);
    const md = sourcebook(dir, 'audit', draft, '--dossiers', SAMPLE, '--format', 'md');
    assert.strictEqual(md.code, 1);
    assert.match(md.stdout, /^# Fact-check: /);
    assert.match(md.stdout, /\*\*2 quotations: 0 verified, 1 altered, 0 wrong speaker, 0 wrong source, 0 not in any source, 1 term\. \d+ actors named: 1 misspelt/);
    assert.match(md.stdout, /\| 1:14 \| \*\*altered\*\* \| “As long as relations are not yet normalized, there will be no ambassadors\.” \| Gustavo Petro, caracas-bogota-2022 \|/);

    const csv = sourcebook(dir, 'audit', draft, '--dossiers', SAMPLE, '--format', 'csv');
    const records = csv.stdout.split('\r\n');
    assert.strictEqual(records[0], 'file,line,column,row,status,words,speaker,article,quote,citation,message');
    assert.ok(records[1].startsWith(`${draft},1,14,quotation,altered,"As long as relations are not yet normalized, there will be no ambassadors.",Gustavo Petro,caracas-bogota-2022,petro-no-ambassadors,,`), records[1]);
    assert.ok(records.some((r) => r.includes(',actor,misspelt,Padrino Lopes,')), csv.stdout);
    assert.strictEqual(records[records.length - 1], '', 'ends with CRLF');

    const json = JSON.parse(sourcebook(dir, 'audit', draft, '--dossiers', SAMPLE, '--format', 'json').stdout);
    assert.strictEqual(json.length, 1);
    assert.deepStrictEqual(json[0].quotations.map((q: { status: string; line: number; column: number }) => [q.status, q.line, q.column]), [['altered', 1, 14], ['term', 3, 6]]);
    assert.strictEqual(json[0].totals.byStatus.altered, 1);
  });

  it('exits 2 on bad usage, an unreadable draft or no dossier', () => {
    const draft = write('usage.md', 'Nothing.\n');
    assert.strictEqual(sourcebook(dir, 'audit').code, 2);
    assert.strictEqual(sourcebook(dir, 'audit', draft, '--format', 'pdf', '--dossiers', SAMPLE).code, 2);
    assert.strictEqual(sourcebook(dir, 'audit', draft, '--frobnicate').code, 2);
    const missing = sourcebook(dir, 'audit', path.join(dir, 'nope.md'), '--dossiers', SAMPLE);
    assert.strictEqual(missing.code, 2);
    assert.match(missing.stderr, /nope\.md: no such file\./);
    const none = sourcebook(dir, 'audit', draft, '--dossiers', 'nothing/*.dossier.yaml');
    assert.strictEqual(none.code, 2);
    assert.match(none.stderr, /no dossier found/);
  });
});

describe('audit report escaping', () => {
  it('neutralises spreadsheet formulas and quotes CSV fields per RFC 4180', () => {
    assert.strictEqual(csvField('=HYPERLINK("http://x")'), '"\'=HYPERLINK(""http://x"")"');
    assert.strictEqual(csvField('+1'), "'+1");
    assert.strictEqual(csvField('@cmd'), "'@cmd");
    assert.strictEqual(csvField('-2'), "'-2");
    assert.strictEqual(csvField(-2), '-2', 'a number is a number');
    assert.strictEqual(csvField('a\r\nb'), '"a\r\nb"');
    assert.strictEqual(csvField('plain'), 'plain');
  });

  it('Markdown escaping leaves dossier text inert: links, HTML, pipes and icons', () => {
    const hostile = '[x](command:workbench.action.terminal.new) <img src=x onerror=alert(1)> | $(alert) `code` *b*';
    const escaped = escapeMarkdown(hostile);
    assert.strictEqual(escaped, '\\[x\\]\\(command:workbench.action.terminal.new\\) \\<img src=x onerror=alert\\(1\\)\\> \\| \\$\\(alert\\) \\`code\\` \\*b\\*');
  });
});
