/**
 * Classes that the page's own style sheets hide on a desktop screen: the phone's and the tablet's copies of a page
 * that site builders (Framer's `ssr-variant`s, page builders' mobile rows) render once per width and hide with media
 * queries. Readability reads inline styles only, so it keeps every copy: an article three times over, its footer
 * three times after it.
 *
 * Only `display: none` under a media query that holds at a desktop width, and only selectors that are one class:
 * a media query is about the screen, not about the reader, so nothing it hides on a desktop is ever shown there. A
 * rule outside media queries (`.tab-panel { display: none }`) hides what a click or a script shows, and stays
 * unread: read as hidden, with the exceptions the frameworks' hiding classes have (a toggle, a shown twin), it lost
 * 1.0 summed F1 on WCXB (a listing's items, tabs, "read more" panels).
 */

/** The width extraction reads a page at: a laptop's browser window. */
export const DESKTOP_WIDTH = 1280;

const SINGLE_CLASS = /^\.(-?[_a-zA-Z][\w-]*)$/;
const MEDIA_RULE = 4;
const STYLE_RULE = 1;

const cached = new WeakMap<Document, Set<string>>();

/**
 * `classesHiddenOnDesktop`, read once per document: every element of a page asks (on most pages the answer is an
 * empty set, and no class name is split).
 */
export function desktopHiddenClasses(doc: Document): Set<string> {
  let hidden = cached.get(doc);
  if (!hidden) {
    hidden = classesHiddenOnDesktop(doc);
    cached.set(doc, hidden);
  }
  return hidden;
}

/**
 * The most style rules read. Detection runs this on every page the user opens: a page with more (the largest of
 * WCXB's 1,497 pages has 7,400) is read without this rule rather than slowed down.
 */
export const MAX_RULES = 50_000;

/** The one-class selectors whose last `display` on a desktop screen, set by a media query, is `none`. */
export function classesHiddenOnDesktop(doc: Document, maxRules = MAX_RULES): Set<string> {
  // The cascade, for one-class selectors: the last `display` a class is given on a desktop screen wins, and an
  // `!important` one wins over any later plain one (Emotion writes `display: none` for one width and `display:
  // block` for the same width further down).
  const last = new Map<string, { none: boolean; important: boolean; inMedia: boolean }>();
  const read = (rule: CSSRule, inMedia: boolean): void => {
    if (rule.type !== STYLE_RULE) return;
    const { selectorText, style } = rule as CSSStyleRule;
    const display = style.getPropertyValue('display').trim();
    if (!display) return;
    const important = style.getPropertyPriority('display') === 'important';
    for (const selector of selectorText.split(',')) {
      const match = SINGLE_CLASS.exec(selector.trim());
      if (!match) continue;
      const before = last.get(match[1]!);
      if (before?.important && !important) continue;
      last.set(match[1]!, { none: display === 'none', important, inMedia });
    }
  };
  // The page's own `<style>`s only: linked sheets are not in a snapshot the popup parses, nor in a saved page the
  // command line reads, and the live page's reader must read a page as they do.
  const sheets: CSSRuleList[] = [];
  let count = 0;
  for (const style of Array.from(doc.querySelectorAll('style'))) {
    try {
      const rules = style.sheet?.cssRules;
      if (rules) sheets.push(rules);
      count += rules?.length ?? 0;
    } catch {
      // A sheet the page may not read says nothing.
    }
  }
  if (count > maxRules) return new Set();
  for (const rules of sheets) {
    for (const rule of Array.from(rules)) {
      if (rule.type !== MEDIA_RULE) read(rule, false);
      else if (holdsOnDesktop((rule as CSSMediaRule).media.mediaText)) for (const inner of Array.from((rule as CSSMediaRule).cssRules)) read(inner, true);
    }
  }
  // Only what a media query hides: a class hidden at every width is hidden until a click or a script shows it.
  const hidden = new Set<string>();
  for (const [name, { none, inMedia }] of last) if (none && inMedia) hidden.add(name);
  return hidden;
}

/**
 * Whether a media query list holds on a desktop screen `DESKTOP_WIDTH` pixels wide. Only widths, media types and
 * `and` are read; a query with anything else (`print`, `not`, orientation, hover, height) is taken not to hold, so
 * an unread query never hides anything.
 */
export function holdsOnDesktop(mediaText: string): boolean {
  return mediaText
    .toLowerCase()
    .split(',')
    .some((query) => {
      const parts = query.trim().split(/\s+and\s+/);
      return parts.every((part) => {
        const feature = part.trim().replace(/^only\s+/, '');
        if (feature === 'all' || feature === 'screen') return true;
        const width = /^\(\s*(min|max)-width\s*:\s*([\d.]+)(px|em|rem)\s*\)$/.exec(feature);
        if (!width) return false;
        const px = Number(width[2]) * (width[3] === 'px' ? 1 : 16);
        return width[1] === 'min' ? DESKTOP_WIDTH >= px : DESKTOP_WIDTH <= px;
      });
    });
}
