// The small part of citeproc-js (CommonJS, no bundled types) that Sourcebook uses.
declare module 'citeproc' {
  namespace CSL {
    interface Sys {
      retrieveLocale(lang: string): string;
      retrieveItem(id: string): unknown;
    }
    interface Engine {
      setOutputFormat(format: string): void;
      updateItems(ids: string[]): void;
      makeBibliography(): [unknown, string[]] | false;
      opt: { development_extensions: { wrap_url_and_doi: boolean } };
      makeCitationCluster(cites: Array<{ id: string; locator?: string; label?: string }>): string;
    }
    const Engine: new (sys: Sys, style: string, lang?: string, forceLang?: boolean) => Engine;
    const Output: { Formats: Record<string, Record<string, unknown>> };
  }
  export = CSL;
}
