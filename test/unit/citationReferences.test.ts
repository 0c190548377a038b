// References by citeproc-js with the bundled APA, Chicago author-date and MLA
// styles: what the dossier holds and nothing more.
import * as assert from 'assert';
import { cslItemFor } from '../../src/core/citation/cslItem';
import { Article } from '../../src/core/model';
import { references } from './citationFixtures';
import { sampleLibrary } from './helpers';

const sample = sampleLibrary().dossiers[0].dossier.article;
const full: Article = {
  id: 'lapresse-2022',
  title: 'Caracas takes steps to restore military relations with Bogota',
  outlet: 'La Presse',
  authors: ['Jane Doe'],
  published: '2022-08-09',
  url: 'https://example.com/caracas_bogota',
};
const undated: Article = { id: 'undated', title: 'Border reopens', outlet: 'El Tiempo' };

describe('references by the CSL processor', () => {
  it('APA 7th', () => {
    assert.strictEqual(references.reference(sample, 'apa', 'text'), 'Caracas takes steps to restore military relations with Bogota. (2022, August 9).');
    assert.strictEqual(references.reference(full, 'apa', 'text'), 'Doe, J. (2022, August 9). Caracas takes steps to restore military relations with Bogota. La Presse. https://example.com/caracas_bogota');
    assert.strictEqual(references.reference(undated, 'apa', 'text'), 'Border reopens. (n.d.). El Tiempo.');
  });

  it('Chicago author-date', () => {
    assert.strictEqual(references.reference(sample, 'chicago-author-date', 'text'), '“Caracas Takes Steps to Restore Military Relations with Bogota.” 2022, August 9, 2022.');
    assert.strictEqual(references.reference(full, 'chicago-author-date', 'text'), 'Doe, Jane. 2022. “Caracas Takes Steps to Restore Military Relations with Bogota.” La Presse, August 9, 2022. https://example.com/caracas_bogota.');
    assert.strictEqual(references.reference(undated, 'chicago-author-date', 'text'), 'El Tiempo. n.d. “Border Reopens.”');
  });

  it('MLA 9th', () => {
    assert.strictEqual(references.reference(sample, 'modern-language-association', 'text'), 'Caracas Takes Steps to Restore Military Relations with Bogota. 9 Aug. 2022.');
    assert.strictEqual(references.reference(full, 'modern-language-association', 'text'), 'Doe, Jane. “Caracas Takes Steps to Restore Military Relations with Bogota.” La Presse, 9 Aug. 2022, https://example.com/caracas_bogota.');
  });

  it('writes the style’s italics as Markdown and keeps a URL an autolink', () => {
    assert.strictEqual(
      references.reference(full, 'apa', 'markdown'),
      'Doe, J. (2022, August 9). Caracas takes steps to restore military relations with Bogota. *La Presse*. <https://example.com/caracas_bogota>',
    );
  });

  it('escapes Markdown in dossier text', () => {
    assert.strictEqual(references.reference({ id: 'x', title: 'Rates *soar* [again]', published: '2020' }, 'apa', 'markdown'), '*Rates \\*soar\\* \\[again\\]*. (2020).');
  });

  it('formats the in-text citation of each style', () => {
    assert.strictEqual(references.inTextCitation(full, 'apa', 'text'), '(Doe, 2022)');
    assert.strictEqual(references.inTextCitation(full, 'chicago-author-date', 'text'), '(Doe 2022)');
    assert.strictEqual(references.inTextCitation(full, 'modern-language-association', 'text'), '(Doe)');
  });
});

describe('the CSL-JSON item of an article', () => {
  it('holds what the dossier says and invents nothing', () => {
    assert.deepStrictEqual(cslItemFor(sample), {
      id: 'caracas-bogota-2022',
      type: 'article-newspaper',
      title: 'Caracas takes steps to restore military relations with Bogota',
      issued: { 'date-parts': [[2022, 8, 9]] },
      language: 'en',
    });
  });

  it('maps outlet, authors, partial dates and URL', () => {
    const item = cslItemFor({ ...full, authors: ['Jane Doe', 'AFP'], published: '2022-08' });
    assert.deepStrictEqual(item.author, [{ family: 'Doe', given: 'Jane' }, { literal: 'AFP' }]);
    assert.deepStrictEqual(item.issued, { 'date-parts': [[2022, 8]] });
    assert.strictEqual(item['container-title'], 'La Presse');
    assert.strictEqual(item.URL, 'https://example.com/caracas_bogota');
  });
});
