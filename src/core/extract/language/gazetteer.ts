// Places a news story names without introducing them: countries (with their
// demonyms and capitals, so "Venezuelan" and a metonymic "Caracas" find
// Venezuela), regions and large cities, as a language writes them; the lists
// are in each language module. Other places are found from context.
import { nameKey } from '../../fold';
import { keyOf } from '../keys';

export interface Country {
  name: string;
  demonyms: string[];
  capital?: string;
  aliases: string[];
}

export type PlaceSense = { kind: 'country'; country: Country } | { kind: 'capital'; country: Country } | { kind: 'place' };

export class Gazetteer {
  private readonly placesByKey = new Map<string, PlaceSense>();
  private readonly countriesByDemonym = new Map<string, Country>();

  /**
   * `countries`: one a line, "name;demonyms;capital;aliases" (lists comma-separated);
   * `places`: names separated by blanks, words of one name joined by "_".
   */
  constructor(countries: string, places: string) {
    for (const line of countries.split('\n')) {
      const [name, demonyms, capital, aliases] = line.split(';');
      const country: Country = { name, demonyms: demonyms.split(','), capital: capital || undefined, aliases: aliases ? aliases.split(',') : [] };
      for (const form of [name, ...country.aliases]) this.placesByKey.set(nameKey(form), { kind: 'country', country });
      for (const demonym of country.demonyms) this.countriesByDemonym.set(nameKey(demonym), country);
      if (country.capital && !this.placesByKey.has(nameKey(country.capital))) this.placesByKey.set(nameKey(country.capital), { kind: 'capital', country });
    }
    for (const name of places.trim().split(/\s+/)) {
      const key = nameKey(name.replace(/_/g, ' '));
      if (!this.placesByKey.has(key)) this.placesByKey.set(key, { kind: 'place' });
    }
  }

  /** What a capitalised name means as a place, if it is a known one. */
  lookUpPlace(name: string): PlaceSense | undefined {
    return this.placesByKey.get(keyOf(name));
  }

  /** The country a demonym ("Venezuelan", "Colombians") belongs to; `word` is folded, as tokens carry it. */
  countryOfDemonym(word: string): Country | undefined {
    return this.countriesByDemonym.get(word) ?? (word.endsWith('s') ? this.countriesByDemonym.get(word.slice(0, -1)) : undefined);
  }
}
