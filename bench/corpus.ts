// Inputs shared by the benchmarks: the corpus text and a generated cast of actors.
import * as fs from 'fs';
import * as path from 'path';

export interface CorpusArticle {
  url: string;
  date: string;
  title: string;
  text: string;
}

const ROOT = path.resolve(__dirname, '..', '..');

export function loadCorpus(): CorpusArticle[] {
  const file = path.join(ROOT, 'corpus', 'wikinews-2019-2020.jsonl');
  return fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as CorpusArticle);
}

export function repoPath(...parts: string[]): string {
  return path.join(ROOT, ...parts);
}

/** A deterministic pseudo-random generator (mulberry32), so every run sees the same cast. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ['ma', 'ro', 'lu', 'ki', 'sa', 'na', 'te', 'vo', 'pe', 'dri', 'ga', 'lo', 'mé', 'zá', 'qui', 'ber', 'tan', 'wen', 'ho', 'ñi', 'ł', 'sk', 'ar', 'el', 'in', 'os', 'us'];

function generatedWord(random: () => number, syllables: number): string {
  let word = '';
  for (let i = 0; i < syllables; i++) word += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
  return word[0].toUpperCase() + word.slice(1);
}

export interface GeneratedActor {
  id: string;
  name: string;
  aliases: string[];
}

/**
 * `count` people, each with a full name and three more aliases (surname,
 * titled surname, unaccented full name): 4 × count forms in all.
 */
export function generateActors(count: number, seed = 7): GeneratedActor[] {
  const random = seededRandom(seed);
  const actors: GeneratedActor[] = [];
  for (let i = 0; i < count; i++) {
    const first = generatedWord(random, 2);
    const last = generatedWord(random, 2 + Math.floor(random() * 2));
    const name = `${first} ${last}`;
    actors.push({ id: `actor-${i}`, name, aliases: [last, `Mr. ${last}`, `${first[0]}. ${last}`] });
  }
  return actors;
}

/** A date of 2000–2024: a year alone one time in five, a month one in five, else a day. */
export function randomPartialDate(random: () => number): string {
  const year = String(2000 + Math.floor(random() * 25));
  const precision = random();
  if (precision < 0.2) return year;
  const month = `${year}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}`;
  return precision < 0.4 ? month : `${month}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;
}
