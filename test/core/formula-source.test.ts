import { describe, expect, it } from 'vitest';
import { keepFormulaSource } from '../../src/core/formula-source.ts';
import { toMarkdown } from '../../src/core/to-markdown.ts';
import { parseRoot } from '../support/load-page.ts';

function kept(html: string): string[] {
  const root = parseRoot(html);
  keepFormulaSource(root);
  return Array.from(root.querySelectorAll('math')).map((math) => math.getAttribute('alttext') ?? '');
}

describe('keepFormulaSource', () => {
  it('keeps a formula’s TeX annotation as its text alternative, without MathJax’s layout wrapper', () => {
    expect(
      kept(
        '<math><semantics><mi>x</mi><annotation encoding="application/x-tex">x_t</annotation></semantics></math><math display="block"><semantics><mi>A</mi><annotation encoding="application/x-tex">{\\displaystyle A^{\\mathsf {H}}}</annotation></semantics></math>',
      ),
    ).toEqual(['x_t', 'A^{\\mathsf {H}}']);
  });

  it('keeps a text alternative the page gave, and takes no other kind of annotation', () => {
    expect(kept('<math alttext="x squared"><semantics><mi>x</mi><annotation encoding="application/x-tex">x^2</annotation></semantics></math>')).toEqual(['x squared']);
    expect(kept('<math><semantics><mi>x</mi><annotation encoding="text/plain">x</annotation></semantics></math><math><mi>y</mi></math>')).toEqual(['', '']);
    // The layout wrapper goes only when it holds the whole formula.
    expect(kept('<math><semantics><mi>a</mi><annotation encoding="application/x-tex">{\\displaystyle a}+{\\displaystyle b}</annotation></semantics></math>')).toEqual([
      '{\\displaystyle a}+{\\displaystyle b}',
    ]);
  });
});

describe('toMarkdown of formulas', () => {
  it('writes a formula with its TeX as $…$ inline and $$…$$ displayed, and one without as its symbols', () => {
    expect(toMarkdown('<p>Each <math alttext="x_t"><msub><mi>x</mi><mi>t</mi></msub></math> is read.</p><math display="block" alttext="\\sum_k x_k"><mo>∑</mo></math>')).toBe(
      'Each $x_t$ is read.\n\n$$\\sum_k x_k$$',
    );
    expect(toMarkdown('<p>Each <math><mi>x</mi></math> is read.</p>')).toBe('Each x is read.');
    expect(toMarkdown('<p>Each <math alttext="x\n+ 1"><mi>x</mi></math> is read.</p>')).toBe('Each $x + 1$ is read.');
  });
});
