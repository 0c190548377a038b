// The attribution clause of an inserted quote, from how the dossier says the
// quote was attributed ("said", "told reporters", "said, according to the
// Ministry's Twitter account", "he continued").

export interface Attribution {
  /** "said", "continued", "told reporters". */
  verb: string;
  /** "Gustavo Petro told reporters": a verb with an object cannot be inverted ("told reporters Gustavo Petro"). */
  speakerFirst: boolean;
}

// Verbs a writer uses to attribute speech. A word outside this list — a
// translation's "nuanced", a typo — becomes the neutral "said".
const SPEECH_VERBS = new Set([
  'said', 'says', 'added', 'adds', 'continued', 'told', 'stated', 'explained', 'asked', 'replied', 'answered',
  'noted', 'warned', 'insisted', 'argued', 'claimed', 'declared', 'announced', 'wrote', 'tweeted', 'posted',
  'stressed', 'cautioned', 'acknowledged', 'admitted', 'recalled', 'concluded', 'responded', 'remarked',
  'observed', 'emphasized', 'emphasised', 'suggested', 'confirmed', 'denied', 'promised', 'predicted', 'urged',
  'insists', 'testified', 'shouted', 'whispered', 'joked', 'conceded', 'countered', 'agreed',
]);

const PRONOUNS = /^(he|she|they|it|we|i|you)\s+/i;

export function attributionFor(attribution: string | undefined): Attribution {
  // What follows a comma is the channel ("according to …"), not the verb.
  const clause = (attribution ?? '').split(',')[0].trim().replace(PRONOUNS, '');
  const words = clause.split(/\s+/).filter(Boolean);
  if (words.length === 0 || !SPEECH_VERBS.has(words[0].toLowerCase())) return { verb: 'said', speakerFirst: false };
  return { verb: words.join(' '), speakerFirst: words.length > 1 };
}
