// Folding is what lets a writer type "Padrino Lopez" for "Padrino López":
// case and accents go, the length (and so every offset) stays.
import * as assert from 'assert';
import * as fc from 'fast-check';
import { fold, foldCode, nameKey } from '../../src/core/fold';

describe('fold', () => {
  it('lower-cases and strips accents the way writers drop them', () => {
    assert.strictEqual(fold('Vladimir Padrino López'), 'vladimir padrino lopez');
    assert.strictEqual(fold('Bogotá'), 'bogota');
    assert.strictEqual(fold('GUAIDÓ'), 'guaido');
    assert.strictEqual(fold('Iván Duque'), 'ivan duque');
    assert.strictEqual(fold('Nuñez Çelik Øster Łódź'), 'nunez celik oster lodz');
  });

  it('folds letters whose lower case is two code units ("İstanbul")', () => {
    assert.strictEqual(fold('İstanbul'), 'istanbul');
  });

  it('folds Greek final sigma, so a name in capitals matches its lower-case spelling', () => {
    assert.strictEqual(fold('ΤΣΙΠΡΑΣ'), fold('Τσιπρας'));
  });

  it('turns curly apostrophes and no-break spaces into their plain forms', () => {
    assert.strictEqual(fold('Petro’s'), "petro's");
    assert.strictEqual(fold('Mr.\u00a0Petro'), 'mr. petro');
  });

  it('keeps the length of any string, so offsets map back unchanged', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (text) => fold(text).length === text.length));
    const long = 'Padrino López '.repeat(2000); // past the chunk size of one fromCharCode call
    assert.strictEqual(fold(long), 'padrino lopez '.repeat(2000));
  });

  it('is idempotent and leaves no upper-case letter behind', () => {
    for (let code = 0; code < 0x10000; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const folded = foldCode(code);
      assert.strictEqual(foldCode(folded), folded, `U+${code.toString(16)} folds twice differently`);
      const ch = String.fromCharCode(folded);
      if (ch.toLowerCase().length === 1) assert.strictEqual(ch.toLowerCase(), ch, `U+${code.toString(16)} folds to upper-case ${ch}`);
    }
  });
});

describe('nameKey', () => {
  it('gives the same key to spellings of one name', () => {
    assert.strictEqual(nameKey('Padrino López'), nameKey('padrino lopez'));
    assert.strictEqual(nameKey('Mr. Petro'), nameKey('Mr Petro'));
    assert.strictEqual(nameKey('Padrino-López'), nameKey('Padrino López'));
    assert.strictEqual(nameKey('  Juan   Guaidó '), 'juan guaido');
  });

  it('keeps different names apart', () => {
    assert.notStrictEqual(nameKey('Petro'), nameKey('Petrol'));
  });
});
