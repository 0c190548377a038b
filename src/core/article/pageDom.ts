// The parts of a parsed page that state metadata, read off the DOM before the
// readability pass rewrites it. The DOM is linkedom's: no script runs and
// nothing is fetched, the page is only parsed.

/** A meta tag by its name, property, itemprop or http-equiv (lower case), and its content. */
export interface MetaElement {
  key: string;
  content: string;
}

export interface MetaPage {
  jsonLd: string[];
  metas: MetaElement[];
  title?: string;
  canonical?: string;
  htmlLang?: string;
  /** The first <time datetime> marked as the publication (pubdate, itemprop=datePublished). */
  timeDatetime?: string;
  /** The address a browser notes when it saves a page ("saved from url=…", SingleFile's "url:"). */
  savedFrom?: string;
}

/** The few DOM members read here, so the core needs no DOM typings. */
export interface DomElement {
  tagName: string;
  textContent: string | null;
  getAttribute(name: string): string | null;
}

export interface DomDocument {
  documentElement: DomElement | null;
  querySelectorAll(selector: string): Iterable<DomElement>;
}

export function readMetaPage(document: DomDocument, source: string): MetaPage {
  const page: MetaPage = { jsonLd: [], metas: [] };
  for (const script of document.querySelectorAll('script')) {
    if (/^\s*application\/ld\+json\s*$/i.test(script.getAttribute('type') ?? '')) page.jsonLd.push(script.textContent ?? '');
  }
  for (const meta of document.querySelectorAll('meta')) {
    const content = meta.getAttribute('content');
    if (content === null) continue;
    for (const attribute of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = meta.getAttribute(attribute)?.trim().toLowerCase();
      if (key) page.metas.push({ key, content });
    }
  }
  const title = [...document.querySelectorAll('title')][0]?.textContent ?? undefined;
  if (title) page.title = title;
  for (const link of document.querySelectorAll('link')) {
    if (/(^|\s)canonical(\s|$)/i.test(link.getAttribute('rel') ?? '') && link.getAttribute('href')) {
      page.canonical = link.getAttribute('href')!.trim();
      break;
    }
  }
  const lang = document.documentElement?.getAttribute('lang') ?? document.documentElement?.getAttribute('xml:lang');
  if (lang) page.htmlLang = lang;
  for (const time of document.querySelectorAll('time')) {
    if ((time.getAttribute('pubdate') !== null || /datePublished/i.test(time.getAttribute('itemprop') ?? '')) && time.getAttribute('datetime')) {
      page.timeDatetime = time.getAttribute('datetime')!;
      break;
    }
  }
  const saved = /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i.exec(source.slice(0, 4096)) ?? /<!--[^>]*?Page saved with SingleFile[\s\S]{0,200}?\burl:\s*(\S+)/i.exec(source.slice(0, 4096));
  if (saved) page.savedFrom = saved[1];
  return page;
}
