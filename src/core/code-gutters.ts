import { SHOW_TEXT } from './normalize-text.ts';

/**
 * Code blocks without their line numbers. Highlighters that number lines lay the code out as a table, and once
 * their stylesheet is gone a reader sees the table: a column of numbers beside the code (Pygments, Rouge, Hugo's
 * Chroma, SyntaxHighlighter), or one row per line with an empty cell where the number was drawn (GitHub's file
 * view, highlight.js's line-numbers plugin). Copied, such code comes with the numbers or a tab on every line. Both
 * become the code alone, in one `<pre>`, on extraction's own copy of the page.
 */
export function unwrapNumberedCode(doc: Document): void {
  // A live list would shift under the replacements: a static one, and tables already replaced are skipped.
  for (const table of Array.from(doc.querySelectorAll('table'))) {
    if (!doc.contains(table)) continue;
    const rows = itemsOf(table.rows);
    if (rows.some((row) => row.cells.length !== 2)) continue;
    if (rows.length === 1) unwrapGutter(table, rows[0]!);
    else if (rows.length >= 2) unwrapNumberedRows(table, rows);
  }
}

/**
 * A live collection's items, read by `item()`: spreading one (`Array.from`) makes jsdom look each index up as a
 * named property too, a search of the whole collection per item.
 */
function itemsOf<T extends Element>(collection: { length: number; item(index: number): T | null }): T[] {
  const items: T[] = [];
  for (let i = 0; i < collection.length; i++) items.push(collection.item(i)!);
  return items;
}

/**
 * One row: a cell of consecutive line numbers, then the code: a `<pre>`, or lines that are all `<code>`
 * (SyntaxHighlighter). A row "1 | Run <code>npm install</code>" is a numbered step with code in its sentence.
 */
function unwrapGutter(table: HTMLTableElement, row: HTMLTableRowElement): void {
  const [gutter, code] = [row.cells.item(0)!, row.cells.item(1)!];
  if (!isLineNumbers(textsOf(gutter)) || !(code.querySelector('pre') || isAllCode(code))) return;
  table.replaceWith(...code.childNodes);
}

/** A cell's text nodes joined by spaces: a gutter of `<div>1</div><div>2</div>` reads "1 2", not "12". */
function textsOf(cell: Element): string {
  const walker = cell.ownerDocument.createTreeWalker(cell, SHOW_TEXT);
  const texts: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push((node as Text).data);
  return texts.join(' ');
}

/** Whether all of a cell's text is inside `<code>` elements. */
function isAllCode(cell: Element): boolean {
  const text = (cell.textContent ?? '').replace(/\s+/g, '');
  const inCode = Array.from(cell.querySelectorAll('code'))
    .filter((el) => !el.parentElement?.closest('code'))
    .reduce((total, el) => total + (el.textContent ?? '').replace(/\s+/g, '').length, 0);
  return text.length > 0 && inCode >= text.length;
}

/**
 * A row per line, each with an empty first cell (the number is drawn from a `data-` attribute) or, inside a
 * `<pre>`, the line's number. Outside code, a table whose first column counts its rows is a ranking, and one
 * whose first column is empty may be a table of icons: it must say it holds code.
 */
function unwrapNumberedRows(table: HTMLTableElement, rows: HTMLTableRowElement[]): void {
  const inCode = !!table.parentElement?.closest('pre, code');
  const first = rows.map((row) => row.cells.item(0)!);
  const numbers = first.map((cell) => (cell.textContent ?? '').trim());
  const numbered = numbers.every((n) => /^\d+$/.test(n)) && isLineNumbers(numbers.join(' '));
  const blank = numbers.every((n) => !n) && !first.some((cell) => cell.querySelector(SHOWN));
  if (!(blank || (inCode && numbered))) return;
  if (!inCode && !`${table.className} ${rows[0]!.cells.item(1)!.className}`.split(/\s+/).some((name) => CODE_CLASSES.has(name))) return;
  const lines = rows.map((row) => (row.cells.item(1)!.textContent ?? '').replace(/\n$/, '')).join('\n');
  if (inCode) {
    table.replaceWith(lines);
    return;
  }
  const pre = table.ownerDocument.createElement('pre');
  pre.append(table.ownerDocument.createElement('code'));
  pre.firstElementChild!.textContent = lines;
  table.replaceWith(pre);
}

/** What a cell shows without text: an empty first column of pictures is a table's, not a gutter. */
const SHOWN = 'img, picture, svg, video, input, canvas';
/**
 * How highlighters name a table of code or its code cells (GitHub, highlight.js's line numbers, Rouge, Crayon), as
 * whole class names: a table of `product-highlights` or of `sources` is not code.
 */
const CODE_CLASSES = new Set(['highlight', 'code', 'blob-code', 'blob-code-inner', 'js-file-line', 'js-file-line-container', 'hljs-ln', 'hljs-ln-code', 'rouge-table', 'rouge-code', 'crayon-table', 'crayon-code', 'sourceCode']);

/** Whitespace-separated whole numbers counting up by one (a gutter may start past 1: an excerpt of a file). */
function isLineNumbers(text: string): boolean {
  const numbers = text.trim().split(/\s+/);
  if (!/^\d+$/.test(numbers[0] ?? '')) return false;
  const start = Number(numbers[0]);
  // One number alone is a gutter only as the first line: a table's single "2024" beside some code is not.
  if (numbers.length === 1 && start !== 1) return false;
  return numbers.every((n, i) => /^\d+$/.test(n) && Number(n) === start + i);
}
