import { FURNITURE_TAGS, isFurniture, isFurnitureWhateverItHolds, isHidden, isOverlay, linkTextLength, nameTokens } from './boilerplate.ts';
import { findArticleNode, type JsonLdNode, jsonLdTypes, readJsonLd } from './json-ld.ts';
import { type MetaTags, readMetaTags } from './meta-tags.ts';
import { type NearHeadline, nearHeadlineOnce } from './near-headline.ts';
import { readShownByline } from './shown-byline.ts';
import { readShownDate } from './shown-date.ts';
import { SHOW_TEXT } from './normalize-text.ts';
import { isOpenGraphProduct } from './shop-page.ts';
import type { Detection, Evidence } from './types.ts';

/**
 * Decides whether a page is an article. This runs on every page the user opens (in the content script, on the
 * live document), so it only reads: no cloning, no layout, one pass over `<p>`-like elements and one over the text
 * nodes (and, on a page with a body, the text just around its headline).
 *
 * The signal that separates an article from a listing or a search page is where the prose sits: an article keeps
 * its paragraphs side by side in one container, while a listing scatters short teasers across many cards. So the
 * detector sums paragraph text per parent and looks at the richest parent, ignoring navigation, sidebars and
 * comment threads. A page with such a body may still be documentation, a forum thread or a service page: then the
 * evidence decides (see `Evidence`): what the page says about itself (Open Graph, JSON-LD, microdata), and what it
 * shows a reader of a story, a date or a byline under the headline (on two thirds of WCXB's articles with a body,
 * and on one in seven of its other pages with one, mostly forum threads).
 */
/** The shortest text that counts as a paragraph of prose: shorter lines are labels, names and teasers. */
export const MIN_PARAGRAPH_CHARS = 80;
/**
 * The least text the richest run of paragraphs holds on a page with an article's body (a short news item has ~500),
 * in as many paragraphs as it comes: a short story can be two paragraphs, or one block of lines split by `<br>`.
 * Until the evidence could tell a shop from a story, three paragraphs were asked for (or two of 1,000 characters);
 * with it, the 21 WCXB pages that have such a body in one or two paragraphs give six more articles and no other
 * page said "article" (0.936 at 0.941 → 0.936 at 0.948).
 */
export const MIN_BODY_CHARS = 450;
/** A body this long is read by Readability even when the page is not a story (see `hasArticleBody`). */
const LONG_BODY_CHARS = 1000;
/**
 * A page that declares an `FAQPage` (and no article) is an FAQ unless its body is this long: SEO plugins declare the
 * few questions at the end of a long story so. On WCXB, the three articles declaring only it have bodies of
 * 3,700–12,600 characters; no other page declaring only it has one over 2,700. Not `QAPage`: a forum's question with
 * its answers is one long thread.
 */
const LONG_STORY_CHARS = 3000;

const MICRODATA_ARTICLE = /(schema\.org\/\S*Article|BlogPosting)(\s|$)/;
/**
 * JSON-LD types that say the page itself is something other than an article. Not `Organization`: nearly every page
 * names its publisher so, articles included.
 */
const OTHER_TYPES = /^(SearchResultsPage|CollectionPage|ItemList|ProfilePage|Product|FAQPage|QAPage)$/;

/**
 * `prose` (the page's prose measure) and `near` (the text around its headline, read on first use) are passed by a
 * caller that reads them too: extraction shares both.
 */
export function detectArticle(doc: Document, url = doc.URL, prose: ProseMeasure = measureProse(doc), near = nearHeadlineOnce(doc)): Detection {
  const signs: DeclaredSigns = { meta: readMetaTags(doc), jsonLd: readJsonLd(doc) };
  const declarations = readDeclarations(doc, prose.body, signs);
  const { declaredArticle, declaredOther } = declarations;
  const { bodyChars, paragraphs } = prose;
  const linkedHeadings = countLinkedHeadings(doc);

  // Without one run of prose long enough to be a body, no page is an article, whatever else it shows; with one,
  // the evidence decides whether it is a story or another kind of page that has a body.
  const looksLikeListing = linkedHeadings >= 8 && linkedHeadings > paragraphs;
  const ruledOut = declaredOther && !(declarations.declaresOnlyFaq && bodyChars >= LONG_STORY_CHARS);
  const hasBody = !ruledOut && !isSearchUrl(url) && bodyChars >= MIN_BODY_CHARS && (!looksLikeListing || declaredArticle);
  const evidence = hasBody ? readEvidence(doc, url, prose, signs.meta, declarations, linkedHeadings, near()) : null;
  const score = evidence ? articleScore(evidence) : 0;
  const isArticle = hasBody && score >= 0;
  // What extraction reads with Readability: an article's body, or a body that is declared or long. A short undeclared
  // run of paragraphs on a page that is not a story is as often one block of a page of blocks (a service page, a
  // product), which reads better as its main region (WCXB: same F1 and recall kept, against reading every body); so
  // is a body of one or two paragraphs on such a page (a shop's blurb over its products: WCXB −0.34 summed F1 over
  // 4 pages when it was read as an article's body).
  const manyParagraphs = paragraphs >= 3 || (paragraphs === 2 && bodyChars >= LONG_BODY_CHARS);
  const hasArticleBody = isArticle || (hasBody && manyParagraphs && (declaredArticle || bodyChars >= LONG_BODY_CHARS));

  return { isArticle, hasArticleBody, score: Math.round(score * 100) / 100, evidence, bodyChars, paragraphs, linkedHeadings, declaredArticle, declaredOther };
}

/**
 * The evidence as the model weighs it: yes/no as 1/0, and counts on a log scale (the tenth code block says less than
 * the first). The address's slug words count one by one.
 */
export function modelInputs(evidence: Evidence): Record<keyof Evidence, number> {
  const inputs = {} as Record<keyof Evidence, number>;
  for (const key of Object.keys(evidence) as (keyof Evidence)[]) {
    const value = evidence[key];
    inputs[key] = typeof value === 'boolean' ? Number(value) : key === 'slugWords' ? value : Math.log1p(value);
  }
  return inputs;
}

/**
 * Weights of a logistic model of "is an article" over the model's inputs, fitted on the WCXB development pages that
 * have a body (`npm run bench:detector` fits them again and prints their precision and recall cross-validated by
 * site). A score of 0 or more is an article.
 */
export const WEIGHTS: Record<keyof Evidence, number> = {
  bodyChars: 0.89,
  openGraphArticle: 0.78,
  publishedTime: 1.2,
  jsonLdArticle: 0.74,
  microdataArticle: 0.63,
  slugWords: 0.4,
  datedPath: 2.12,
  storyPath: 2.2,
  threadPath: -5.81,
  codeElements: -0.83,
  formFields: -0.28,
  subheadings: 0.14,
  timeElements: -0.23,
  forumPost: -4.02,
  linkedHeadings: -0.29,
  shownDate: 1.59,
  shownByline: 1.6,
  inArticleElement: 0.73,
  shopPath: -2.49,
  sells: -3.69,
};
/**
 * The fitted intercept is -8.09; it is moved up by 0.75, the least shift that keeps the recall of the detector before
 * it (0.948 of WCXB's articles; at +0.5, 0.947; at +0.75, 0.951), and spends the rest of the evidence on precision.
 */
export const BIAS = -7.34;

function articleScore(evidence: Evidence): number {
  const inputs = modelInputs(evidence);
  let score = BIAS;
  for (const key of Object.keys(WEIGHTS) as (keyof Evidence)[]) score += WEIGHTS[key] * inputs[key];
  return score;
}

const FORUM_ITEM = /schema\.org\/(DiscussionForumPosting|Comment|Answer|Question|QAPage)(\s|$)/;

/**
 * The evidence for a page, read with tag queries (attribute and descendant selectors are slow in jsdom) and from the
 * text around the headline.
 */
function readEvidence(doc: Document, url: string, prose: ProseMeasure, meta: MetaTags, declared: Declarations, linkedHeadings: number, near: NearHeadline | null): Evidence {
  const { slugWords, datedPath, storyPath, threadPath, shopPath } = readAddress(url);
  const count = (selector: string, within: ParentNode | null = doc.body) => within?.querySelectorAll(selector).length ?? 0;
  let forumPost = false;
  for (let el: Element | null = prose.body; el && !forumPost; el = el.parentElement) {
    forumPost = FORUM_ITEM.test(el.getAttribute('itemtype') ?? '');
  }
  return {
    bodyChars: prose.bodyChars,
    openGraphArticle: declared.openGraphArticle,
    publishedTime: meta.get('article:published_time').trim() !== '',
    jsonLdArticle: declared.jsonLdArticle,
    microdataArticle: declared.microdataArticle,
    slugWords,
    datedPath,
    storyPath,
    threadPath,
    codeElements: count('code'),
    formFields: count('input, select, textarea'),
    subheadings: count('h2, h3', prose.body),
    timeElements: count('time'),
    forumPost,
    linkedHeadings,
    shownDate: readShownDate(near) !== '',
    shownByline: readShownByline(near) !== '',
    // On WCXB's pages with a body: around the body of 401 of the 769 articles and of 85 of the 343 other pages.
    inArticleElement: !!prose.body?.closest('article'),
    shopPath,
    sells: isOpenGraphProduct(meta) || hasSellingButton(doc, prose.body),
  };
}

/**
 * "Add to cart" and "Buy now", in the languages of the shops users meet most. Buttons only (and submit inputs): a
 * story that reviews a product links to shops with such words, but does not sell. And outside the body: a review's
 * own "Buy now" boxes sit among its paragraphs, a shop's cart form beside its description (on WCXB, every selling
 * button of the 30 pages that have one is outside the body). On WCXB's pages with a body, a selling button or Open
 * Graph's `product` type is on none of the 769 articles and on 34 of the 343 other pages.
 */
const SELLING = /\b(add to (cart|bag|basket|trolley)|buy (it )?now|in den warenkorb|ajouter au panier|a[ñn]adir al carrito|agregar al carrito|aggiungi al carrello|in winkelwagen)\b/i;

function hasSellingButton(doc: Document, body: Element | null): boolean {
  for (const button of doc.body?.querySelectorAll('button, input') ?? []) {
    if (body?.contains(button)) continue;
    const label = button.tagName === 'INPUT' ? ((button as HTMLInputElement).type === 'submit' ? button.getAttribute('value') : '') : button.textContent;
    if (label && label.length < 60 && SELLING.test(label)) return true;
  }
  return false;
}

/** Whether the address is one forum software gives a thread (see THREAD_FOLDERS). */
export function isThreadAddress(url: string): boolean {
  return readAddress(url).threadPath;
}

function readAddress(url: string): { slugWords: number; datedPath: boolean; storyPath: boolean; threadPath: boolean; shopPath: boolean } {
  let segments: string[] = [];
  let topicQuery = false;
  let threadHost = false;
  try {
    const address = new URL(url);
    segments = address.pathname.split('/').filter(Boolean);
    threadHost = THREAD_HOST.test(address.hostname);
    // SMF's `index.php?topic=42.0`; Invision's `index.php?/topic/42-title/` when its addresses are not rewritten.
    topicQuery = address.searchParams.has('topic') || address.search.startsWith('?/topic/');
  } catch {
    // An address that does not parse tells nothing.
  }
  const folders = segments.slice(0, -1).map((segment) => segment.toLowerCase());
  const slugWords = Math.min(12, Math.max(0, ...segments.map((segment) => segment.split(/[-_]+/).filter(Boolean).length)));
  const datedPath = segments.some((segment) => /^(19|20)\d\d$/.test(segment));
  // A folder, not the last segment: "/blog/" itself is the blog's index.
  const storyPath = folders.some((segment) => STORY_SECTIONS.has(segment));
  const shopPath = folders.some((segment) => SHOP_SECTIONS.has(segment));
  const threadPath =
    topicQuery ||
    threadHost ||
    segments.some((segment, i) => NUMBERED_THREAD_FOLDERS.has(segment.toLowerCase()) && /^\d/.test(segments[i + 1] ?? '')) ||
    folders.some((segment) => THREAD_FOLDERS.has(segment) || segment.split(/[-_.]+/).some((word) => THREAD_WORDS.has(word))) ||
    segments.some((segment) => THREAD_PAGE.test(segment));
  return { slugWords, datedPath, storyPath, threadPath, shopPath };
}

/**
 * Folder names that publications give their stories. On WCXB's pages with a body, one of them is in the address of
 * 284 of the 749 articles and of 2 of the 324 other pages.
 */
const STORY_SECTIONS = new Set(['news', 'blog', 'blogs', 'post', 'posts', 'article', 'articles', 'story', 'stories', 'opinion', 'insights', 'press']);

/**
 * Folders where shops file their products and categories (Shopify's `/products/` and `/collections/`, WooCommerce's
 * `/product/` and `/category/`, Amazon's `/dp/`, eBay's `/itm/`) and firms their offers (`/services/`, `/solutions/`).
 * On WCXB's pages with a body: in the address of 2 of the 769 articles and of 47 of the 343 other pages. Not `/p/`
 * (a shop's product at Target, but every Substack post: 21 articles, 1 other page) nor `/collection/` (a museum's or
 * a magazine's: 4 articles, 1 other page).
 */
const SHOP_SECTIONS = new Set(['product', 'products', 'shop', 'store', 'service', 'services', 'collections', 'category', 'categories', 'c', 'dp', 'itm', 'solutions', 'pricing', 'buy', 'catalog', 'catalogue']);

/**
 * Where forum software files a thread: XenForo and vBulletin `/threads/`, Discourse `/t/`, Vanilla `/discussion/`,
 * Mumsnet `/talk/`, Reddit `/comments/`, a board's own folder (`/travel-forum/`), the script names of phpBB
 * (`viewtopic.php`), vBulletin (`showthread.php`) and TripAdvisor-style boards (`ShowTopic-…`), and SMF's and
 * Invision's `index.php?topic=` and `index.php?/topic/`. With NUMBERED_THREAD_FOLDERS and THREAD_HOST, on WCXB: in
 * the address of 90 of the 113 forum threads, of no article (and of two shops' pages at `/t/`).
 */
const THREAD_FOLDERS = new Set(['threads', 'thread', 'forum', 'forums', 'discussion', 'discussions', 't', 'talk', 'comments']);
/** Words of a folder's name that make it a board's: `/travel-forum/`, `/community_discussions/`. */
const THREAD_WORDS = new Set(['forum', 'forums', 'thread', 'threads', 'discussion', 'discussions']);
const THREAD_PAGE = /^(viewtopic|showthread|showtopic)\b/i;
/**
 * Folders that hold threads when a number follows: NodeBB's `/topic/18427/title` and Invision's `/topic/18427-title/`.
 * Without the number they are a publication's topic pages (`/topic/software`) or an encyclopedia's entry
 * (`/topic/history-of-coffee`). Stack Exchange's `/questions/12068/title` is left out on purpose: read as a thread it
 * would keep the comments under each answer, which WCXB's labels leave out (7 pages, −0.8 summed F1).
 */
const NUMBERED_THREAD_FOLDERS = new Set(['topic', 'topics']);
/** A board's own host, where every page is the board's: `forum.example.com`, `community.example.com`, `discuss.example.org`. */
const THREAD_HOST = /^(forums?|community|discuss|bbs|boards|answers)\./i;

export interface ProseMeasure {
  /** The element whose child paragraphs hold the most text: the likely article body. */
  body: Element | null;
  bodyChars: number;
  paragraphs: number;
  /** The text of all the paragraphs counted, wherever they sit: how much prose the page has outside furniture. */
  proseChars: number;
  /**
   * proseChars less captions: one-paragraph list items that hold a picture or sit in a gallery. Computed on request
   * (extraction asks; detection, which runs on every page, does not).
   */
  runningProseChars: () => number;
  /**
   * The deepest element that holds `share` of the counted prose: where an article split into sibling sections
   * lives as a whole. Computed on request.
   */
  holder: (share: number) => Element | null;
  /** Whether a furniture-named element is really a wrapper of much of the page's prose (see WRAPPER_SHARE). */
  isWrapper: (el: Element) => boolean;
  /** Whether the page's prose is nearly all in hidden elements, so they were read as content. */
  readsHidden: boolean;
}

/** Below this share of the page's prose in view, hidden elements hold the content rather than copies of it. */
const HIDDEN_SHARE = 0.25;

/**
 * A furniture-named element holding this share of the page's prose is a layout wrapper, not furniture: page
 * builders put whole articles in `elementor-widget-container`, and grid themes in `…-content-sidebar`.
 */
const WRAPPER_SHARE = 0.4;
/**
 * A `<form>` wraps the page only when it holds nearly all its prose (ASP.NET's one form, a forum's moderation form
 * around the thread): a shop's filter, cart or search form can hold half of a product page's few paragraphs, and on
 * a page without prose it is a form.
 */
const FORM_WRAPPER_SHARE = 0.8;

/**
 * Sums the text of real paragraphs (long, not mostly links, not in furniture) per parent element. Furniture is
 * judged by name and by content: an element named like a sidebar or widget that holds much of the page's prose is
 * a wrapper, and its paragraphs count. With `inFurniture`, paragraphs inside furniture count too.
 */
export function measureProse(doc: Document, inFurniture = false): ProseMeasure {
  const found: Paragraph[] = [];
  for (const p of doc.body?.querySelectorAll('p, pre, blockquote > div') ?? []) {
    const text = p.textContent ?? '';
    if (text.length < MIN_PARAGRAPH_CHARS) continue;
    const trimmed = text.trim().length;
    if (trimmed < MIN_PARAGRAPH_CHARS || linkTextLength(p) > trimmed * 0.5 || !p.parentElement) continue;
    found.push({ parent: runOf(p.parentElement), chars: trimmed, at: p });
  }
  // Some sites (older Blogger themes, forums) write paragraphs as text separated by <br>, with no <p> at all;
  // XenForo writes each post so, straight into a `<blockquote>`, and HubSpot an imported post into a rich-text
  // `<span>` (WCXB: one article more said "article", and one eBay listing; summed F1 +0.64 over 18 pages, 5 down).
  // A span inside a paragraph or a `<pre>` holds text counted above, and one inside a link a teaser's. One walk over
  // the text nodes: a query for every container and span costs detection a quarter more time in jsdom, the walk 4%.
  if (doc.body) {
    const walker = doc.createTreeWalker(doc.body, SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      if (node.data.length < MIN_PARAGRAPH_CHARS) continue;
      const parent = node.parentElement!;
      if (!TEXT_HOLDERS.has(parent.localName)) continue;
      const text = node.data.trim();
      if (text.length < MIN_PARAGRAPH_CHARS || DATA_BLOB.test(text)) continue;
      if (parent.localName === 'span' && inCountedBlock(parent)) continue;
      found.push({ parent, chars: text.length, at: parent });
    }
  }

  // Hidden copies (templates, streamed chunks parked in `<div hidden>`) are not the page's prose, not even in share.
  const inHidden = withinBody(isHidden);
  let visible = found.filter(({ at }) => !inHidden(at));
  // …unless the page parks all its content there: a saved copy of a streamed page before its scripts ran.
  const sum = (list: typeof found) => list.reduce((total, { chars }) => total + chars, 0);
  const readsHidden = sum(visible) < HIDDEN_SHARE * sum(found);
  if (readsHidden) visible = found;

  const proseWithin = new Map<Element, number>();
  const listItemOf = new Map<Element, Element>();
  const paragraphsPerItem = new Map<Element, number>();
  let totalChars = 0;
  for (const { chars, at } of visible) {
    totalChars += chars;
    for (let el: Element | null = at.parentElement; el && el !== doc.body; el = el.parentElement) {
      proseWithin.set(el, (proseWithin.get(el) ?? 0) + chars);
      if (el.tagName === 'LI' && !listItemOf.has(at)) {
        listItemOf.set(at, el);
        paragraphsPerItem.set(el, (paragraphsPerItem.get(el) ?? 0) + 1);
      }
    }
  }
  // Steps of a recipe and replies of a thread are list items with one paragraph too, but with no picture and in
  // no gallery.
  const isCaption = (at: Element): boolean => {
    const item = listItemOf.get(at);
    return !!item && paragraphsPerItem.get(item) === 1 && (!!item.querySelector('img, picture, video') || inGallery(item));
  };
  // A wrapper is where the article is: a furniture-named element holding much of the prose is furniture all the
  // same when the paragraphs outside every furniture-named element make a richer run than any inside it (a promo
  // carousel of twenty one-line slides can out-write a short page, but its slides are one line each). A page with
  // no prose gives no evidence either way, and names alone make furniture of nothing on it.
  const inNamedFurniture = withinBody(isFurniture);
  const richestOutside = richestParent(visible.filter(({ at }) => !inNamedFurniture(at))).chars;
  const perParent = prosePerParent(visible);
  // The page's `<main>` is never in furniture by tag: an `<aside>` or `<nav>` around it was left unclosed, and the
  // parser put the rest of the page inside it. (A hidden or overlaid element stays furniture: a closed menu's copy.)
  const main = doc.body?.querySelector('main') ?? null;
  const swallowsMain = (el: Element): boolean => !!main && FURNITURE_TAGS.has(el.tagName) && !isHidden(el) && !isOverlay(el) && el.contains(main);
  const wrapperVerdict = new Map<Element, boolean>();
  const isWrapper = (el: Element): boolean => {
    const within = proseWithin.get(el) ?? 0;
    if (el.tagName === 'FORM' ? within === 0 || within < FORM_WRAPPER_SHARE * totalChars : within < WRAPPER_SHARE * totalChars) return false;
    if (isFurnitureWhateverItHolds(el) && !swallowsMain(el)) return false;
    let verdict = wrapperVerdict.get(el);
    if (verdict === undefined) {
      let richestInside = 0;
      for (const [parent, chars] of perParent) if (chars > richestInside && el.contains(parent)) richestInside = chars;
      verdict = richestInside >= richestOutside;
      wrapperVerdict.set(el, verdict);
    }
    return verdict;
  };
  const inPageFurniture = withinBody((el) => isFurniture(el) && !isWrapper(el) && !(readsHidden && isHidden(el)));

  let paragraphs = 0;
  let proseChars = 0;
  const counted: Paragraph[] = [];
  for (const paragraph of visible) {
    if (!inFurniture && inPageFurniture(paragraph.at)) continue;
    paragraphs += 1;
    proseChars += paragraph.chars;
    counted.push(paragraph);
  }
  const { parent: body, chars: bodyChars } = richestParent(counted);
  const runningProseChars = () => counted.reduce((total, { chars, at }) => total + (isCaption(at) ? 0 : chars), 0);
  const holder = (share: number): Element | null => {
    const within = new Map<Element, number>();
    const depth = new Map<Element, number>();
    for (const { chars, at } of counted) {
      for (let el: Element | null = at.parentElement; el && el !== doc.body; el = el.parentElement) within.set(el, (within.get(el) ?? 0) + chars);
    }
    let best: Element | null = null;
    let bestDepth = -1;
    for (const [el, chars] of within) {
      if (chars < share * proseChars) continue;
      let d = depth.get(el);
      if (d === undefined) {
        d = 0;
        for (let up = el.parentElement; up; up = up.parentElement) d += 1;
        depth.set(el, d);
      }
      if (d > bestDepth) [best, bestDepth] = [el, d];
    }
    return best;
  };
  return { body, bodyChars, paragraphs, proseChars, runningProseChars, holder, isWrapper, readsHidden };
}

/**
 * The element a paragraph's run is counted in: its parent, or above a `<div>` that wraps the paragraph alone
 * (CSS-in-JS sites give every paragraph its own `<div>`, so no parent holds more than one; WCXB: 3 more articles
 * detected, one product more said "article"), or above a list item that holds nothing but the paragraph (a recipe's
 * method, numbered instructions: each step is an `<li>` with one `<p>`; WCXB: one recipe more detected, no other
 * page changed). Only `<div>`s and `<li>`s: a promo carousel wraps each slide's line in a `<span>`, and a card's
 * paragraph shares its wrapper or list item with the card's heading, so neither becomes a run.
 */
function runOf(parent: Element): Element {
  let run = parent;
  while ((run.tagName === 'DIV' || run.tagName === 'LI') && run.childElementCount === 1 && run.parentElement && run.parentElement.tagName !== 'BODY') {
    // Nothing beside the paragraph: no label, no text node of its own.
    if ((run.textContent ?? '').trim().length !== (run.firstElementChild!.textContent ?? '').trim().length) break;
    run = run.parentElement;
  }
  return run;
}

/**
 * Whether `test` holds for an element or one of its ancestors below `<body>`, with each element's verdict
 * remembered: the paragraphs of a page share most of their ancestors.
 */
function withinBody(test: (el: Element) => boolean): (el: Element | null) => boolean {
  const verdicts = new Map<Element, boolean>();
  const check = (el: Element | null): boolean => {
    if (!el || el.tagName === 'BODY' || el.tagName === 'HTML') return false;
    let verdict = verdicts.get(el);
    if (verdict === undefined) {
      verdict = test(el) || check(el.parentElement);
      verdicts.set(el, verdict);
    }
    return verdict;
  };
  return check;
}

/** The elements whose own text nodes can be paragraphs (see measureProse), by `localName`: XHTML keeps it lower-case. */
const TEXT_HOLDERS = new Set(['div', 'section', 'article', 'td', 'blockquote', 'span']);
/**
 * Text that is a script's data, not prose: a JSON object or array written straight into a `<div>` (a shop's widget
 * state parked in a hidden element; one such block on an Amazon category page read as a 33,000-character body).
 * Only what opens as JSON does (`{"`, `[{`, `[[`, `["`, `[1`): a line in brackets ("[Update: …]") is prose.
 */
const DATA_BLOB = /^(\{\s*"|\[\s*[[{"\d])[\s\S]*[\]}]$/;

/**
 * Whether a span's text is already counted, or not prose: inside a paragraph, a `<pre>` or a quoted `<div>` (each
 * counted whole), or a link (a teaser's).
 */
function inCountedBlock(span: Element): boolean {
  for (let el: Element | null = span.parentElement; el; el = el.parentElement) {
    const name = el.localName;
    if (name === 'p' || name === 'pre' || name === 'a') return true;
    if (name === 'div' && el.parentElement?.localName === 'blockquote') return true;
    if (name === 'body') return false;
  }
  return false;
}

interface Paragraph {
  parent: Element;
  chars: number;
  at: Element;
}

/** The text of the paragraphs of each parent element. */
function prosePerParent(paragraphs: Paragraph[]): Map<Element, number> {
  const perParent = new Map<Element, number>();
  for (const { parent, chars } of paragraphs) perParent.set(parent, (perParent.get(parent) ?? 0) + chars);
  return perParent;
}

/** The element whose child paragraphs hold the most text (the first such, on a tie), and that text's length. */
function richestParent(paragraphs: Paragraph[]): { parent: Element | null; chars: number } {
  let best = { parent: null as Element | null, chars: 0 };
  for (const [parent, chars] of prosePerParent(paragraphs)) {
    if (chars > best.chars) best = { parent, chars };
  }
  return best;
}

const GALLERY_WORDS = new Set(['gallery', 'slideshow', 'slider', 'carousel', 'caption', 'captions', 'legend', 'legends', 'lightbox']);

/** Whether a list item or one of its three nearest ancestors is named like a gallery of pictures. */
function inGallery(item: Element): boolean {
  let el: Element | null = item;
  for (let depth = 0; el && depth < 4; depth += 1, el = el.parentElement) {
    if (nameTokens(el).some((token) => GALLERY_WORDS.has(token))) return true;
  }
  return false;
}

/**
 * The links inside headings (a listing titles each card with one). Headings first, then links within them: in jsdom the
 * one descendant selector (`h1 a[href], …`) costs ten times as much, matching every link against its ancestors.
 */
function countLinkedHeadings(doc: Document): number {
  const links = new Set<Element>();
  for (const heading of doc.body?.querySelectorAll('h1, h2, h3, h4') ?? []) {
    for (const link of heading.querySelectorAll('a[href]')) links.add(link);
  }
  return links.size;
}

/** `body`: the element holding the richest run of paragraphs, if any. */
/** What the page's `<head>` says about it, read once for the declarations and the evidence. */
interface DeclaredSigns {
  meta: MetaTags;
  jsonLd: JsonLdNode[];
}

interface Declarations {
  openGraphArticle: boolean;
  jsonLdArticle: boolean;
  microdataArticle: boolean;
  declaredArticle: boolean;
  declaredOther: boolean;
  /** The only other type the page declares is `FAQPage`. */
  declaresOnlyFaq: boolean;
}

function readDeclarations(doc: Document, body: Element | null, { meta, jsonLd }: DeclaredSigns): Declarations {
  // Trimmed: some themes write the value across lines.
  const openGraphArticle = meta.get('og:type').trim().toLowerCase() === 'article';
  const jsonLdArticle = !!findArticleNode(jsonLd);
  const microdataArticle = declaresArticleItem(doc, body);
  const declaredArticle = openGraphArticle || jsonLdArticle || microdataArticle;
  const others = new Set(jsonLd.flatMap((node) => jsonLdTypes(node).filter((type) => OTHER_TYPES.test(type))));
  const declaredOther = !declaredArticle && others.size > 0;
  const declaresOnlyFaq = others.size > 0 && [...others].every((type) => type === 'FAQPage');
  return { openGraphArticle, jsonLdArticle, microdataArticle, declaredArticle, declaredOther, declaresOnlyFaq };
}

/**
 * Whether microdata declares the page's text an article: an `itemscope` typed Article or BlogPosting that holds the
 * richest paragraphs (or is the page's root). An item that holds none of them (one card of a blog's index, a
 * hidden block of `<meta itemprop>`s) says nothing about this page's text. Walking up from the paragraphs is also
 * the cheap way to look: an attribute selector (`[itemtype]`) scans the whole document in jsdom, a third of
 * detection's time there.
 */
function declaresArticleItem(doc: Document, body: Element | null): boolean {
  // From the paragraphs' container up to <html>; with no prose, from <body> up.
  for (let el: Element | null = body ?? doc.body; el; el = el.parentElement) {
    if (MICRODATA_ARTICLE.test(el.getAttribute('itemtype') ?? '')) return true;
  }
  return false;
}

function isSearchUrl(url: string): boolean {
  try {
    const { pathname, searchParams } = new URL(url);
    return /\/search(\/|$)/i.test(pathname) || (searchParams.has('s') && searchParams.get('s') !== '') || searchParams.has('q');
  } catch {
    return false;
  }
}
