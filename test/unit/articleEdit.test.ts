// Filling in a dossier's citation details edits only the lines it must.
import * as assert from 'assert';
import { applyEdits, articleFieldEdits } from '../../src/core/dossier/articleEdit';
import { parseDossier } from '../../src/core/dossier/parse';

const DOSSIER = `# my review notes
sourcebook: 1
article:
  id: syria   # the citation key
  published: 2019-10-08
  file: syria.txt
actors: []
events: []
quotes: []
`;

function edited(text: string, values: Parameters<typeof articleFieldEdits>[1]): string {
  const edits = articleFieldEdits(text, values);
  if (!Array.isArray(edits)) throw new Error(edits.problem);
  return applyEdits(text, edits);
}

describe('filling in citation details', () => {
  it('adds missing keys in the documented order, keeping comments and the rest as they were', () => {
    assert.strictEqual(edited(DOSSIER, { title: 'Turkey launches offensive', outlet: 'Reuters', url: 'https://example.com/a?b=1#c' }), `# my review notes
sourcebook: 1
article:
  id: syria   # the citation key
  title: Turkey launches offensive
  outlet: Reuters
  published: 2019-10-08
  url: https://example.com/a?b=1#c
  file: syria.txt
actors: []
events: []
quotes: []
`);
  });

  it('replaces an existing value where it stands, quoting what YAML would misread', () => {
    const text = edited(DOSSIER, { published: '2019-10-09', title: 'Syria: "safe zone" # not a comment' });
    assert.ok(text.includes('  published: 2019-10-09\n'), text);
    assert.strictEqual(parseDossier(text).dossier!.article.title, 'Syria: "safe zone" # not a comment');
    assert.deepStrictEqual(parseDossier(text).problems, []);
  });

  it('refuses a dossier with YAML errors instead of guessing', () => {
    assert.deepStrictEqual(articleFieldEdits('article: [\n', { title: 'x' }), { problem: 'the dossier has YAML errors; fix them first.' });
  });
});
