import { normalizeText, SHOW_TEXT } from './normalize-text.ts';
import { resolveUrl } from './resolve-urls.ts';
import type { RecentPost, RecentPosts } from './types.ts';

/**
 * Finds the page's own list of recent posts: a short heading that says so (Recent, Latest, More news, Related,
 * in several languages) followed by a list of links, each perhaps with a time stamp and an excerpt.
 * Nothing here knows any site's class names; it reads headings, lists and links.
 */
const HEADING =
  /^(recent|latest|newest|more (news|stories|from|in|on)|related|popular|most (read|popular|viewed)|trending|top stories|read (more|next|also)|also read|you (may|might) also like|dernières|derniers|récents|últimas|recientes|neueste|aktuelle|ultime|أحدث|آخر|تازہ|ताज़ा|最新)/iu;
const RELATIVE_TIME =
  /\b\d+\s*(s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?|mos?|months?|y|yrs?|years?)\s+ago\b|\b(just now|yesterday|today)\b|منذ\s+\S+(\s+\S+)?/iu;
const ABSOLUTE_DATE =
  /\b(\d{1,2}\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(,\s*\d{4})?\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b/i;
const MIN_TITLE_CHARS = 12;
const MIN_POSTS = 2;
const MAX_POSTS = 30;

export interface FoundRecentPosts extends RecentPosts {
  /** The heading and list elements, so that pre-cleaning can remove them from a clone. */
  elements: Element[];
}

export function findRecentPosts(doc: Document, baseUrl = doc.baseURI): FoundRecentPosts | null {
  let best: FoundRecentPosts | null = null;
  for (const heading of headingCandidates(doc)) {
    const headingText = normalizeText(heading.textContent);
    if (headingText.length > 40 || !HEADING.test(headingText) || heading.querySelector('p, li')) continue;
    const list = listAfter(heading);
    if (!list) continue;
    const posts = readPosts(list, baseUrl);
    if (posts.length < MIN_POSTS) continue;
    const found = { heading: headingText, posts, elements: [heading, list] };
    // A list headed "Recent"/"Latest" is what the panel is named for; among the rest, a list with time stamps
    // beats a plain "Related" box, and a longer list a shorter one.
    if (!best || score(found) > score(best)) best = found;
  }
  return best;
}

function score(found: RecentPosts): number {
  const stamped = found.posts.filter((post) => post.time).length;
  // Larger than any list's stamps and length can add up to (MAX_POSTS of each): a home page's "Top stories" grid
  // of fifteen stamped cards is the page's content, its "Latest News" sidebar the recent posts.
  const recentHeading = /recent|latest|newest|أحدث|آخر|تازہ/iu.test(found.heading) ? 3 * MAX_POSTS + 1 : 0;
  return recentHeading + stamped * 2 + found.posts.length;
}

/**
 * Short text runs that read like a list heading, and the element that carries each. One pass over text nodes,
 * with the regular expression tried only on short runs, keeps this linear on pages with tens of thousands of nodes.
 */
function* headingCandidates(doc: Document): Generator<Element> {
  if (!doc.body) return;
  const walker = doc.createTreeWalker(doc.body, SHOW_TEXT);
  const seen = new Set<Element>();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const data = (node as Text).data;
    if (data.length > 60 || !HEADING.test(data.trim())) continue;
    let el = node.parentElement;
    // An inline wrapper (<a>, <span>, <strong>) inside a heading-like block: the block is the heading.
    while (el && INLINE.has(el.tagName) && el.parentElement && (el.parentElement.textContent ?? '').length <= 60) el = el.parentElement;
    if (!el || seen.has(el) || el.tagName === 'SCRIPT' || el.tagName === 'STYLE' || el.tagName === 'TITLE' || el.tagName === 'OPTION') continue;
    seen.add(el);
    yield el;
  }
}

const INLINE = new Set(['A', 'SPAN', 'STRONG', 'B', 'EM', 'I', 'SMALL', 'FONT']);

/** The first following element (of the heading or of its short wrappers) that holds a list of links. */
function listAfter(heading: Element): Element | null {
  let anchor: Element | null = heading;
  for (let depth = 0; anchor && depth < 4; depth += 1) {
    for (let next = anchor.nextElementSibling, hops = 0; next && hops < 3; next = next.nextElementSibling, hops += 1) {
      if (linkCount(next) >= MIN_POSTS) return next;
    }
    const parent: Element | null = anchor.parentElement;
    // Climb only while the wrapper is little more than the heading itself.
    if (!parent || normalizeText(parent.textContent).length > normalizeText(heading.textContent).length + 20) break;
    anchor = parent;
  }
  return null;
}

function linkCount(el: Element): number {
  let count = 0;
  for (const a of el.querySelectorAll('a[href]')) if (normalizeText(a.textContent).length >= MIN_TITLE_CHARS) count += 1;
  return count;
}

/** Each post is the list's repeated child (an `<li>`, an `<article>`, a card `<div>`) holding a title link. */
function readPosts(list: Element, baseUrl: string): RecentPost[] {
  let container = list;
  while (container.children.length === 1 && container.firstElementChild) container = container.firstElementChild;
  const items = Array.from(container.children).filter((child) => linkCount(child) > 0);
  const posts: RecentPost[] = [];
  const seen = new Set<string>();
  for (const item of items.slice(0, MAX_POSTS)) {
    const post = readPost(item, baseUrl);
    if (post && !seen.has(post.url)) {
      seen.add(post.url);
      posts.push(post);
    }
  }
  return posts;
}

function readPost(item: Element, baseUrl: string): RecentPost | null {
  const links = Array.from(item.querySelectorAll('a[href]'));
  const titleLink =
    links.find((a) => inHeading(a, item)) ??
    links.reduce<Element | null>((longest, a) => (normalizeText(a.textContent).length > normalizeText(longest?.textContent).length ? a : longest), null);
  const title = normalizeText(titleLink?.textContent);
  const url = absoluteHttpUrl(titleLink?.getAttribute('href'), baseUrl);
  if (!titleLink || title.length < MIN_TITLE_CHARS || !url) return null;

  const timeEl = item.querySelector('time');
  const stampEl = timeEl ?? findStampElement(item);
  const time = normalizeText(stampEl?.textContent) || matchStamp(normalizeText(item.textContent));
  const datetime = timeEl?.getAttribute('datetime') ?? '';
  return { title, url, time, datetime, excerpt: readExcerpt(item, titleLink, stampEl, title, time) };
}

const HEADINGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

/**
 * Whether a link sits in a heading inside `item`. Walked up in code: in jsdom a descendant selector
 * (`h1 a[href], …`) per item cost more than reading the rest of the post.
 */
function inHeading(link: Element, item: Element): boolean {
  for (let el: Element | null = link.parentElement; el && el !== item; el = el.parentElement) {
    if (HEADINGS.has(el.tagName)) return true;
  }
  return false;
}

function findStampElement(item: Element): Element | null {
  for (const el of item.querySelectorAll('span, div, p, small, em, abbr')) {
    const text = normalizeText(el.textContent);
    if (text.length <= 40 && (RELATIVE_TIME.test(text) || ABSOLUTE_DATE.test(text)) && !el.querySelector('a')) return el;
  }
  return null;
}

function matchStamp(text: string): string {
  return text.match(RELATIVE_TIME)?.[0] ?? '';
}

/** The item's text without its title and stamp: the teaser most sidebars print under the title. */
function readExcerpt(item: Element, titleLink: Element, stampEl: Element | null, title: string, time: string): string {
  // Class names tested in code: substring attribute selectors are slow in jsdom.
  const paragraph = Array.from(item.querySelectorAll('*')).find(
    (el) => (el.tagName === 'P' || /excerpt|summary/.test(el.getAttribute('class') ?? '')) && !el.contains(titleLink) && !(stampEl && el.contains(stampEl)) && normalizeText(el.textContent).length >= 20,
  );
  let text = normalizeText(paragraph?.textContent);
  if (!text) {
    text = normalizeText(item.textContent).replace(title, '');
    if (time) text = text.replace(time, '');
    text = normalizeText(text);
  }
  return text.length >= 20 ? text : '';
}

function absoluteHttpUrl(href: string | null | undefined, baseUrl: string): string {
  const url = href ? resolveUrl(href, baseUrl) : null;
  return url && /^https?:/.test(url) ? url : '';
}
