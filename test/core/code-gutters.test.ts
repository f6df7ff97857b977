import { describe, expect, it } from 'vitest';
import { unwrapNumberedCode } from '../../src/core/code-gutters.ts';
import { parseHtml } from '../support/load-page.ts';

function unwrapped(html: string): Document {
  const doc = parseHtml(`<body>${html}</body>`).window.document;
  unwrapNumberedCode(doc);
  return doc;
}

describe('unwrapNumberedCode', () => {
  it('drops the column of line numbers that Pygments, Rouge and Chroma set beside the code', () => {
    // SyntaxHighlighter writes its lines as <code> in <div>s, with no <pre>.
    const lines = unwrapped('<div class="syntaxhighlighter"><table><tbody><tr><td class="gutter"><div class="line number1">1</div><div class="line number2">2</div></td><td class="code"><div class="container"><div class="line number1"><code class="php keyword">echo</code> <code class="php string">"hi";</code></div><div class="line number2"><code class="php keyword">exit</code><code class="php plain">;</code></div></div></td></tr></tbody></table></div>');
    expect(lines.querySelector('table')).toBeNull();
    expect(lines.body.textContent).toBe('echo "hi";exit;');
    const pygments = unwrapped(
      '<div class="highlight"><table class="highlighttable"><tr><td class="linenos"><div class="linenodiv"><pre>1\n2\n3</pre></div></td><td class="code"><pre><span class="kn">import</span> os\nprint(os.getcwd())\nexit()</pre></td></tr></table></div>',
    );
    expect(pygments.querySelector('table')).toBeNull();
    expect(pygments.querySelectorAll('pre')).toHaveLength(1);
    expect(pygments.querySelector('pre')!.textContent).toBe('import os\nprint(os.getcwd())\nexit()');
    // An excerpt of a file is numbered from where it starts.
    const excerpt = unwrapped('<table class="lntable"><tr><td class="lntd"><pre><code><span class="lnt">41\n</span><span class="lnt">42\n</span></code></pre></td><td class="lntd"><pre><code>a = 1\nb = 2\n</code></pre></td></tr></table>');
    expect(excerpt.body.textContent).toBe('a = 1\nb = 2\n');
  });

  it('makes one block of code from a table of a row per line, numbered by the stylesheet (GitHub, highlight.js)', () => {
    const github = unwrapped(
      '<table class="highlight js-file-line-container"><tr><td id="L1" class="blob-num" data-line-number="1"></td><td class="blob-code blob-code-inner">def f(x):</td></tr><tr><td class="blob-num" data-line-number="2"></td><td class="blob-code blob-code-inner">    return x</td></tr></table>',
    );
    expect(github.querySelector('table')).toBeNull();
    expect(github.querySelector('pre > code')!.textContent).toBe('def f(x):\n    return x');
    const hljs = unwrapped(
      '<pre><code class="hljs"><table class="hljs-ln"><tbody><tr><td class="hljs-ln-numbers"><div class="hljs-ln-n" data-line-number="1"></div></td><td class="hljs-ln-code">let a = 1;</td></tr><tr><td class="hljs-ln-numbers"><div class="hljs-ln-n" data-line-number="2"></div></td><td class="hljs-ln-code">a += 1;</td></tr></tbody></table></code></pre>',
    );
    expect(hljs.querySelectorAll('pre, code')).toHaveLength(2);
    expect(hljs.querySelector('table')).toBeNull();
    expect(hljs.querySelector('code')!.textContent).toBe('let a = 1;\na += 1;');
  });

  it('keeps tables that are not code: a ranking, a column of icons, numbers that do not count lines', () => {
    const tables = [
      '<table><tr><td>1</td><td>Lahore</td></tr><tr><td>2</td><td>Karachi</td></tr><tr><td>3</td><td>Quetta</td></tr></table>',
      '<table class="sources"><tr><td>1</td><td>Reuters</td></tr><tr><td>2</td><td>Associated Press</td></tr></table>',
      '<table class="code-table"><tr><td><img src="https://x.test/a.png" alt=""></td><td>Fast</td></tr><tr><td><img src="https://x.test/b.png" alt=""></td><td>Cheap</td></tr></table>',
      '<table><tr><td></td><td>Spring</td></tr><tr><td></td><td>Autumn</td></tr></table>',
      '<table><tr><td>1\n3\n5</td><td><pre>odd</pre></td></tr></table>',
      '<table><tr><td>2024</td><td><code>v2</code></td></tr></table>',
      '<table><tr><td>1</td><td>a</td><td>b</td></tr></table>',
      '<table class="product-highlights"><tr><td></td><td>Waterproof to 50 m</td></tr><tr><td></td><td>Two-year battery</td></tr></table>',
      '<table class="resources"><tr><td></td><td>Guide</td></tr><tr><td></td><td>Forms</td></tr></table>',
      '<table><tr><td>1</td><td>Run <code>npm install</code> in the project folder.</td></tr></table>',
    ];
    for (const table of tables) expect(unwrapped(table).querySelector('table'), table).not.toBeNull();
  });
});
