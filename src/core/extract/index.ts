// Building a dossier from any article: the public face of the engine.
export { extractDossier, extractSteps } from './engine';
export type { ExtractOptions, ExtractProgress, Extraction } from './engine';
export type { ExtractedQuote } from './quotes';
export { findPublicationDate } from './dateMentions';
