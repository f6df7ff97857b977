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
    const rows = Array.from(table.rows);
    if (rows.some((row) => row.cells.length !== 2)) continue;
    if (rows.length === 1) unwrapGutter(table, rows[0]!);
    else if (rows.length >= 2) unwrapNumberedRows(table, rows);
  }
}

/** One row: a cell of consecutive line numbers, then the code (a `<pre>`, or lines of `<code>`). */
function unwrapGutter(table: HTMLTableElement, row: HTMLTableRowElement): void {
  const [gutter, code] = [row.cells[0]!, row.cells[1]!];
  if (!isLineNumbers(gutter.textContent ?? '') || !code.querySelector('pre, code')) return;
  table.replaceWith(...code.childNodes);
}

/**
 * A row per line, each with an empty first cell (the number is drawn from a `data-` attribute) or, inside a
 * `<pre>`, the line's number. Outside code, a table whose first column counts its rows is a ranking, and one
 * whose first column is empty may be a table of icons: it must say it holds code.
 */
function unwrapNumberedRows(table: HTMLTableElement, rows: HTMLTableRowElement[]): void {
  const inCode = !!table.parentElement?.closest('pre, code');
  const first = rows.map((row) => row.cells[0]!);
  const numbers = first.map((cell) => (cell.textContent ?? '').trim());
  const numbered = numbers.every((n) => /^\d+$/.test(n)) && isLineNumbers(numbers.join(' '));
  const blank = numbers.every((n) => !n) && !first.some((cell) => cell.querySelector(SHOWN));
  if (!(blank || (inCode && numbered))) return;
  if (!inCode && !CODE_NAMES.test(`${table.className} ${rows[0]!.cells[1]!.className}`)) return;
  const lines = rows.map((row) => (row.cells[1]!.textContent ?? '').replace(/\n$/, '')).join('\n');
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
/** How highlighters name a table of code or its code cells (`blob-code`, `hljs-ln-code`, `highlight`, `js-file-line`). */
const CODE_NAMES = /code|highlight|file-line|source/i;

/** Whitespace-separated whole numbers counting up by one (a gutter may start past 1: an excerpt of a file). */
function isLineNumbers(text: string): boolean {
  const numbers = text.trim().split(/\s+/);
  if (!/^\d+$/.test(numbers[0] ?? '')) return false;
  const start = Number(numbers[0]);
  // One number alone is a gutter only as the first line: a table's single "2024" beside some code is not.
  if (numbers.length === 1 && start !== 1) return false;
  return numbers.every((n, i) => /^\d+$/.test(n) && Number(n) === start + i);
}
