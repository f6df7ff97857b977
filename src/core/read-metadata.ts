import { findArticleNode, jsonLdTypes, readJsonLd, type JsonLdNode } from './json-ld.ts';
import { readMetaTags, type MetaTags } from './meta-tags.ts';
import { findHeadline } from './near-headline.ts';
import { normalizeText, plainText, titleWords } from './normalize-text.ts';
import { resolveUrl } from './resolve-urls.ts';
import type { PageMetadata } from './types.ts';

/**
 * Reads what a page says about its article (JSON-LD, Open Graph, `article:*` meta, microdata, WordPress category
 * links, `<time>`). Readability finds some of these too; `extractArticle` merges the two, preferring what the page
 * declares in structured data because it is not guessed from layout.
 */
export function readMetadata(doc: Document, baseUrl = doc.baseURI): PageMetadata {
  const nodes = readJsonLd(doc);
  const ld = findArticleNode(nodes) ?? {};
  const tags = readMetaTags(doc);
  const meta = (name: string): string => plainText(tags.get(name));

  return {
    // Only declared titles: `<title>` usually carries the site's name, which Readability knows how to strip.
    title: declaredTitle(doc, [ldText(ld.headline), meta('dc:title') || meta('dcterm:title'), meta('og:title'), meta('twitter:title'), meta('parsely-title')]),
    byline:
      ldPeople(ld.author) ||
      creators(tags.all('citation_author')) ||
      creators(tags.all('dc:creator')) ||
      creators(tags.all('dcterm:creator')) ||
      meta('author') ||
      meta('parsely-author') ||
      meta('article:author').replace(/^https?:\/\/\S+$/, ''),
    publishedTime:
      ldText(ld.datePublished) ||
      meta('article:published_time') ||
      meta('parsely-pub-date') ||
      meta('datePublished') ||
      citationDate(meta('citation_publication_date') || meta('citation_date') || meta('citation_online_date')) ||
      firstTime(doc) ||
      pageDate(nodes),
    siteName: siteName(meta('og:site_name'), ldName(ld.publisher)) || meta('application-name'),
    categories: readCategories(doc, ld, tags),
    lang: normalizeText(doc.documentElement.getAttribute('lang') ?? ldText(ld.inLanguage)),
    dir: readDir(doc),
    excerpt: meta('og:description') || meta('description') || ldText(ld.description),
    image: absoluteUrl(ldImage(ld.image) || meta('og:image'), baseUrl),
  };
}

/**
 * The name in the page's first author link (`rel="author"`) that belongs to the article: inside the `<article>` or
 * `<main>` that holds its body when there is one (a sidebar's "more from" cards link their own writers), and never in
 * navigation or footers (team pages list every writer there). For bylines that are marked up but not declared, when
 * pre-cleaning took the block that held them out of Readability's copy (some sites put an article's byline and date
 * in an `<aside>`). Links are listed by tag and their `rel` read in code (an attribute selector is a document scan in
 * jsdom).
 */
export function readAuthorLink(doc: Document, body: Element | null): string {
  const scope = body?.closest('article, main') ?? doc;
  for (const link of scope.querySelectorAll('a')) {
    if (!/(^|\s)author(\s|$)/i.test(link.getAttribute('rel') ?? '')) continue;
    if (link.closest('nav, footer, [role="navigation"], [role="contentinfo"]')) continue;
    const name = plainText(link.textContent);
    if (name && name.length <= 60 && name.split(' ').length <= 5) return name;
  }
  return '';
}

/** Path segments that introduce a person's page: /author/jane-doe, /u/DaleJack, /members/phinds.310841. */
const PROFILE_PATH = /\/(?:authors?|writers?|contributors?|people|staff|profiles?|members?|users?|u)\/([^/?#]+)/i;
/** Account pages that sit under the same paths: /users/signup, /user/login. */
const ACCOUNT_WORDS = /^(sign|signup|signin|log|login|logout|register|join|account|settings|cookies|delete)$/;

/**
 * The name in the first link to a person's page between the headline and the end of the article's body: the byline
 * of a page that marks it up no other way, or the first poster of a forum thread. The link's words must all be in
 * the page's address ("Trevor Jackins" → /authors/trevor-jackins), which tells a name from "Sign up" or an
 * avatar's initial.
 */
export function readProfileLink(doc: Document, body: Element | null): string {
  const headline = findHeadline(doc);
  if (!headline) return '';
  for (const link of doc.querySelectorAll('a')) {
    // The address first: it rules out nearly every link for the price of a string test. (A static list: iterating
    // the live getElementsByTagName collection costs jsdom a walk of the document per step.)
    const slug = PROFILE_PATH.exec(link.getAttribute('href') ?? '')?.[1];
    if (!slug || !(headline.compareDocumentPosition(link) & 4)) continue; // not after the headline
    if (body && !body.contains(link) && !(link.compareDocumentPosition(body) & 4)) break; // past the body
    if (link.closest('nav, footer, aside, [role="navigation"], [role="contentinfo"]')) continue;
    const name = plainText(link.textContent);
    const nameWords = titleWords(name);
    const flatSlug = decodeURIComponentSafe(slug).toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
    if (name.length < 2 || name.length > 60 || nameWords.length > 5 || nameWords.some((word) => ACCOUNT_WORDS.test(word))) continue;
    if (nameWords.every((word) => flatSlug.includes(word))) return name;
  }
  return '';
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * The first declared title that is this page's: half its words or more are in the page's `<title>` or a headline. A
 * JSON-LD `headline` is sometimes a description ("Wikimedia list article") or a section's name.
 */
function declaredTitle(doc: Document, candidates: string[]): string {
  const pageWords = new Set(titleWords([doc.title, ...Array.from(doc.querySelectorAll('h1'), (h1) => h1.textContent ?? '')].join(' ')));
  return candidates.find((title) => {
    const words = titleWords(title);
    // A page with no <title> and no headline gives nothing to check against.
    if (pageWords.size === 0) return words.length > 0;
    return words.length > 0 && words.filter((word) => pageWords.has(word)).length >= 0.5 * words.length;
  }) ?? '';
}

function readCategories(doc: Document, ld: JsonLdNode, tags: MetaTags): string[] {
  const found = [
    ...ldList(ld.articleSection),
    ...tags.all('article:section'),
    // WordPress marks category links with rel="category tag"; only those inside the page's main content count.
    ...Array.from(doc.querySelectorAll('a[rel~="category"]'))
      .filter((a) => !a.closest('nav, aside, footer, [role="navigation"]'))
      .map((a) => a.textContent ?? ''),
  ];
  const unique = new Map<string, string>();
  for (const raw of found) {
    const name = normalizeText(raw);
    if (name && name.length <= 40 && !unique.has(name.toLowerCase())) unique.set(name.toLowerCase(), name);
  }
  return Array.from(unique.values()).slice(0, 6);
}

function readDir(doc: Document): PageMetadata['dir'] {
  return nearestDir(doc.body ?? doc.documentElement);
}

/** The `dir` of the element or its nearest ancestor that sets one (`<body dir="rtl">` inside `<html dir="ltr">`). */
export function nearestDir(el: Element | null): PageMetadata['dir'] {
  for (let node = el; node; node = node.parentElement) {
    const dir = node.getAttribute('dir')?.toLowerCase();
    if (dir === 'rtl' || dir === 'ltr') return dir;
  }
  return '';
}

/** The first `<time>` that dates something (has datetime, pubdate or itemprop=datePublished). */
/**
 * Every author a paper or a report declares, one meta tag each (Google Scholar's `citation_author`, Dublin Core's
 * `creator`), in their order: "Kooman, F." and "Jong, Michiel de" → "F. Kooman, Michiel de Jong". A name written
 * surname first is turned round, so that the names can be listed with commas ("Smith, Jr." is left as it is).
 */
function creators(values: string[]): string {
  const names = values.map((value) => plainText(value).replace(/^([^,]+),\s*([^,]+)$/, (name, last: string, first: string) => (NAME_SUFFIX.test(first) ? name : `${first} ${last}`)));
  return Array.from(new Set(names.filter(Boolean))).join(', ');
}
const NAME_SUFFIX = /^(jr|sr|ii|iii|iv|phd|md|esq)\.?$/i;

/** A citation date as an ISO day: Highwire Press tags write it "2019/01/22". */
function citationDate(value: string): string {
  return normalizeText(value).replace(/^(\d{4})\/(\d{1,2})\/(\d{1,2})$/, (_, y: string, m: string, d: string) => `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`);
}

function firstTime(doc: Document): string {
  const time = Array.from(doc.querySelectorAll('time')).find(
    (el) => el.hasAttribute('datetime') || el.hasAttribute('pubdate') || el.getAttribute('itemprop') === 'datePublished',
  );
  return normalizeText(time?.getAttribute('datetime'));
}

/**
 * The publication date of the page itself, when its JSON-LD describes no article: a `WebPage` (or one of its kinds),
 * or the post of a forum thread or a social network.
 */
function pageDate(nodes: JsonLdNode[]): string {
  const page = nodes.find((node) => node.datePublished && jsonLdTypes(node).some((type) => /(Page|Posting|Question)$/.test(type)));
  return page ? ldText(page.datePublished) : '';
}

function ldText(value: unknown): string {
  if (typeof value === 'string' || typeof value === 'number') return plainText(String(value));
  if (Array.isArray(value)) return ldText(value[0]);
  return '';
}

function ldList(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(ldText).filter(Boolean);
  return ldText(value) ? [ldText(value)] : [];
}

/**
 * The site's name as Open Graph gives it, unless it is the JSON-LD publisher's name with a tagline after it
 * ("Aktuálně.cz - Víte, co se právě děje", "Wirecutter: Reviews for the Real World", "Spiceworks Inc"): then the
 * publisher's. Otherwise Open Graph's: a publisher can be the group that owns the site, or a longer form of its name.
 */
function siteName(openGraph: string, publisher: string): string {
  if (!openGraph) return publisher;
  const startsWithPublisher = publisher && openGraph.length > publisher.length && openGraph.toLowerCase().startsWith(publisher.toLowerCase());
  return startsWithPublisher && /^[\s\p{P}]/u.test(openGraph.slice(publisher.length)) ? publisher : openGraph;
}

function ldName(value: unknown): string {
  if (Array.isArray(value)) return ldName(value[0]);
  if (value && typeof value === 'object') return ldText((value as JsonLdNode).name);
  return ldText(value);
}

function ldPeople(value: unknown): string {
  const people = (Array.isArray(value) ? value : [value]).map(ldName).filter(Boolean);
  return Array.from(new Set(people)).join(', ');
}

function ldImage(value: unknown): string {
  if (Array.isArray(value)) return ldImage(value[0]);
  if (value && typeof value === 'object') return ldText((value as JsonLdNode).url);
  return ldText(value);
}

function absoluteUrl(value: string, base: string): string {
  const url = value ? resolveUrl(value, base) : null;
  return url && /^https?:/.test(url) ? url : '';
}
