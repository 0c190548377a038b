// English: every word list and pattern the engine reads English with. The
// tables are built by `buildEnglish`, on the first English article, never at
// import. Word entries are folded (lower case, no accents), as `fold`
// produces them; "_" joins the words of one entry.
import { cue, DateGrammar, DatePattern, dayInYear, Direction, monthInYear, shiftMonth, weekdayNear, ym, ymd, addDays } from '../dateRules';
import { Span } from '../segment';
import { Gazetteer } from './gazetteer';
import { Language } from './index';
import { wordMap, wordSet } from './words';

/** Verbs that report speech or writing; any inflection is looked up by its form. */
const SPEECH_VERBS = `
said say says saying told tell tells added adds continued continues wrote writes tweeted tweets posted
stated states remarked remarks explained explains noted notes argued argues claimed claims insisted insists
declared declares announced announces asked asks replied replies responded responds answered answers
warned warns urged urges stressed stresses emphasized emphasised emphasises emphasizes acknowledged
admitted admits conceded concedes confirmed confirms denied denies recalled recalls observed observes
commented comments suggested suggests predicted predicts promised promises vowed vows pledged pledges
reported reports quipped joked shouted yelled cried exclaimed whispered muttered mused wondered
countered retorted nuanced cautioned contended maintained maintains reiterated reiterates concluded
described describes called calls demanded demands testified testifies alleged alleges accused
spoke speaking characterized characterised characterizes characterises
saying adding noting explaining stating telling writing arguing claiming insisting warning tweeting
`;

const TITLES = `
mr mrs ms miss dr prof professor sir dame lord lady president vice prime minister secretary general gen
colonel col captain capt lt lieutenant sgt sergeant admiral commander chief senator sen rep representative
representatives governor gov mayor judge justice chancellor king queen prince princess pope cardinal bishop
father rev reverend sheikh ambassador defense defence foreign interior finance health deputy coach chairman
chairwoman saint st emir ayatollah premier marshal major officer detective inspector superintendent
congressman congresswoman councillor councilman councilwoman speaker attorney sheriff president-elect
former acting interim state first lady
administrator director associate assistant executive special agent charge commissioner envoy spokesperson
spokesman spokeswoman manager head chair chairperson dean provost principal astronaut lecturer counsel
solicitor high undersecretary under-secretary engineer
`;

const ROLE_NOUNS = `
eyewitness witness official spokesman spokeswoman spokesperson minister president leader chief director
professor lawyer attorney judge coach player striker goalkeeper midfielder defender singer actor actress
author writer novelist poet artist analyst resident doctor driver reporter journalist editor photographer
economist scientist researcher manager chairman ceo founder owner teacher student activist candidate
senator governor mayor ambassador commander general colonel captain officer soldier pilot survivor victim
mother father son daughter wife husband brother sister farmer worker nurse rapper drummer guitarist
businessman businesswoman billionaire politician lawmaker legislator premier chancellor boss manager
co-author coauthor astronaut engineer administrator deputy commissioner historian curator archaeologist
`;

const ORGANIZATION_WORDS = `
ministry department office agency administration authority bureau commission committee council board
party union association federation league club fc team university college school institute academy
hospital clinic church mosque temple company corporation corp inc ltd llc plc group bank fund foundation
trust society organisation organization network news times post herald journal press television tv radio
channel service services police army navy force forces guard court parliament congress senate assembly
house government cabinet embassy consulate airline airlines airways railway railways agency alliance
coalition movement front brigade brigades institute centre center laboratory laboratories studio studios
records media group systems technologies motors reserve exchange nations patrol holdings industries
enterprises partners airways ventures labs foundation brands stores
`;

const PLACE_WORDS = `
city town village county province state region district island islands river lake mountain mountains
valley bay sea ocean gulf coast peninsula desert forest park street avenue road square bridge airport
port harbour harbor station border strait canal beach world springs falls heights hills republic
`;

const THING_WORDS = `
faire fair festival award awards prize cup championship championships games olympics tournament open
war act bill treaty accord agreement law constitution day week month year season series show film movie
album song book novel report interstate highway route flight virus disease syndrome pandemic index
conference summit election elections program programme project plan initiative protocol convention
mission operation storm hurricane typhoon cyclone earthquake mass affairs covid coronavirus
accords agreements treaties acts bills regulations directive telescope spectrometer camera instrument rover
lander orbiter probe satellite spacecraft rocket capsule module system vehicle docket motion petition
indictment complaint verdict exhibit subpoena lawsuit case trial`;

const SENTENCE_WORDS = `
the a an this that these those there here it its it's he she they we i you his her their our my your
in on at by for from to of with without within into onto about after before during since until while
when where why how what which who whom whose if as but and or nor so yet also still even just only
however meanwhile moreover furthermore although though because despite according following including
among amid around between beyond through throughout under over upon against toward towards across
some many most much more few several all each every both either neither no not none any another other
one two three four five six seven eight nine ten first second third last next earlier later today
tonight yesterday tomorrow now then once again instead perhaps maybe indeed thus therefore hence
mr mrs ms dr image photo file video update updated posted published read see source sources related ok yes
monday tuesday wednesday thursday friday saturday sunday
january february march april may june july august september october november december
`;

const ARMED_GROUPS = `guerrillas paramilitaries drug_traffickers traffickers smugglers militants rebels insurgents
gangs cartels jihadists separatists militias poachers pirates`;

/** Group nouns after a demonym; the value clusters synonyms into one group. */
const GROUP_FAMILIES = {
  military: 'military', soldiers: 'military', troops: 'military', forces: 'military', army: 'military',
  'armed forces': 'military', 'security forces': 'military', navy: 'military',
  police: 'police', 'police officers': 'police',
  irregulars: 'irregulars', rebels: 'irregulars', guerrillas: 'irregulars', militants: 'irregulars',
  insurgents: 'irregulars', fighters: 'irregulars', paramilitaries: 'irregulars', militias: 'irregulars',
  protesters: 'protesters', demonstrators: 'protesters', protestors: 'protesters',
  officials: 'officials', authorities: 'officials', diplomats: 'officials',
  opposition: 'opposition', voters: 'voters', citizens: 'citizens', fans: 'fans', players: 'players',
};

/** Short forms of first names: "Tom Zurbuchen" is "Thomas Zurbuchen". */
const SHORT_NAMES = {
  tom: 'thomas', bill: 'william', will: 'william', bob: 'robert', rob: 'robert', bobby: 'robert', jim: 'james', jimmy: 'james',
  mike: 'michael', dave: 'david', joe: 'joseph', dan: 'daniel', danny: 'daniel', chris: 'christopher', nick: 'nicholas',
  alex: 'alexander', liz: 'elizabeth', beth: 'elizabeth', kate: 'katherine', katie: 'katherine', sam: 'samuel', ben: 'benjamin',
  tony: 'anthony', steve: 'steven', ed: 'edward', ted: 'edward', pat: 'patrick', matt: 'matthew', andy: 'andrew',
  jon: 'jonathan', greg: 'gregory', ken: 'kenneth', ron: 'ronald', don: 'donald', larry: 'lawrence', jerry: 'gerald',
  jack: 'john', peggy: 'margaret', meg: 'margaret', sue: 'susan', jen: 'jennifer', jenny: 'jennifer', becky: 'rebecca',
  nate: 'nathan', zach: 'zachary', charlie: 'charles', chuck: 'charles', fred: 'frederick', frank: 'francis', hank: 'henry',
};

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


const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

export function buildEnglish(): Language {
  return {
    code: 'en',
    name: 'English',
    abbreviations: new Set([
      'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'col', 'capt', 'lt', 'sgt', 'sen', 'rep', 'gov', 'rev', 'st', 'jr', 'sr',
      'no', 'vs', 'etc', 'inc', 'ltd', 'co', 'corp', 'dept', 'univ', 'approx', 'est', 'fig', 'jan', 'feb', 'mar', 'apr',
      'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mt', 'ft', 'ave', 'blvd', 'u.s', 'u.k', 'u.n', 'e.g', 'i.e',
    ]),
    quoteMarks: { doubleOpen: '“„«', doubleClose: '”»' },

    speechVerbs: wordSet(SPEECH_VERBS),
    continuationVerbs: wordSet('continued continues added adds went_on concluded'),
    speechObjects: wordSet(`reporters journalists the_press press media lawmakers parliament congress
supporters listeners viewers the_crowd crowd audience us me him her them ap afp reuters wikinews`),
    personPronouns: wordSet('he she'),
    isPastTense: (folded) => folded.length > 4 && folded.endsWith('ed'),
    according: ['according', 'to'],
    placeAsSubject: /^(['’]s government)?\s+(has |have |had |also |then |later |again |on \w+ )?$/,
    describing: wordSet('of from at with'),
    notDescribing: wordSet('in on at to that it this during after before with by for and of but as when while he she they we i'),
    nounMarkers: wordSet('the a an in of his her their its our my your these those such with by and to for'),
    articles: wordSet('the a an'),
    definiteArticle: 'the',
    relativeClause: /^,\s*(who|which|the|a|an|whose)\b/,
    objectBefore: /\b(to|with|by|from|for|at|in|of)\s+(the\s+)?$/i,
    personOfOrganization: /^\s+(of|from|at|with)\s+(?:[\p{Ll}-]+\s+){0,4}$/u,
    namingVerbs: wordSet('described called'),
    namingCue: /\b(called|dubbed|so-called|known as|termed|labell?ed|named|described as|titled|entitled|headlined|the word|the term|the phrase|as)\s*$/i,
    plainSpeech: /^(said|says|say|told|tells|added|adds|wrote|writes|stated|according to)\b/i,

    titles: wordSet(TITLES),
    honorifics: wordSet('mr mrs ms miss dr sir dame lord lady rev reverend saint st former'),
    titleAbbreviation: /^(Mr|Mrs|Ms|Dr|Prof|Gen|Col|Capt|Lt|Sgt|Sen|Rep|Gov|Rev|St|Jr|Sr)$/,
    roleNouns: wordSet(ROLE_NOUNS),
    organizationWords: wordSet(ORGANIZATION_WORDS),
    placeWords: wordSet(PLACE_WORDS),
    thingWords: wordSet(THING_WORDS),
    sentenceWords: wordSet(SENTENCE_WORDS),
    nameConnectors: wordSet('of de del della da do dos das du la le van von der den ter bin ibn al el y the & for on'),
    headConnectors: wordSet('of the & for on'),
    complementConnectors: wordSet('of on for'),
    of: wordSet('of'),
    titleBreakers: wordSet('of in'),
    locatives: wordSet('in at near outside around across throughout'),
    governmentBefore: wordSet('with between against and toward towards by'),
    governmentAfter: /^(and|has|have|had|is|was|will|would|could|should|says|said|wants|accused|announced|insists|denied|rejected|responded|warned|condemned)$/,
    placeBefore: wordSet('to'),
    collectives: wordSet('people peoples children women men workers veterans farmers teachers citizens nations'),
    collectiveHeads: wordSet('republic liberation'),
    contraction: /^\p{L}+['’](m|s|re|ve|d|ll|t)$/u,
    commonWordEnding: /(ing|ly|ed)$/,
    channels: wordSet('twitter facebook instagram youtube tiktok whatsapp telegram linkedin x'),
    titleInside: (previous, connector, next) => connector === 'in' && next === 'charge' && previous === 'agent',
    corporateSuffixes: wordSet('holdings inc ltd llc plc group corporation corp company co ag sa gmbh'),
    initialsSkip: wordSet('of the and for de du la'),
    shortNames: wordMap(SHORT_NAMES),
    leadingArticle: /^the /i,

    groupFamilies: wordMap(GROUP_FAMILIES),
    armedGroups: wordSet(ARMED_GROUPS),
    groupQuantities: wordSet('groups members units dozens hundreds thousands'),
    and: wordSet('and or'),
    andWord: 'and',

    gazetteer: new Gazetteer(COUNTRIES, `${US_STATES} ${OTHER_PLACES}`),
    dates: englishDates(),
    bylineStart: /^(posted|published|updated|by)\b/i,
  };
}

function englishDates(): DateGrammar {
  const MONTH = '(Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?|Sep(?:t(?:ember|\\.)?|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)';
  const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
  const YEAR = '((?:19|20)\\d{2})';
  const WEEKDAY = '(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
  const FORWARD_WORDS = 'by|until|till|before|next|this|from';
  const FORWARD = cue(FORWARD_WORDS);
  const isForward = (word: string | undefined) => word !== undefined && /^(by|until|till|next)$/i.test(word);
  const shiftOf = (word: string) => {
    const lower = word.toLowerCase();
    return lower === 'last' ? -1 : lower === 'next' ? 1 : 0;
  };
  const monthDirection = (word: string): Direction => {
    const lower = word.toLowerCase();
    return lower === 'next' ? 'next' : isForward(lower) ? 'forward' : lower === 'this' ? 'this' : lower === 'last' ? 'last' : 'back';
  };
  const weekdayDirection = (word: string | undefined): Direction =>
    word === 'next' ? 'next' : word === 'by' || word === 'until' || word === 'this' ? 'forward' : word === 'last' ? 'last' : 'back';
  const dayWords: Record<string, number> = { yesterday: -1, 'last night': -1, tomorrow: 1 };

  // Order matters: the first pattern to match at a place wins, so longer forms come first.
  const patterns: DatePattern[] = [
    { regex: /\b(\d{4})-(\d{2})-(\d{2})\b/y, read: (m) => `${m[1]}-${m[2]}-${m[3]}`, relative: false },
    { regex: new RegExp(`${MONTH} ${DAY},? ${YEAR}\\b`, 'y'), read: (m) => ymd(+m[3], monthOf(m[1]), +m[2]), relative: false },
    { regex: new RegExp(`${DAY} ${MONTH},? ${YEAR}\\b`, 'y'), read: (m) => ymd(+m[3], monthOf(m[2]), +m[1]), relative: false },
    { regex: new RegExp(`${MONTH},? ${YEAR}\\b`, 'y'), read: (m) => ym(+m[2], monthOf(m[1])), relative: false },
    { regex: new RegExp(`(?:${FORWARD} )?${MONTH} ${DAY}\\b(?!,? \\d)`, 'y'), read: (m, p) => p && dayInYear(p, monthOf(m[2]), +m[3], isForward(m[1])), relative: true },
    { regex: new RegExp(`(?:${FORWARD} )?${DAY} ${MONTH}\\b(?!,? \\d)`, 'y'), read: (m, p) => p && dayInYear(p, monthOf(m[3]), +m[2], isForward(m[1])), relative: true },
    // The second date of a range or a list: "from 1999 to 2001", "in 2016 and 2018".
    { regex: new RegExp(`(?:to|and|or|through|until) (?:the )?${YEAR}\\b(?![-–]?\\d|s\\b| ?%)`, 'iy'), read: (m) => m[1], relative: false, afterDate: true },
    { regex: new RegExp(`(?:in|since|until|by|during|from|before|after|throughout|of|early|late|mid-?|the year) (?:the )?${YEAR}\\b(?![-–]?\\d|s\\b| ?%| (?:km|kilometres|kilometers|miles|metres|meters|people|votes|tons|tonnes)\\b)`, 'iy'), read: (m) => m[1], relative: false },
    { regex: new RegExp(`(?:${cue(`in|last|since|during|early|late|mid-|${FORWARD_WORDS}`)} )${MONTH}\\b(?! \\d)`, 'y'), read: (m, p) => p && monthInYear(p, monthOf(m[2]), monthDirection(m[1])), relative: true },
    { regex: new RegExp(`(?:${cue('last|next|this|on|by|until|since|early|late')} )?${WEEKDAY}(?:'s|’s)?\\b`, 'y'), read: (m, p) => p && weekdayNear(p, WEEKDAYS.indexOf(m[2].toLowerCase()), weekdayDirection(m[1]?.toLowerCase())), relative: true },
    { regex: /(?:the day before )?(yesterday|today|tonight|tomorrow|last night|this (?:morning|afternoon|evening))\b/iy, read: (m, p) => p && addDays(p, (dayWords[m[1].toLowerCase()] ?? 0) - (/^the day/i.test(m[0]) ? 1 : 0)), relative: true },
    { regex: /(last|this|next) year\b/iy, read: (m, p) => p && String(p.year + shiftOf(m[1])), relative: true },
    { regex: /(last|this|next) month\b/iy, read: (m, p) => p && shiftMonth(p, shiftOf(m[1])), relative: true },
  ];

  // Where a date may begin: a digit, a month or weekday, a day word, or a word
  // that leads a date when the next word could be one ("in 2019", "on Tuesday",
  // "last year"). Everything else is skipped: most "in", "the", "of" lead none.
  const starts = new RegExp(`\\b(?:\\d|${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'].join('|')}|${cue('yesterday|today|tonight|tomorrow').slice(1, -1)}|${cue('in|since|until|till|by|during|from|before|after|throughout|of|early|late|mid|the|last|next|this|on').slice(1, -1)}(?= (?:[0-9A-Z]|(?:year|month|night|morning|afternoon|evening|day)\\b|the ))|(?:to|and|or|through|until) (?=\\d))`, 'g');

  /** "Euro 2020", "Super Tuesday", "Black Friday": a date word right after a capitalised word is part of a name. */
  const isPartOfName = (text: string, span: Span, at: number, match: string): boolean => {
    if (!/^[A-Z0-9]/.test(match) || /^(In|On|By|Since|Until|From|During|Last|Next|This|Early|Late|Before|After|Of|The)\b/.test(match)) return false;
    const before = text.slice(Math.max(span.start, at - 30), at);
    const previous = /(\p{Lu}[\p{L}\p{M}'’-]*) $/u.exec(before);
    if (!previous) return false;
    const sentenceStart = text.slice(span.start, at - previous[0].length).trim() === '';
    return !sentenceStart && !monthOf(previous[1]) && !/^(On|In|By|Since|Until|Last|Next|This|Early|Late|Mid|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?$/.test(previous[1]);
  };

  return {
    patterns,
    starts,
    isPartOfName,
    dateLine: /^(?:(?:published|posted|updated|date)\s*:?\s*)?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? )?(.+?)\.?$/i,
  };
}

/** 1–12 for a month name or its abbreviation of three letters or more ("Sept."); 0 for anything else. */
function monthOf(word: string): number {
  const key = word.toLowerCase().replace('.', '');
  const index = MONTHS.findIndex((month) => month.startsWith(key) && key.length >= 3);
  return index + 1;
}
