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
 */
const FURNITURE_WORDS = new Set([
  'comment', 'comments', 'disqus', 'respond', 'replies',
  'share', 'sharing', 'sharedaddy', 'social', 'addtoany', 'a2a',
  'sidebar', 'widget', 'widgets', 'secondary',
  'newsletter', 'subscribe', 'subscription', 'signup',
  'ad', 'ads', 'adsbygoogle', 'advert', 'advertisement', 'sponsored', 'promo', 'dfp', 'gpt',
  'related', 'recommended', 'recirculation', 'popular', 'trending', 'outbrain', 'taboola',
  'breadcrumb', 'breadcrumbs', 'menu', 'navbar', 'masthead', 'footer', 'cookie', 'consent', 'paywall',
]);

const tokenCache = new WeakMap<Element, string[]>();

/** The words of an element's id and class names, lower-cased. */
export function nameTokens(el: Element): string[] {
  let tokens = tokenCache.get(el);
  if (!tokens) {
    const names = `${el.id} ${typeof el.className === 'string' ? el.className : ''}`;
    tokens = names
      .replace(/([a-z])([A-Z])/g, '$1 $2')
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter(Boolean);
    tokenCache.set(el, tokens);
  }
  return tokens;
}

/** True when the element itself is furniture (by tag, ARIA role or name), not looking at ancestors. */
export function isFurniture(el: Element): boolean {
  if (FURNITURE_TAGS.has(el.tagName)) return true;
  const role = el.getAttribute('role');
  if (role === 'navigation' || role === 'complementary' || role === 'contentinfo' || role === 'banner') return true;
  if (el.tagName === 'BODY' || el.tagName === 'HTML' || el.tagName === 'MAIN' || el.tagName === 'ARTICLE') return false;
  return nameTokens(el).some((token) => FURNITURE_WORDS.has(token));
}

/** True when the element or any ancestor below `<body>` is furniture. */
export function isInFurniture(el: Element): boolean {
  for (let node: Element | null = el; node && node.tagName !== 'BODY'; node = node.parentElement) {
    if (isFurniture(node)) return true;
  }
  return false;
}
