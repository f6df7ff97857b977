/**
 * A formula's TeX, kept where a reader can use it. KaTeX, MathJax and Wikipedia write it in the formula's
 * `<annotation encoding="application/x-tex">`, which sanitizing drops (shown, it would print after the formula);
 * moved into the formula's `alttext` (MathML's own attribute for a text alternative) it survives, and a Markdown
 * export writes the formula as `$…$` instead of a run of loose symbols.
 */
export function keepFormulaSource(root: Element): void {
  for (const math of root.querySelectorAll('math')) {
    if (math.hasAttribute('alttext')) continue;
    const tex = Array.from(math.querySelectorAll('annotation')).find((el) => TEX.test(el.getAttribute('encoding') ?? ''));
    const source = (tex?.textContent ?? '').replace(/\s+/g, ' ').trim();
    // MathJax and Wikipedia wrap the whole formula in `{\displaystyle …}`, which says only how to lay it out.
    if (source) math.setAttribute('alttext', withoutDisplayStyle(source));
  }
}

/** `{\displaystyle x}` → `x`, only when that one pair of braces holds the whole formula (not `{\displaystyle a}+{b}`). */
function withoutDisplayStyle(tex: string): string {
  const inner = /^\{\\displaystyle\s*([\s\S]*)\}$/.exec(tex)?.[1];
  if (inner === undefined) return tex;
  let depth = 0;
  for (const char of inner) {
    if (char === '{') depth++;
    else if (char === '}' && --depth < 0) return tex;
  }
  return depth === 0 ? inner.trim() : tex;
}
const TEX = /^application\/(x-)?tex$/i;
