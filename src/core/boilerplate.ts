import { desktopHiddenClasses } from './desktop-hidden.ts';
import { textLength } from './normalize-text.ts';
import { isShopPage, REVIEW_WORDS } from './shop-page.ts';

/**
 * Recognises page furniture (navigation, sidebars, comments, share bars, ads, newsletter boxes) by structure
 * and by the words sites use in ids and class names. Shared by detection, which must skip it, and pre-cleaning,
 * which removes it.
 */

/** Elements that are never part of an article body. */
export const FURNITURE_TAGS = new Set(['NAV', 'ASIDE', 'FOOTER', 'HEADER', 'FORM', 'DIALOG']);

/**
 * Id/class words that mark furniture. They are matched against whole tokens split on `-`, `_` and camelCase
 * boundaries, so `share-bar` and `shareBar` match `share` but `shared-story` and `sharepoint` do not.
 * Strong words mark furniture whatever else the names say; weak words lose to a content word, because themes
 * decorate real article containers with them (`entry-content has-ads`, `post-body widget-area`).
 */
const STRONG_WORDS = new Set([
  'comment', 'comments', 'disqus', 'respond', 'replies', 'share', 'sharing', 'sharedaddy', 'addtoany', 'a2a',
  'sidebar', 'newsletter', 'adsbygoogle', 'outbrain', 'taboola', 'breadcrumb', 'breadcrumbs', 'navbar', 'masthead',
  'footer', 'cookie', 'consent', 'similar',
]);
const WEAK_WORDS = new Set([
  'social', 'secondary', 'subscribe', 'subscription', 'signup', 'ad', 'ads', 'advert',
  'advertisement', 'sponsored', 'promo', 'dfp', 'gpt', 'related', 'recommended', 'recirculation', 'popular',
  'trending', 'menu', 'paywall', 'announcement', 'disclaimer', 'disclaimers',
]);
const CONTENT_WORDS = new Set(['content', 'body', 'article', 'entry', 'post', 'story', 'text', 'main']);
/**
 * "Widget" names a sidebar box in classic WordPress themes but every block of a page-builder layout
 * (`elementor-widget-container` around each paragraph, heading and image), so it marks furniture only around
 * what sidebar widgets hold: mostly links (recent posts, categories, tags, archives).
 */
const LAYOUT_WORDS = new Set(['widget', 'widgets']);
/**
 * "Nav" names a site's menus (`left-nav`, `site-navigation`), but also whatever a theme's script pages through: a
 * slider's `nav-wrapper` around its slides, a tab set's `navigation` holding the panels. A menu is mostly links, so
 * only a block that is counts as one.
 */
const NAV_WORDS = new Set(['nav', 'navigation']);
/**
 * CSS utility classes name a style, not a part of the page: `text-align-left` or `text-center` on a promo bar does
 * not make it article text.
 */
const UTILITY_CLASS = /(^|\s)text-(align|left|right|cent|justify|start|end|upper|lower|capital|nowrap|wrap|truncate|balance|xs|sm|md|lg|xl|\d|base|white|black|muted|light|dark|gr[ae]y)/;
/**
 * A class name that says what a block has or lacks (`has-ads`, `no-sidebar`, `hide-read-more-ad`, `with-comments`)
 * names a state of the block, not a part of the page: a story grid that hides its ads is still the story grid.
 */
const STATE_CLASS = /(^|\s)(has|no|hide|with|without)[-_]/;
/** Ids this long are slugs of a heading's text (`how-popular-are-these-apps`), not names a theme chose. */
const MAX_ID_WORDS = 4;

const tokenCache = new WeakMap<Element, string[]>();

/** The words of an element's id and class names, lower-cased. */
export function nameTokens(el: Element): string[] {
  let tokens = tokenCache.get(el);
  if (!tokens) {
    const id = splitWords(el.id);
    const classText = typeof el.className === 'string' ? el.className : '';
    const classes = splitWords(UTILITY_CLASS.test(classText) || STATE_CLASS.test(classText) ? classNames(el).filter((name) => !UTILITY_CLASS.test(name) && !STATE_CLASS.test(name)).join(' ') : classText);
    tokens = id.length > MAX_ID_WORDS ? classes : [...id, ...classes];
    tokenCache.set(el, tokens);
  }
  return tokens;
}

/** The words of the element's id and of each class name, one list per name: for rules about words side by side. */
function wordsPerName(el: Element): string[][] {
  return [el.id, ...classNames(el)].map(splitWords);
}

function splitWords(names: string): string[] {
  return names
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/**
 * True when the element itself is furniture (by tag, ARIA role or name), not looking at ancestors. In a thread whose
 * comments are the content (`commentsAreContent`), being named a comment does not make an element furniture.
 */
export function isFurniture(el: Element, commentsAreContent = false): boolean {
  if ((FURNITURE_TAGS.has(el.tagName) && !isSectionHeader(el)) || isHidden(el)) return true;
  const role = el.getAttribute('role');
  if (role === 'navigation' || role === 'complementary' || role === 'contentinfo' || role === 'banner') return true;
  if (isDialog(el)) return true;
  if (el.tagName === 'BODY' || el.tagName === 'HTML' || el.tagName === 'MAIN' || el.tagName === 'ARTICLE') return false;
  if (isSkipLink(el)) return true;
  const tokens = commentsAreContent ? nameTokens(el).filter((token) => !COMMENT_WORDS.has(token)) : nameTokens(el);
  if (tokens.some((token) => STRONG_WORDS.has(token)) || isPersonPanel(el, tokens)) return true;
  if (isShopReview(el)) return true;
  // In a thread, a signature is what a poster appends to every post (Le Monde's `signature_article` is a byline).
  if (commentsAreContent && tokens.some((token) => SIGNATURE_WORDS.has(token))) return true;
  if (tokens.some((token) => CONTENT_WORDS.has(token))) return !commentsAreContent && namesPartOfContent(el, tokens);
  if (tokens.some((token) => WEAK_WORDS.has(token))) return true;
  return tokens.some((token) => LAYOUT_WORDS.has(token) || NAV_WORDS.has(token)) && isMostlyLinks(el);
}

/**
 * What a page says about a person beside their words: a forum poster's stats (join date, post count, reaction
 * score, badges), an author's bio under a story. Forum software and themes name them alike: XenForo
 * `message-userExtras`, phpBB `postprofile`, Stack Exchange `-flair`, `author-bio`. Not the block with the person's
 * name (`user-info`, `userDetails`, `author-info`): that is the post's or the story's byline; nor a "signature",
 * which is a forum post's sign-off but a French newspaper's byline (`signature_article`).
 */
const PERSON_WORDS = new Set(['user', 'author', 'poster', 'member']);
const PANEL_WORDS = new Set(['extras', 'stats', 'bio', 'badges', 'flair']);
const PANEL_NAMES = new Set(['postprofile', 'authorbio', 'flair']);

/**
 * The two words side by side in one name: utility classes put them in different ones (`q-box qu-userSelect--text`
 * is a selectable text box, not a user's).
 */
function isPersonPanel(el: Element, tokens: string[]): boolean {
  if (tokens.some((token) => PANEL_NAMES.has(token))) return true;
  if (!tokens.some((token) => PERSON_WORDS.has(token)) || !tokens.some((token) => PANEL_WORDS.has(token))) return false;
  return wordsPerName(el).some((words) => words.some((word, i) => PERSON_WORDS.has(word) && PANEL_WORDS.has(words[i + 1] ?? '')));
}

/**
 * A name whose last word is furniture and an earlier word content: a part that belongs to the post but is not its
 * text (Stack Exchange's `js-post-menu` of "Share · Improve this answer · Follow", `entry-social`, `article-related`).
 * The last word of a compound name says what the thing is; the words before it, whose it is. Not `text-secondary`:
 * utility classes name a colour with those words (a first version dropped whole pages styled so).
 */
function namesPartOfContent(el: Element, tokens: string[]): boolean {
  if (!tokens.some((token) => WEAK_WORDS.has(token))) return false;
  return wordsPerName(el).some((words) => {
    const last = words.at(-1)!;
    return words.length >= 2 && WEAK_WORDS.has(last) && last !== 'secondary' && words.slice(0, -1).some((word) => CONTENT_WORDS.has(word) && word !== 'text');
  });
}

/**
 * "Skip to content", "Skip to product information": a keyboard user's shortcut past the page's furniture to a place
 * on the same page, usually shown only when focused; a reader who is shown the content has no use for it.
 */
function isSkipLink(el: Element): boolean {
  return el.tagName === 'A' && (el.getAttribute('href') ?? '').startsWith('#') && /^\s*skip\b/i.test(el.textContent ?? '');
}

/**
 * A `<header>` inside an article, section or main region introduces that part (its title, a step's label, a
 * byline); only the page's own header is a banner, as HTML-AAM maps them.
 */
function isSectionHeader(el: Element): boolean {
  return el.tagName === 'HEADER' && !!el.parentElement?.closest('article, section, main, [role="main"]');
}

/** Dialogs (cookie consent, sign-up interstitials) sit over the page; they are not part of what it says. */
function isDialog(el: Element): boolean {
  const role = el.getAttribute('role');
  return role === 'dialog' || role === 'alertdialog' || el.getAttribute('aria-modal') === 'true';
}

/**
 * What sits over a page rather than in it: dialogs and consent forms. Their text is never the page's, however much
 * of it there is (a cookie banner's legal text out-writes a page of short posts).
 */
export function isOverlay(el: Element): boolean {
  return el.tagName === 'DIALOG' || isDialog(el) || nameTokens(el).includes('consent');
}

/** Whether most of the element's text is link text: lists of posts, categories, tags and archives. */
export function isMostlyLinks(el: Element): boolean {
  // Whitespace collapsed: the indentation between list items is not text the links must outweigh.
  const text = textLength(el);
  return text > 0 && linkTextLength(el) >= text * 0.5;
}

/** The length of the text of the links inside `el`. */
export function linkTextLength(el: Element): number {
  let length = 0;
  for (const a of el.querySelectorAll('a')) length += (a.textContent ?? '').trim().length;
  return length;
}

const SIGNATURE_WORDS = new Set(['signature', 'sig']);

const COMMENT_WORDS = new Set(['comment', 'comments', 'disqus', 'respond', 'replies']);

/**
 * Furniture that stays furniture however much text it holds: comment threads (often longer than the article), the
 * page's navigation, sidebars by tag and footers, and dialogs and consent forms (whose legal text can out-write a
 * short page). Other furniture names can be misleading wrapper names, and so can `<form>`: ASP.NET pages, forum
 * software's moderation forms and page builders wrap the whole content in one.
 */
export function isFurnitureWhateverItHolds(el: Element): boolean {
  if ((FURNITURE_TAGS.has(el.tagName) && el.tagName !== 'HEADER' && el.tagName !== 'FORM') || isHidden(el) || isOverlay(el)) return true;
  return isNamedComment(el) || isShopReview(el);
}

/**
 * A product's customer reviews are its comment thread: on a shop's page they are furniture whatever they hold. As
 * prose they out-write the product's description, and Readability (or the badge) would take them for the page.
 */
export function isShopReview(el: Element): boolean {
  return nameTokens(el).some((token) => REVIEW_WORDS.has(token)) && isShopPage(el.ownerDocument);
}

/** Named as a comment or a thread of them (`comment-list`, `ipsComment`, `disqus_thread`, `#respond`). */
export function isNamedComment(el: Element): boolean {
  return nameTokens(el).some((token) => COMMENT_WORDS.has(token));
}

/**
 * Hidden markup never reaches a reader: templates, closed dialogs, popovers (menus, tooltips, "install our app"
 * cards: shown over the page on demand, hidden by the browser until then), the copies that streaming renderers park
 * in `<div hidden>` until a script moves them into place (the visible copy is the one to read), and `<noscript>`
 * fallbacks (markup only where scripts are off: in a saved page read by Node, not in the reader's browser); and
 * the phone's and tablet's copies of a page built once per screen width (`desktop-hidden.ts`). Decoys are apart
 * (`isScraperDecoy`): they stay hidden on a page whose text is all in hidden markup.
 */
export function isHidden(el: Element): boolean {
  return (
    el.tagName === 'TEMPLATE' ||
    el.tagName === 'NOSCRIPT' ||
    el.hasAttribute('hidden') ||
    el.hasAttribute('popover') ||
    (el.getAttribute('aria-hidden') === 'true' && el.tagName !== 'IMG' && !isRedundantLink(el)) ||
    isHiddenByClass(el) ||
    isScreenReaderOnly(el) ||
    isHiddenByStyle(el) ||
    isHiddenOnDesktop(el)
  );
}

/**
 * Text a shop writes to confuse scrapers and hides with its style sheet: eBay spells "Sponsored" one letter per
 * `<span>`, with a `<span>` holding a random UUID between every two letters. A reader (and reader mode, which drops
 * the page's styles) would see a line of UUIDs. Only in a run of them: one UUID in a page is an identifier worth
 * showing (a documentation example, an order number).
 */
export function isScraperDecoy(el: Element): boolean {
  if (!isUuidLeaf(el)) return false;
  const near = [el.previousElementSibling, el.previousElementSibling?.previousElementSibling, el.nextElementSibling, el.nextElementSibling?.nextElementSibling];
  return near.some((sibling) => !!sibling && isUuidLeaf(sibling));
}
const UUID = /^\s*[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\s*$/i;

function isUuidLeaf(el: Element): boolean {
  if (el.childElementCount !== 0) return false;
  const text = el.textContent ?? '';
  return text.length >= 36 && text.length < 48 && UUID.test(text);
}

/**
 * Text written for screen readers only, clipped to a pixel on screen: Shopify's "Regular price" and "Sale price"
 * before every price, WordPress's "Skip to content" and the title its "Read more" links repeat, a news site's "Image
 * caption," and "Share this article". Shown as text, which is how a reader shows it (it keeps no page styles), it
 * doubles the card's words. Not a block holding half the page's text: that is the page, whatever its class says.
 */
function isScreenReaderOnly(el: Element): boolean {
  if (!SCREEN_READER_CLASS.test(typeof el.className === 'string' ? el.className : '')) return false;
  return !labelsIcon(el) && textLength(el) < HIDDEN_PAGE_SHARE * bodyTextLength(el.ownerDocument);
}

/**
 * Beside an icon or a graphic that screen readers skip, the screen-reader text is what it means, and the reader keeps
 * it as the icon's words: a comparison table's ✓ and ✗ ("Yes", "No"), a tooltip's ⓘ, WooCommerce's struck-out and
 * sale prices (`aria-hidden`, with "Original price was: $30.00" for screen readers).
 */
function labelsIcon(el: Element): boolean {
  for (const sibling of el.parentElement?.children ?? []) {
    if (sibling === el) continue;
    if (ICON_TAGS.has(sibling.tagName) || sibling.getAttribute('aria-hidden') === 'true') return true;
    if (sibling.querySelector('svg, i, [aria-hidden="true"]')) return true;
  }
  return false;
}
// An SVG element's tagName keeps its lower case; an HTML one's is upper case.
const ICON_TAGS = new Set(['svg', 'I']);
const SCREEN_READER_CLASS =
  /(^|\s)(sr-only|visually-hidden|visuallyhidden|screen-reader-text|screen-reader-only|screenreader-only|sr-text|u-visually-hidden|is-visually-hidden|hidden-visually|a11y-hidden|element-invisible|show-for-sr|assistive-text)(\s|$)/i;

/**
 * `style="display: none"`: a mega-menu's panels, a sign-up overlay, a cookie bar, the "recently viewed" store a shop
 * keeps for its scripts. Readability drops these on an article, but a page read whole (a listing, a product, a
 * service page) kept their text. What a reader opens stays, as for a hiding class: a disclosure's panel, the answer
 * under a question (an FAQ whose toggle is a plain `<div>`), the rest of a list whose first items show. And a page
 * that hides most of its text until a script shows it (a "members only" lock) is not hidden: that text is the page.
 * Not `visibility: hidden`: sliders and fade-ins are parked so until their script starts, and they are content.
 */
function isHiddenByStyle(el: Element): boolean {
  if (!hidesByStyle(el)) return false;
  if (isDisclosurePanel(el) || answersQuestion(el) || hasShownTwin(el, classNames(el), hidesByStyle)) return false;
  return textLength(el) < HIDDEN_PAGE_SHARE * bodyTextLength(el.ownerDocument);
}
// Only `display: none`: copy-document also marks `visibility: hidden` as hidden, for Readability's view of the copy.
const HIDING_STYLE = /(^|;)\s*display\s*:\s*none\b/i;
const HIDDEN_PAGE_SHARE = 0.5;

function hidesByStyle(el: Element): boolean {
  return HIDING_STYLE.test(el.getAttribute('style') ?? '');
}

/** The element just before it asks a question: it is the answer, shown when the question is clicked. */
function answersQuestion(el: Element): boolean {
  return /\?\s*$/.test(el.previousElementSibling?.textContent ?? '');
}

const bodyLengths = new WeakMap<Document, number>();

/** Read once per document: a page's text barely moves between two hidden blocks, and a ratio does not need more. */
function bodyTextLength(doc: Document): number {
  let length = bodyLengths.get(doc);
  if (length === undefined) bodyLengths.set(doc, (length = doc.body ? textLength(doc.body) : 0));
  return length;
}

/** One of the element's classes is one the page's own style sheets hide on a desktop screen. */
function isHiddenOnDesktop(el: Element): boolean {
  const hidden = desktopHiddenClasses(el.ownerDocument);
  return hidden.size > 0 && classNames(el).some((name) => hidden.has(name));
}

/**
 * The hiding classes of CSS frameworks (Bootstrap's `d-none` and `hide`, Tailwind's `hidden`, Bulma's `is-hidden`,
 * and Webflow's, whose stylesheet hides a CMS field left empty, `w-condition-invisible`, and a form's "Thank you!"
 * and "Oops! Something went wrong" until it is sent, `w-form-done` and `w-form-fail`): `display: none` written as a
 * class name, which Readability (it reads inline styles only) cannot see: a sign-up modal, a promo bar, the phone's
 * copy of a menu. Not when a responsive class shows the element at some width
 * (`hidden md:block`, `d-none d-lg-flex`: the wide screen's copy), and not what is hidden only until the reader asks
 * for it, which is the page's content: a disclosure's panel (a button controls it, or comes just before it: an FAQ's
 * answer) and the rest of a list or a set of tabs (an item like it, its sibling, is shown).
 */
function isHiddenByClass(el: Element): boolean {
  // Most elements carry no hiding class: the class string is tested before it is split.
  if (!HIDING_CLASS.test(typeof el.className === 'string' ? el.className : '')) return false;
  const names = classNames(el);
  return hidesByName(names) && !isDisclosurePanel(el) && !hasShownTwin(el, names);
}
const HIDING_CLASS = /(^|\s)(d-none|hidden|hide|is-hidden|w-condition-invisible|w-form-done|w-form-fail)(\s|$)/;
const HIDING_NAMES = new Set(['d-none', 'hidden', 'hide', 'is-hidden', 'w-condition-invisible', 'w-form-done', 'w-form-fail']);
const DISPLAY_CLASS = /^(d-none|hidden|hide|is-hidden|block|flex|grid|inline|inline-block|inline-flex|d-block|d-flex|d-grid|d-inline|d-inline-block|d-inline-flex)$/;
const SHOWING_CLASS = /^([a-z0-9-]+:(block|flex|grid|inline|inline-block|inline-flex|table|contents)|d-(sm|md|lg|xl|xxl)-(block|flex|grid|inline|inline-block|inline-flex|table))$/;

/** A hiding class, and no responsive class that shows the element at some width. */
function hidesByName(names: string[]): boolean {
  return names.some((name) => HIDING_NAMES.has(name)) && !names.some((name) => SHOWING_CLASS.test(name));
}

/** The element's class names, one string each (none for an SVG element, whose `className` is not a string). */
function classNames(el: Element): string[] {
  return typeof el.className === 'string' ? el.className.split(/\s+/).filter(Boolean) : [];
}

function isDisclosurePanel(el: Element): boolean {
  const previous = el.previousElementSibling;
  if (previous && (previous.tagName === 'BUTTON' || previous.hasAttribute('aria-expanded'))) return true;
  return !!el.id && controlledIds(el.ownerDocument).has(el.id);
}

const controlled = new WeakMap<Document, Set<string>>();

/**
 * The ids that the document's toggles control, read once per document (an attribute selector scans the page; a page
 * rarely rewires its toggles, and a stale answer only keeps one hidden panel).
 */
function controlledIds(doc: Document): Set<string> {
  let ids = controlled.get(doc);
  if (!ids) {
    ids = new Set(Array.from(doc.querySelectorAll('[aria-controls]')).flatMap((toggle) => (toggle.getAttribute('aria-controls') ?? '').split(/\s+/)));
    controlled.set(doc, ids);
  }
  return ids;
}

/**
 * A sibling of the same tag and the same class names, bar the ones that set its display, that is not hidden (by a
 * class, or by the test `hides` given).
 */
function hasShownTwin(el: Element, names: string[], hides: (sibling: Element) => boolean = (sibling) => hidesByName(classNames(sibling))): boolean {
  const kindOf = (list: string[]) => list.filter((name) => !DISPLAY_CLASS.test(name)).sort().join(' ');
  const kind = kindOf(names);
  for (const sibling of el.parentElement?.children ?? []) {
    if (sibling === el || sibling.tagName !== el.tagName) continue;
    if (!hides(sibling) && kindOf(classNames(sibling)) === kind) return true;
  }
  return false;
}

/**
 * A card's second link to the same place (its teaser under the headline link), hidden from screen readers and taken
 * out of the tab order so they meet the link once; it is on screen for everyone else.
 */
function isRedundantLink(el: Element): boolean {
  return el.tagName === 'A' && el.getAttribute('tabindex') === '-1';
}

/** True when the element or any ancestor below `<body>` is furniture. */
export function isInFurniture(el: Element): boolean {
  return isWithin(el, isFurniture);
}

/** True when `test` holds for the element or an ancestor below `<body>`. */
export function isWithin(el: Element | null, test: (node: Element) => boolean): boolean {
  for (let node = el; node && node.tagName !== 'BODY'; node = node.parentElement) if (test(node)) return true;
  return false;
}
