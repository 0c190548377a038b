// The citation style registry (src/core/citation/styles.ts) and the settings
// package.json contributes must list the same styles, each with its
// description, so a style added to one alone fails here.
import * as assert from 'assert';
import { CITATION_STYLE_SPECS, CITATION_STYLES, CSL_STYLE_SPECS, CSL_STYLES, DEFAULT_CSL_STYLE, defaultCitationStyle } from '../../src/core/citation/styles';
import { readRepoFile } from './helpers';

interface SettingSchema {
  default: unknown;
  enum: unknown[];
  enumDescriptions?: string[];
  markdownEnumDescriptions?: string[];
  enumItemLabels?: string[];
}

const manifest = JSON.parse(readRepoFile('package.json')) as { contributes: { configuration: { properties: Record<string, SettingSchema> } } };
const nls = JSON.parse(readRepoFile('package.nls.json')) as Record<string, string>;
const setting = (name: string) => manifest.contributes.configuration.properties[name];

describe('the citation style registry', () => {
  it('lists the styles of sourcebook.citation.style, in order, with their descriptions (after "per language")', () => {
    const style = setting('sourcebook.citation.style');
    assert.deepStrictEqual(style.enum, [null, ...CITATION_STYLES]);
    assert.deepStrictEqual(style.markdownEnumDescriptions, ['%config.citation.style.auto%', ...CITATION_STYLES.map((id) => `%${CITATION_STYLE_SPECS[id].description}%`)]);
    assert.deepStrictEqual(style.enumItemLabels, ['%config.citation.style.auto.label%', ...CITATION_STYLES]);
  });

  it('lists the bundled CSL styles of sourcebook.citation.csl, in order, with their descriptions and default', () => {
    const csl = setting('sourcebook.citation.csl');
    assert.deepStrictEqual(csl.enum, CSL_STYLES);
    assert.deepStrictEqual(csl.enumDescriptions, CSL_STYLES.map((id) => `%${CSL_STYLE_SPECS[id].description}%`));
    assert.strictEqual(csl.default, DEFAULT_CSL_STYLE);
  });

  it('describes every style in package.nls.json and ships every CSL style file', () => {
    for (const spec of [...Object.values(CITATION_STYLE_SPECS), ...Object.values(CSL_STYLE_SPECS)]) {
      assert.ok(nls[spec.description]?.trim(), `package.nls.json has no "${spec.description}"`);
    }
    for (const spec of Object.values(CSL_STYLE_SPECS)) assert.match(readRepoFile('data', 'csl', spec.file), /<style [^>]*xmlns="http:\/\/purl.org\/net\/xbiblio\/csl"/);
  });

  it('has a default style for each kind of document, as the setting describes it', () => {
    assert.deepStrictEqual(['markdown', 'latex', 'text'].map((flavor) => defaultCitationStyle(flavor as 'markdown' | 'latex' | 'text')), ['markdown-footnote', 'latex', 'inline']);
  });
});
