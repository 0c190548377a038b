// Page furniture removed before Readability looks for the article: boxes it
// can take for part of the body (author bios, share bars, related links,
// captions, cookie banners) and the chrome of wiki pages. A box that holds
// several real paragraphs is kept, so a misleading class never costs the article.

export interface CleanElement {
  getAttribute(name: string): string | null;
  querySelectorAll(selector: string): ArrayLike<{ textContent: string | null }>;
  remove(): void;
}

export interface CleanDocument {
  querySelectorAll(selector: string): ArrayLike<CleanElement>;
}

/** Class or id words of furniture. */
const FURNITURE = /(^|[\s_-])(share|sharing|social|related|newsletter|promo|advert|advertisement|ad-slot|subscribe|byline|dateline|bio|author-bio|breadcrumbs?|cookie|cookies|consent|gdpr|paywall|player|fallback|skip-link|visually-hidden|sr-only|printfooter|noprint|catlinks|navbox|mw-editsection|mw-jump-link)([\s_-]|$)/i;
/** Captions and credits, whatever the class is called (wp-caption-text, thumbcaption, figure__credit). */
const CAPTION = /caption|credit/i;
const CHROME = ['nav', 'aside', 'form', 'button', 'select', 'textarea', 'iframe', 'noscript', 'template', 'figcaption', 'svg', '#siteSub', '#contentSub', '#jump-to-nav', 'table.infobox', '[role=dialog]', '[role=navigation]', '[aria-hidden=true]', '[hidden]'];
/** Elements looked at; past it the rest of a huge page is left to Readability's own cleaning. */
const MAX_CANDIDATES = 5_000;

export function removeFurniture(document: CleanDocument): void {
  for (const element of Array.from(document.querySelectorAll(CHROME.join(','))).slice(0, MAX_CANDIDATES)) element.remove();
  const marked = Array.from(document.querySelectorAll('[class],[id]')).slice(0, MAX_CANDIDATES * 10);
  let removed = 0;
  for (const element of marked) {
    if (removed >= MAX_CANDIDATES) break;
    const marks = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
    if (!FURNITURE.test(marks) && !CAPTION.test(marks)) continue;
    if (holdsProse(element)) continue;
    element.remove();
    removed++;
  }
}

/** Three or more paragraphs of real sentences: an article, not a box. */
function holdsProse(element: CleanElement): boolean {
  const paragraphs = element.querySelectorAll('p');
  let long = 0;
  for (let i = 0; i < paragraphs.length && long < 3; i++) if ((paragraphs[i].textContent ?? '').length > 100) long++;
  return long >= 3;
}
