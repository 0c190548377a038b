// Review corrections as minimal text edits of a dossier (see reviewEdits.ts).
export * from './reviewEdits';
export { applyEdits, TextEdit } from './yamlSource';
