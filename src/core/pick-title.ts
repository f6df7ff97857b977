import { normalizeText, titleWords } from './normalize-text.ts';
import { resolveUrl } from './resolve-urls.ts';

/**
 * The article's title, from what the page offers: a title it declares (JSON-LD headline, Open Graph), its `<h1>`s,
 * its `<title>` and Readability's cleaned `<title>`. Readers keep titles in a library, so the title is the
 * headline, without the site's name: "Quickstart", not "Quickstart — Flask Documentation (3.1.x)".
 */
export interface TitleSources {
  /** The title the page declares in structured data ('' when none is its own; see read-metadata). */
  declared: string;
  /** Readability's title ('' when Readability did not read the page). */
  readability: string;
  /** The document's `<title>`. */
  pageTitle: string;
  /** The page's candidate headlines (see `readHeadlines`). */
  headlines: string[];
  siteName: string;
  url: string;
}

export function pickTitle({ declared, readability, pageTitle, headlines, siteName, url }: TitleSources): string {
  const candidates = Array.from(new Set(headlines)).filter((h1) => h1 && !sameWords(h1, siteName));
  if (declared) {
    // "Headline | Site" declared beside an <h1> "Headline": the heading is the title without the site.
    return candidates.find((h1) => startsWithWords(declared, h1, true)) ?? cleanTitle(declared, siteName, url);
  }
  // The one <h1> that `<title>` starts with is the headline, however short ("Camp Stoves | REI Co-op").
  const inTitle = candidates.filter((h1) => startsWithWords(pageTitle, h1, false));
  if (inTitle.length === 1) return inTitle[0]!;
  // A page's single headline, when it says more than a name (a `<title>` is often a shortened or SEO variant) and
  // shares a word with `<title>`: a single <h1> that shares none is a section's or the site's ("Allergies Health
  // Center" over "Babies Who Eat Peanuts Early May Avoid Allergy"). Unless `<title>` is only the site's own
  // ("Reddit - The heart of the internet" on every thread of a saved single-page app).
  const [single] = candidates;
  const trusted = !pageTitle || namesSiteFirst(pageTitle, siteName, url) || sharesWord(single ?? '', pageTitle);
  if (candidates.length === 1 && single!.split(/\s+/).length >= 3 && trusted) return single!;
  return readability || cleanTitle(pageTitle, siteName, url);
}

/** A declared or `<title>` title without the site's name or tagline after it. */
export function cleanTitle(title: string, siteName: string, url: string): string {
  return withoutTagline(withoutSitePrefix(withoutSiteName(title, siteName, url), siteName, url));
}

/**
 * A page's title less the site's name in front of it ("Leadfeeder | State of SEO in 2026"), below the home page:
 * there "Brand - what it does" is the page's own title.
 */
function withoutSitePrefix(title: string, siteName: string, url: string): string {
  if (isHomePage(url) || !namesSiteFirst(title, siteName, url)) return title;
  const [cut] = Array.from(title.matchAll(SEPARATOR));
  if (!cut) return title;
  const rest = normalizeText(title.slice(cut.index + cut[0].length));
  return titleWords(rest).length >= 2 ? rest : title;
}

/** Whether `url` is its site's home page (`/`, `/index.html`); an address that does not parse counts as one. */
function isHomePage(url: string): boolean {
  try {
    return new URL(url).pathname.replace(/\/(index\.\w+)?$/, '') === '';
  } catch {
    return true;
  }
}

/**
 * The text of the page's `<h1>`s that may be its headline: not a logo (an `<h1>` that is only a link to the site's
 * home page), and without the permalink sign documentation generators append ("Quickstart¶").
 */
export function readHeadlines(doc: Document, baseUrl: string): string[] {
  const found: string[] = [];
  for (const h1 of doc.querySelectorAll('h1')) {
    const text = normalizeText(h1.textContent).replace(/\s*[¶#§🔗]+$/u, '');
    if (!text || isHomeLink(h1, text, baseUrl)) continue;
    found.push(text);
  }
  return found;
}

function isHomeLink(h1: Element, text: string, baseUrl: string): boolean {
  const link = h1.querySelector('a');
  const href = link?.getAttribute('href');
  if (!link || href == null || normalizeText(link.textContent) !== text) return false;
  const resolved = resolveUrl(href, baseUrl);
  return !!resolved && isHomePage(resolved);
}

/**
 * What sits between a title and the site's name: a bar, dash, slash, guillemet, bullet or colon with spaces around
 * it ("Camp Stoves | REI Co-op", "Video Games : Target", "Auth — Supabase Docs").
 */
const SEPARATOR = /(?<!\d)\s+(?:[|\-–—\\/>»·•~:]|::)\s+|\s+(?:[|\-–—\\/>»·•~:]|::)\s+(?!\d)/gu;
/** Parts of a host name that do not name the site. */
const HOST_NOISE = new Set(['www', 'com', 'org', 'net', 'edu', 'gov', 'co', 'uk', 'io', 'de', 'fr', 'au', 'ca', 'app', 'blog']);
/** Words a title adds to the site's name that are not part of it: "Aura Official Site", "Ruggable US". */
const SITE_NOISE = new Set(['official', 'site', 'website', 'us', 'usa', 'online', 'store', 'shop']);

/**
 * A title less the site's name after it: the trailing parts, after a separator, that are the site's declared name
 * or its host name ("Office Organizers - The Container Store" on og:site_name "The Container Store"; "Shop | JOCO
 * Cups" on jococups.com). A brand in front is kept: a home page is often titled "Brand - what it does".
 */
export function withoutSiteName(title: string, siteName: string, url: string): string {
  const hostWords = new Set(hostNameWords(url));
  const site = titleWords(siteName).join('');
  const isSite = (part: string): boolean => {
    const words = titleWords(part);
    const joined = words.join('');
    // Written as a host ("Newegg.com", "bcbs.com") or with its country or "Official Site" ("Ruggable US").
    const named = words.filter((word) => !HOST_NOISE.has(word) && !SITE_NOISE.has(word)).join('');
    return joined === '' || joined === site || hostWords.has(joined) || (named !== '' && hostWords.has(named));
  };
  let end = title.length;
  const cuts = Array.from(title.matchAll(SEPARATOR)).reverse();
  for (const cut of cuts) {
    if (!isSite(title.slice(cut.index + cut[0].length, end))) break;
    end = cut.index;
  }
  return normalizeText(title.slice(0, end)) || title;
}

/** Whether a title begins with the site's name: "Reddit - The heart of the internet". */
function namesSiteFirst(title: string, siteName: string, url: string): boolean {
  const [first] = title.split(SEPARATOR);
  const joined = titleWords(first ?? '').join('');
  return joined !== '' && (joined === titleWords(siteName).join('') || hostNameWords(url).includes(joined));
}

function hostNameWords(url: string): string[] {
  try {
    const labels = new URL(url).hostname.toLowerCase().split('.').filter((label) => !HOST_NOISE.has(label));
    return [...labels, labels.join('')];
  } catch {
    return [];
  }
}

/** Whether two texts have a word of four letters or more in common ("and", "the" do not count). */
function sharesWord(text: string, other: string): boolean {
  const theirs = new Set(titleWords(other));
  return titleWords(text).some((word) => word.length >= 4 && theirs.has(word));
}

function sameWords(a: string, b: string): boolean {
  return titleWords(a).join(' ') === titleWords(b).join(' ');
}

/** Whether `text`'s words begin with all of `start`'s (and, with `proper`, go on after them). */
function startsWithWords(text: string, start: string, proper: boolean): boolean {
  const [whole, head] = [titleWords(text), titleWords(start)];
  if (head.length === 0 || head.length > whole.length || (proper && head.length === whole.length)) return false;
  return head.every((word, i) => whole[i] === word);
}

/**
 * Readability's rule for a `<title>`, applied to any title: with one separator, a short part (four words or fewer)
 * after a longer one (five or more) is the site's name or tagline ("What do people love about Rust? - Rust Blog",
 * "Lorem ipsum dolor sit amet – My website"). Words are counted at spaces, as Readability counts them.
 */
function withoutTagline(title: string): string {
  const cuts = Array.from(title.matchAll(SEPARATOR));
  if (cuts.length !== 1) return title;
  const [cut] = cuts;
  const [before, after] = [title.slice(0, cut!.index), title.slice(cut!.index + cut![0].length)];
  const spaced = (text: string) => text.split(/\s+/).filter(Boolean).length;
  return spaced(before) >= 5 && spaced(after) <= 4 ? before.trim() : title;
}
