import { nameTokens } from './boilerplate.ts';
import { dropRepeatedParagraphs, wordsIn } from './drop-doubled-passages.ts';
import { MIN_PARAGRAPH_CHARS } from './detect-article.ts';
import { normalizeText, textLength } from './normalize-text.ts';
import { REVIEW_WORDS } from './shop-page.ts';

/**
 * Tidies the main region of a page that is read whole (a product, a listing, a service page: no one body of prose
 * for Readability to find), on extraction's own copy. Readability does the same for an article: it drops buttons,
 * drop-downs and fields, which DOMPurify would drop as tags but whose text it keeps ("Add to Bag", "Previous slide",
 * every currency of a picker). A shop's filters go first, while their checkboxes still say what they are.
 */
export function tidyRegion(region: Element, { shop, oneProduct }: { shop: boolean; oneProduct: boolean }): void {
  stripFilterPanels(region);
  stripChoiceLists(region);
  stripControls(region);
  if (shop) stripShopExtras(region);
  // On a page that declares one product only: on a shop's collection, the grid of products is the content.
  if (oneProduct) stripProductGrids(region);
  stripRepeatedSections(region);
  // A shop prints one product's description again and again (under the gallery, in its tab, in an accordion): every
  // later copy of a paragraph of eight words or more goes; a shorter line (a size, a colour) may mean something twice,
  // and a table's rows and a `<pre>`'s lines count.
  if (oneProduct) dropRepeatedParagraphs(region, (block) => !block.fixed && wordsIn(block) >= PRODUCT_REPEAT_WORDS);
}
const PRODUCT_REPEAT_WORDS = 8;

/**
 * A section the page builds twice (a product's header for phones and again for wide screens, a tab's content and its
 * accordion twin): the second copy is read once. Exactly two copies, each of two blocks or more and at least a long
 * sentence: text that every card of a grid repeats (a credit under each webcam, one description for each colour of
 * a product) is each item's own, and one paragraph said twice is the page's to say twice.
 */
function stripRepeatedSections(root: Element): void {
  const copies = new Map<string, Element[]>();
  for (const el of Array.from(root.querySelectorAll('*'))) {
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text.length < MIN_REPEAT_CHARS) continue;
    const found = copies.get(text);
    if (found) found.push(el);
    else copies.set(text, [el]);
  }
  for (const found of copies.values()) {
    // The outermost elements with the text: a wrapper and its only child are one copy.
    const outer = found.filter((el) => !found.some((other) => other !== el && other.contains(el)));
    // A section, not one paragraph: a page may say one thing twice (and Readability's test pages do).
    if (outer.length === 2 && outer[1]!.isConnected && outer[1]!.querySelectorAll(SECTION_PARTS).length >= 2) outer[1]!.remove();
  }
}
const MIN_REPEAT_CHARS = 80;
const SECTION_PARTS = 'p, li, h1, h2, h3, h4, h5, h6, dt, dd, tr';

/**
 * A disclosure that says it filters or sorts ("Filter by Categories", "Refine by colour", "Sort by"): its toggle and
 * the panel it opens are the shop's search form, however the panel's options are written (links, often).
 */
function stripFilterPanels(root: Element): void {
  for (const toggle of Array.from(root.querySelectorAll('button[aria-controls]'))) {
    if (!toggle.isConnected || !FILTER_LABEL.test((toggle.textContent ?? '').replace(/\s+/g, ' ').trim())) continue;
    // By id from the document (the region is part of extraction's copy): an attribute selector per toggle would scan
    // the region each time in jsdom.
    const panel = root.ownerDocument.getElementById(toggle.getAttribute('aria-controls') ?? '');
    if (panel && root.contains(panel) && !panel.contains(toggle)) panel.remove();
    (toggle.closest('[role="heading"], h2, h3, h4, h5, h6') ?? toggle).remove();
  }
}
const FILTER_LABEL = /^(filter|filters|refine|sort)(\s+by)?\b/i;

/**
 * Lists of choices: a list whose every item is a checkbox or a radio button with its label is a form's options (a
 * shop's filters by colour, size and price; its sort orders), not what the page says. Not a task list: its
 * checkboxes are disabled, for show.
 */
function stripChoiceLists(root: Element): void {
  for (const list of Array.from(root.querySelectorAll('ul, ol, fieldset'))) {
    if (!list.isConnected) continue;
    const items = Array.from(list.children).filter((item) => item.tagName !== 'LEGEND');
    if (items.length < MIN_CHOICES) continue;
    // A choice is a label: an item that holds a checkbox and a paragraph is a post (Lobsters folds each comment
    // with a checkbox). A fieldset may hold its inputs and their labels side by side, unwrapped: there a label is a
    // choice's other half.
    const inputs = items.filter(isChoice).length;
    const isPart = (item: Element): boolean => isChoice(item) || (inputs >= MIN_CHOICES && item.tagName === 'LABEL') || !!item.querySelector(CHOICE);
    const choices = items.filter((item) => isPart(item) && !holdsParagraph(item)).length;
    if (choices >= CHOICE_SHARE * items.length) list.remove();
  }
}
const CHOICE = 'input[type="checkbox"]:not([disabled]), input[type="radio"]:not([disabled])';
const MIN_CHOICES = 3;
const CHOICE_SHARE = 0.8;

function holdsParagraph(el: Element): boolean {
  return Array.from(el.querySelectorAll('p')).some((p) => (p.textContent ?? '').trim().length >= MIN_PARAGRAPH_CHARS);
}

function isChoice(el: Element): boolean {
  return el.tagName === 'INPUT' && el.matches(CHOICE);
}

/**
 * Buttons, drop-downs and text fields. Three kinds of button are text: a disclosure's toggle (`aria-expanded`: the
 * question of an FAQ, the title of a tab of details), a button inside a sentence, and a card made clickable whole
 * (it holds a heading or a paragraph).
 */
function stripControls(root: Element): void {
  for (const el of Array.from(root.querySelectorAll('button, select, textarea, input'))) {
    if (el.tagName === 'BUTTON' && (el.hasAttribute('aria-expanded') || el.parentElement?.closest('p') || el.querySelector('h1, h2, h3, h4, h5, h6, p'))) continue;
    el.remove();
  }
}

/**
 * Names a shop gives the blocks around a product that are not about it: customers' reviews (a product's comment
 * thread) and the grids of other products ("Customers also viewed", "Recently viewed"), with the widgets of the
 * review services that fill them.
 */
const SHOP_EXTRA_WORDS = new Set([...REVIEW_WORDS, 'upsell', 'upsells', 'crosssell', 'recommendation', 'recommendations', 'recently']);
/** A block holding this share of the region's text is what the page is about, whatever its name says. */
const EXTRA_SHARE = 0.5;

/** Only on a page that says it sells a product: on a service page the "reviews" are its testimonials. */
function stripShopExtras(root: Element): void {
  const total = (root.textContent ?? '').length;
  for (const el of Array.from(root.querySelectorAll('div, section, ul, aside'))) {
    if (!el.isConnected || !nameTokens(el).some((token) => SHOP_EXTRA_WORDS.has(token))) continue;
    if ((el.textContent ?? '').length < EXTRA_SHARE * total) el.remove();
  }
}

/**
 * Grids of other products on a product's page ("People who viewed this item also viewed", "Consider these
 * items", "Complete the look"): three or more cards side by side, each a short block with a link and a price,
 * taken out with the heading and the "Sponsored" label that come with them. Never the grid that holds the page's
 * headline, nor one holding half the region's text: that grid is what the page shows (a collection that declares
 * one product, as some shop themes do for the category).
 */
function stripProductGrids(root: Element): void {
  const headline = root.querySelector('h1');
  const total = textLength(root);
  for (const grid of Array.from(root.querySelectorAll('ul, ol, div, section'))) {
    if (!root.contains(grid) || grid.children.length < MIN_CARDS) continue;
    const cards = Array.from(grid.children);
    if (cards.filter(isProductCard).length < CARD_SHARE * cards.length) continue;
    if ((headline && grid.contains(headline)) || textLength(grid) >= EXTRA_SHARE * total) continue;
    // Up through the wrappers that add only a little text: the grid's heading, its "See all" link, its ad label.
    let unit: Element = grid;
    for (let parent = unit.parentElement; parent && parent !== root && !(headline && parent.contains(headline)); parent = parent.parentElement) {
      if (textLength(parent) - textLength(unit) >= GRID_CAPTION_CHARS) break;
      unit = parent;
    }
    unit.remove();
  }
}
const MIN_CARDS = 3;
const CARD_SHARE = 0.75;
const MAX_CARD_CHARS = 400;
const GRID_CAPTION_CHARS = 120;
/** A price as shops print it: a currency sign or code before the number, or after it (49,99 €, 120 zł, 1 200 Kč). */
const PRICE = /(?:[$€£¥₹₩]|\b(?:USD|EUR|GBP|CHF|AUD|CAD|SEK|NOK|DKK|PLN|INR|JPY|Rs\.?)\s?)\s?\d|\d(?:[.,]\d\d)?\s?(?:[€£₽]|zł|kr\b|Kč|\b(?:USD|EUR|GBP|CHF|PLN)\b)/;

/** Another product's card: a short block with a link (or itself a link) and a price. */
function isProductCard(el: Element): boolean {
  const text = normalizeText(el.textContent);
  return text.length > 0 && text.length <= MAX_CARD_CHARS && PRICE.test(text) && (el.tagName === 'A' || el.querySelector('a[href]') !== null);
}
