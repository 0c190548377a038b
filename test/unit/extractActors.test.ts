// Actors: typed, their aliases clustered, named as the text spells them best.
import * as assert from 'assert';
import { extractDossier } from '../../src/core/extract';
import { Actor } from '../../src/core/model';

function actorsOf(text: string): Actor[] {
  return extractDossier(text, { published: '2022-08-09' }).dossier.actors;
}

function find(actors: Actor[], name: string): Actor {
  const actor = actors.find((a) => a.name === name);
  assert.ok(actor, `no actor named ${name} in ${actors.map((a) => a.name).join(', ')}`);
  return actor;
}

describe('extract: actors', () => {
  it('clusters a full name, a titled surname and a bare surname into one person', () => {
    const actors = actorsOf('Gustavo Petro won the vote. Mr Petro told reporters he was ready. Later Mr. Petro left, and Petro did not return.');
    const petro = find(actors, 'Gustavo Petro');
    assert.strictEqual(petro.kind, 'person');
    for (const alias of ['Mr Petro', 'Mr. Petro', 'Petro']) assert.ok(petro.aliases.includes(alias), alias);
    assert.strictEqual(actors.filter((a) => a.kind === 'person').length, 1);
  });

  it('treats accented and unaccented spellings as one actor, named with the accents', () => {
    const actors = actorsOf('Nicolas Maduro spoke on Monday. Nicolás Maduro then left for the border.');
    const maduro = find(actors, 'Nicolás Maduro');
    assert.ok(maduro.aliases.includes('Nicolas Maduro'));
    assert.strictEqual(actors.filter((a) => a.kind === 'person').length, 1);
  });

  it('keeps the title as the role and finds the person behind a role phrase', () => {
    const actors = actorsOf('Caracas restored relations, the Venezuelan Defense Minister announced. "We start now," Defense Minister General Vladimir Padrino Lopez said.');
    const padrino = find(actors, 'Vladimir Padrino Lopez');
    assert.strictEqual(padrino.role, 'Defense Minister General');
    assert.ok(padrino.aliases.includes('Venezuelan Defense Minister'));
  });

  it('types organisations, places and groups', () => {
    const actors = actorsOf('The Colombian Ministry of Defense said fighting in Apure left 16 Venezuelan soldiers dead. The Venezuelan military blamed guerrillas, paramilitaries and drug traffickers.');
    assert.strictEqual(find(actors, 'Colombian Ministry of Defense').kind, 'organization');
    assert.strictEqual(find(actors, 'Apure').kind, 'place');
    const military = find(actors, 'Venezuelan soldiers');
    assert.strictEqual(military.kind, 'group');
    assert.ok(military.aliases.includes('Venezuelan military'), 'soldiers and military of one country are one group');
    const armed = find(actors, 'guerrillas, paramilitaries and drug traffickers');
    assert.deepStrictEqual(armed.aliases, ['guerrillas', 'paramilitaries', 'drug traffickers']);
  });

  it('reads a capital acting as its government as the country, and a dateline as the city', () => {
    const actors = actorsOf('(Caracas) Caracas has restored relations with Bogota. Caracas and Bogota accused each other of neglect.');
    assert.deepStrictEqual(find(actors, 'Venezuela').aliases, ['Caracas']);
    assert.deepStrictEqual(find(actors, 'Colombia').aliases, ['Bogota']);
    assert.strictEqual(find(actors, 'Caracas').kind, 'place');
  });

  it('does not take words that only start a sentence for names', () => {
    const actors = actorsOf('Following the vote, officials met. Posted at 11:25 p.m. Emergency workers said the road was closed. In March the road reopened.');
    assert.deepStrictEqual(actors.map((a) => a.name), []);
  });

  it('joins an acronym to the organisation it abbreviates', () => {
    const actors = actorsOf('The World Health Organization (WHO) declared a pandemic. The WHO said it was concerned.');
    assert.ok(find(actors, 'World Health Organization').aliases.includes('WHO'));
    assert.strictEqual(actors.length, 1);
  });

  it('splits surnames shared by two people no further than the text allows', () => {
    const actors = actorsOf('Joe Biden met reporters. His son, Hunter Biden, stayed home. Biden later spoke.');
    assert.ok(find(actors, 'Joe Biden').aliases.includes('Biden'));
    assert.ok(!find(actors, 'Hunter Biden').aliases.includes('Biden'));
  });
});
