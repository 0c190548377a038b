// Word lists the engine reads text with. All entries are folded (lower case,
// no accents), as `fold` produces them.

function set(words: string): ReadonlySet<string> {
  return new Set(words.trim().split(/\s+/).map((w) => w.replace(/_/g, ' ')));
}

/** Verbs that report speech or writing; any inflection is looked up by its stem form below. */
export const SPEECH_VERBS = set(`
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
`);

/** Speech verbs that imply the speaker of the quote just before ("he continued"). */
export const CONTINUATION_VERBS = set('continued continues added adds went_on concluded');

/** Words that may stand between a speech verb and its quote or speaker. */
export const SPEECH_OBJECTS = set(`reporters journalists the_press press media lawmakers parliament congress
supporters listeners viewers the_crowd crowd audience us me him her them ap afp reuters wikinews`);

export const PRONOUNS_PERSON = set('he she');

/** Titles before a name: they mark a person and become the role. */
export const TITLES = set(`
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
`);

/** Titles that are ranks or honorifics, not roles worth keeping as an alias. */
export const HONORIFICS = set('mr mrs ms miss dr sir dame lord lady rev reverend saint st former');

/** Lower-case role nouns directly before a name ("eyewitness Vinnie DeVita"). */
export const ROLE_NOUNS = set(`
eyewitness witness official spokesman spokeswoman spokesperson minister president leader chief director
professor lawyer attorney judge coach player striker goalkeeper midfielder defender singer actor actress
author writer novelist poet artist analyst resident doctor driver reporter journalist editor photographer
economist scientist researcher manager chairman ceo founder owner teacher student activist candidate
senator governor mayor ambassador commander general colonel captain officer soldier pilot survivor victim
mother father son daughter wife husband brother sister farmer worker nurse rapper drummer guitarist
businessman businesswoman billionaire politician lawmaker legislator premier chancellor boss manager
co-author coauthor astronaut engineer administrator deputy commissioner historian curator archaeologist
`);

/** Head words that make a capitalised name an organisation. */
export const ORGANIZATION_WORDS = set(`
ministry department office agency administration authority bureau commission committee council board
party union association federation league club fc team university college school institute academy
hospital clinic church mosque temple company corporation corp inc ltd llc plc group bank fund foundation
trust society organisation organization network news times post herald journal press television tv radio
channel service services police army navy force forces guard court parliament congress senate assembly
house government cabinet embassy consulate airline airlines airways railway railways agency alliance
coalition movement front brigade brigades institute centre center laboratory laboratories studio studios
records media group systems technologies motors reserve exchange nations patrol holdings industries
enterprises partners airways ventures labs foundation brands stores
`);

/** Head words that make a capitalised name a place. */
export const PLACE_WORDS = set(`
city town village county province state region district island islands river lake mountain mountains
valley bay sea ocean gulf coast peninsula desert forest park street avenue road square bridge airport
port harbour harbor station border strait canal beach world springs falls heights hills republic
`);

/** Head words of names that are neither actors nor places: events, laws, works, things. */
export const THING_WORDS = set(`
faire fair festival award awards prize cup championship championships games olympics tournament open
war act bill treaty accord agreement law constitution day week month year season series show film movie
album song book novel report interstate highway route flight virus disease syndrome pandemic index
conference summit election elections program programme project plan initiative protocol convention
mission operation storm hurricane typhoon cyclone earthquake mass affairs covid coronavirus
accords agreements treaties acts bills regulations directive telescope spectrometer camera instrument rover
lander orbiter probe satellite spacecraft rocket capsule module system vehicle docket motion petition
indictment complaint verdict exhibit subpoena lawsuit case trial`);

/** Capitalised words that begin sentences but are not names. */
export const SENTENCE_WORDS = set(`
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
`);

/** Lower-case connectors that may sit inside a name ("Ministry of Defense", "Luiz Inácio da Silva"). */
export const NAME_CONNECTORS = set('of de del della da do dos das du la le van von der den ter bin ibn al el y the & for on');

/** Group nouns after a demonym ("Venezuelan soldiers"); the value clusters synonyms into one group. */
export const GROUP_FAMILIES: ReadonlyMap<string, string> = new Map(
  Object.entries({
    military: 'military', soldiers: 'military', troops: 'military', forces: 'military', army: 'military',
    'armed forces': 'military', 'security forces': 'military', navy: 'military',
    police: 'police', 'police officers': 'police',
    irregulars: 'irregulars', rebels: 'irregulars', guerrillas: 'irregulars', militants: 'irregulars',
    insurgents: 'irregulars', fighters: 'irregulars', paramilitaries: 'irregulars', militias: 'irregulars',
    protesters: 'protesters', demonstrators: 'protesters', protestors: 'protesters',
    officials: 'officials', authorities: 'officials', diplomats: 'officials',
    opposition: 'opposition', voters: 'voters', citizens: 'citizens', fans: 'fans', players: 'players',
  }),
);

/** Groups named without a nationality that stories treat as actors. */
export const ARMED_GROUPS = set(`guerrillas paramilitaries drug_traffickers traffickers smugglers militants rebels insurgents
gangs cartels jihadists separatists militias poachers pirates`);

export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
