// Places a news story names without introducing them: countries (with their
// demonyms and capitals, so "Venezuelan" and a metonymic "Caracas" find
// Venezuela), US states and large cities. Other places are found from context.
import { nameKey } from '../fold';
import { keyOf } from './keys';

export interface Country {
  name: string;
  demonyms: string[];
  capital?: string;
  aliases: string[];
}

// name;demonyms;capital;aliases — one country per line.
const COUNTRIES = `Afghanistan;Afghan;Kabul;
Albania;Albanian;Tirana;
Algeria;Algerian;Algiers;
Angola;Angolan;Luanda;
Argentina;Argentine,Argentinian;Buenos Aires;
Armenia;Armenian;Yerevan;
Australia;Australian;Canberra;
Austria;Austrian;Vienna;
Azerbaijan;Azerbaijani,Azeri;Baku;
Bahrain;Bahraini;Manama;
Bangladesh;Bangladeshi;Dhaka;
Belarus;Belarusian;Minsk;
Belgium;Belgian;Brussels;
Bolivia;Bolivian;La Paz;
Bosnia and Herzegovina;Bosnian;Sarajevo;Bosnia
Brazil;Brazilian;Brasília;
Bulgaria;Bulgarian;Sofia;
Burkina Faso;Burkinabe;Ouagadougou;
Cambodia;Cambodian;Phnom Penh;
Cameroon;Cameroonian;Yaoundé;
Canada;Canadian;Ottawa;
Chad;Chadian;N'Djamena;
Chile;Chilean;Santiago;
China;Chinese;Beijing;People's Republic of China,PRC
Colombia;Colombian;Bogotá;
Congo;Congolese;Kinshasa;Democratic Republic of the Congo,DRC
Costa Rica;Costa Rican;San José;
Croatia;Croatian;Zagreb;
Cuba;Cuban;Havana;
Cyprus;Cypriot;Nicosia;
Czech Republic;Czech;Prague;Czechia
Denmark;Danish,Dane;Copenhagen;
Dominican Republic;Dominican;Santo Domingo;
Ecuador;Ecuadorian;Quito;
Egypt;Egyptian;Cairo;
El Salvador;Salvadoran;San Salvador;
Eritrea;Eritrean;Asmara;
Estonia;Estonian;Tallinn;
Ethiopia;Ethiopian;Addis Ababa;
Fiji;Fijian;Suva;
Finland;Finnish,Finn;Helsinki;
France;French;Paris;
Georgia;Georgian;Tbilisi;
Germany;German;Berlin;
Ghana;Ghanaian;Accra;
Greece;Greek;Athens;
Guatemala;Guatemalan;Guatemala City;
Haiti;Haitian;Port-au-Prince;
Honduras;Honduran;Tegucigalpa;
Hungary;Hungarian;Budapest;
Iceland;Icelandic;Reykjavík;
India;Indian;New Delhi;
Indonesia;Indonesian;Jakarta;
Iran;Iranian;Tehran;
Iraq;Iraqi;Baghdad;
Ireland;Irish;Dublin;
Israel;Israeli;Jerusalem;
Italy;Italian;Rome;
Ivory Coast;Ivorian;Yamoussoukro;Côte d'Ivoire
Jamaica;Jamaican;Kingston;
Japan;Japanese;Tokyo;
Jordan;Jordanian;Amman;
Kazakhstan;Kazakh;Astana;
Kenya;Kenyan;Nairobi;
Kosovo;Kosovar;Pristina;
Kuwait;Kuwaiti;Kuwait City;
Kyrgyzstan;Kyrgyz;Bishkek;
Laos;Lao,Laotian;Vientiane;
Latvia;Latvian;Riga;
Lebanon;Lebanese;Beirut;
Liberia;Liberian;Monrovia;
Libya;Libyan;Tripoli;
Lithuania;Lithuanian;Vilnius;
Luxembourg;Luxembourgish;;
Madagascar;Malagasy;Antananarivo;
Malawi;Malawian;Lilongwe;
Malaysia;Malaysian;Kuala Lumpur;
Mali;Malian;Bamako;
Malta;Maltese;Valletta;
Mexico;Mexican;Mexico City;
Moldova;Moldovan;Chișinău;
Mongolia;Mongolian;Ulaanbaatar;
Montenegro;Montenegrin;Podgorica;
Morocco;Moroccan;Rabat;
Mozambique;Mozambican;Maputo;
Myanmar;Burmese;Naypyidaw;Burma
Namibia;Namibian;Windhoek;
Nepal;Nepali,Nepalese;Kathmandu;
Netherlands;Dutch;Amsterdam;Holland
New Zealand;New Zealander;Wellington;
Nicaragua;Nicaraguan;Managua;
Niger;Nigerien;Niamey;
Nigeria;Nigerian;Abuja;
North Korea;North Korean;Pyongyang;
North Macedonia;Macedonian;Skopje;Macedonia
Norway;Norwegian;Oslo;
Oman;Omani;Muscat;
Pakistan;Pakistani;Islamabad;
Palestine;Palestinian;Ramallah;
Panama;Panamanian;Panama City;
Papua New Guinea;Papua New Guinean;Port Moresby;
Paraguay;Paraguayan;Asunción;
Peru;Peruvian;Lima;
Philippines;Filipino,Philippine;Manila;
Poland;Polish,Pole;Warsaw;
Portugal;Portuguese;Lisbon;
Qatar;Qatari;Doha;
Romania;Romanian;Bucharest;
Russia;Russian;Moscow;Russian Federation
Rwanda;Rwandan;Kigali;
Saudi Arabia;Saudi,Saudi Arabian;Riyadh;
Senegal;Senegalese;Dakar;
Serbia;Serbian,Serb;Belgrade;
Sierra Leone;Sierra Leonean;Freetown;
Singapore;Singaporean;;
Slovakia;Slovak;Bratislava;
Slovenia;Slovenian,Slovene;Ljubljana;
Somalia;Somali;Mogadishu;
South Africa;South African;Pretoria;
South Korea;South Korean;Seoul;Korea
South Sudan;South Sudanese;Juba;
Spain;Spanish,Spaniard;Madrid;
Sri Lanka;Sri Lankan;Colombo;
Sudan;Sudanese;Khartoum;
Sweden;Swedish,Swede;Stockholm;
Switzerland;Swiss;Bern;
Syria;Syrian;Damascus;
Taiwan;Taiwanese;Taipei;
Tajikistan;Tajik;Dushanbe;
Tanzania;Tanzanian;Dodoma;
Thailand;Thai;Bangkok;
Tunisia;Tunisian;Tunis;
Turkey;Turkish,Turk;Ankara;Türkiye
Turkmenistan;Turkmen;Ashgabat;
Uganda;Ugandan;Kampala;
Ukraine;Ukrainian;Kyiv;Kiev
United Arab Emirates;Emirati;Abu Dhabi;UAE
United Kingdom;British,Briton;London;UK,U.K.,Britain,Great Britain
United States;American;Washington;US,U.S.,USA,U.S.A.,United States of America,America
Uruguay;Uruguayan;Montevideo;
Uzbekistan;Uzbek;Tashkent;
Venezuela;Venezuelan;Caracas;
Vietnam;Vietnamese;Hanoi;Viet Nam
Yemen;Yemeni;Sanaa;
Zambia;Zambian;Lusaka;
Zimbabwe;Zimbabwean;Harare;
England;English;;
Scotland;Scottish,Scot;Edinburgh;
Wales;Welsh;Cardiff;
Northern Ireland;Northern Irish;Belfast;`;

const US_STATES = `Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho Illinois
Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri Montana
Nebraska Nevada New_Hampshire New_Jersey New_Mexico New_York North_Carolina North_Dakota Ohio Oklahoma Oregon
Pennsylvania Rhode_Island South_Carolina South_Dakota Tennessee Texas Utah Vermont Virginia Washington West_Virginia
Wisconsin Wyoming Puerto_Rico`;

// Regions, provinces and cities that stories name bare, without "in".
const OTHER_PLACES = `Europe Africa Asia Antarctica Arctic Middle_East Latin_America South_America North_America Caribbean
Gaza West_Bank Crimea Kashmir Tibet Hong_Kong Macau Catalonia Quebec Ontario Alberta British_Columbia Bavaria Sicily
Siberia Chechnya Darfur Kurdistan Donbas Balkans Scandinavia Sahel Amazon Pacific Atlantic Mediterranean
New_York_City Los_Angeles Chicago Houston San_Francisco Seattle Boston Miami Atlanta Dallas Detroit Philadelphia Phoenix
Las_Vegas Denver Gainesville Orlando Toronto Montreal Vancouver Sydney Melbourne Brisbane Perth Auckland Mumbai Kolkata
Chennai Bangalore Karachi Lahore Shanghai Guangzhou Shenzhen Wuhan Osaka Istanbul Dubai St_Petersburg Barcelona Milan
Naples Munich Hamburg Frankfurt Marseille Lyon Manchester Liverpool Birmingham Glasgow Geneva Zurich Rotterdam Antwerp
Krakow Gdańsk Kharkiv Odesa Odessa Aleppo Mosul Benghazi Alexandria Lagos Johannesburg Cape_Town Rio_de_Janeiro São_Paulo
Medellín Cali Guadalajara Monterrey Tijuana Havana Jerusalem Tel_Aviv Mecca Kandahar Dhaka`;

export type PlaceSense = { kind: 'country'; country: Country } | { kind: 'capital'; country: Country } | { kind: 'place' };

const placesByKey = new Map<string, PlaceSense>();
const countriesByDemonym = new Map<string, Country>();

for (const line of COUNTRIES.split('\n')) {
  const [name, demonyms, capital, aliases] = line.split(';');
  const country: Country = { name, demonyms: demonyms.split(','), capital: capital || undefined, aliases: aliases ? aliases.split(',') : [] };
  for (const form of [name, ...country.aliases]) placesByKey.set(nameKey(form), { kind: 'country', country });
  for (const demonym of country.demonyms) countriesByDemonym.set(nameKey(demonym), country);
  if (country.capital && !placesByKey.has(nameKey(country.capital))) placesByKey.set(nameKey(country.capital), { kind: 'capital', country });
}
for (const name of `${US_STATES} ${OTHER_PLACES}`.split(/\s+/)) {
  const key = nameKey(name.replace(/_/g, ' '));
  if (!placesByKey.has(key)) placesByKey.set(key, { kind: 'place' });
}

/** What a capitalised name means as a place, if it is a known one. */
export function lookUpPlace(name: string): PlaceSense | undefined {
  return placesByKey.get(keyOf(name));
}

/** The country a demonym ("Venezuelan", "Colombians") belongs to; `word` is folded, as tokens carry it. */
export function countryOfDemonym(word: string): Country | undefined {
  return countriesByDemonym.get(word) ?? (word.endsWith('s') ? countriesByDemonym.get(word.slice(0, -1)) : undefined);
}
