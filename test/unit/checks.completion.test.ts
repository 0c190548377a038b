// Name completion: the start of a name typed in a draft offers the actor as
// the dossier spells it.
import * as assert from 'assert';
import { nameCompleterOf } from '../../src/core/checks/checkDraft';
import { actorsNamedBefore, firstMentionForm } from '../../src/core/checks/nameCompletion';
import { sampleLibrary } from './helpers';

describe('name completion', () => {
  const library = sampleLibrary();
  const complete = (typed: string) => nameCompleterOf(library).complete(typed, typed.length).map((c) => [c.actor.name, typed.slice(c.from)]);

  it('offers Vladimir Padrino López for "Padr", replacing what was typed', () => {
    assert.deepStrictEqual(complete('The order came from Padr'), [['Vladimir Padrino López', 'Padr']]);
  });

  it('matches without case or accents, from any word of the name', () => {
    assert.deepStrictEqual(complete('lop'), [['Vladimir Padrino López', 'lop']]);
    assert.deepStrictEqual(complete('said nicolas ma'), [['Nicolás Maduro', 'nicolas ma']]);
    assert.deepStrictEqual(complete('guai'), [['Juan Guaidó', 'guai']]);
  });

  it('continues a name already half written', () => {
    assert.deepStrictEqual(complete('said Padrino L'), [['Vladimir Padrino López', 'Padrino L']]);
  });

  it('completes the name after a typed title, not descriptions or titles themselves', () => {
    assert.deepStrictEqual(complete('Mr Pet'), [['Gustavo Petro', 'Pet']]);
    assert.deepStrictEqual(complete('the lef'), []);
  });

  it('offers nothing after a space, for one letter, or for an unknown start', () => {
    assert.ok(complete('Padrino').length > 0, 'the same start without the space is completed');
    assert.deepStrictEqual(complete('Padrino '), []);
    assert.deepStrictEqual(complete('P'), []);
    assert.deepStrictEqual(complete('Zelen'), []);
  });

  it('makes a first-mention form from the role of a person', () => {
    const actor = (key: string) => library.actorByKey(key)!;
    assert.strictEqual(firstMentionForm(actor('padrino-lopez')), 'Defence Minister Vladimir Padrino López');
    assert.strictEqual(firstMentionForm(actor('maduro')), 'President Nicolás Maduro');
    assert.strictEqual(firstMentionForm(actor('guaido')), 'Venezuelan opposition leader Juan Guaidó');
    assert.strictEqual(firstMentionForm(actor('apure')), undefined);
  });

  it('knows whether the draft has mentioned an actor before the cursor', () => {
    const petro = library.actorByKey('petro')!;
    const draft = 'Mr. Petro arrived. Later Pet';
    assert.strictEqual(actorsNamedBefore(library, draft, draft.length - 3).has(petro), true);
    assert.strictEqual(actorsNamedBefore(library, draft, 2).has(petro), false);
  });
});
