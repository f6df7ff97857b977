import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeHtml } from '../src/cli/decode-html.ts';
import { PAGES_DIR } from './support/load-page.ts';

/** The command-line extractor, run from source (the built bin runs the same code). */
const ROOT = join(import.meta.dirname, '..');
const run = (args: string[], input?: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src', 'cli', 'main.ts'), ...args], { cwd: ROOT, input, encoding: 'utf8' });
const dir = mkdtempSync(join(tmpdir(), 'clearpage-cli-'));
const seed = join(PAGES_DIR, 'pakistantoday-article', 'source.html');

describe('decodeHtml', () => {
  const latin1 = (text: string) => Uint8Array.from(text, (ch) => ch.charCodeAt(0));
  it('reads valid UTF-8 as UTF-8 even when the page claims another charset', () => {
    const bytes = new TextEncoder().encode('<meta charset="iso-8859-1"><p>café – naïve</p>');
    expect(decodeHtml(bytes)).toContain('café – naïve');
  });
  it('falls back to the declared charset for bytes that are not UTF-8, then to windows-1252', () => {
    expect(decodeHtml(latin1('<meta charset="iso-8859-1"><p>caf\u00e9</p>'))).toContain('café');
    expect(decodeHtml(latin1('<p>\u0093quoted\u0094</p>'))).toContain('“quoted”');
  });
  it('honours a byte-order mark and an explicit encoding', () => {
    const utf16 = new Uint8Array([0xff, 0xfe, ...Array.from('<p>hé</p>').flatMap((ch) => [ch.charCodeAt(0), 0])]);
    expect(decodeHtml(utf16)).toBe('<p>hé</p>');
    expect(decodeHtml(new TextEncoder().encode('<p>é</p>'), 'latin1')).toBe('<p>Ã©</p>');
  });
});

describe('clearpage extract', () => {
  it('prints the article as JSON, text, Markdown with front matter, or HTML', () => {
    const json = JSON.parse(run(['extract', '--url', 'https://www.pakistantoday.com.pk/2018/09/11/kim/', seed]).stdout);
    expect(json).toMatchObject({ isArticle: true, title: 'North Korea’s Kim asks Trump for another meeting in ‘very warm’ letter', siteName: 'Pakistan Today' });
    expect(json.recentPosts.posts).toHaveLength(6);
    expect(run(['extract', '--format', 'text', seed]).stdout).toMatch(/^North Korea’s Kim asks Trump[^\n]*\n\nWASHINGTON: /);
    const markdown = run(['extract', '--format', 'markdown', seed]).stdout;
    expect(markdown).toMatch(/^---\ntitle: "North Korea’s Kim[^\n]*\nbyline: "Reuters"\ndate: "2018-09-11T09:25:41\+05:00"\nsite: "Pakistan Today"\n---\n\n# North Korea/);
    expect(markdown).toContain('### WINDOW OF OPPORTUNITY');
    expect(run(['extract', '--format', 'html', '--url', 'https://www.pakistantoday.com.pk/2018/09/11/kim/', seed]).stdout).toMatch(/^<figure>/);
  });

  it('writes the title once in Markdown when the article opens with its headline', () => {
    const markdown = run(['extract', '--format', 'markdown', join(PAGES_DIR, 'spa-article', 'source.html')]).stdout;
    expect(markdown.match(/The first story on a single-page site/g)).toHaveLength(2);
    expect(markdown).toMatch(/^---\ntitle: "The first story on a single-page site"\n(?:[^\n]*\n)*---\n\n# The first story on a single-page site\n\nThis page is a small/);
  });

  it('reads gzipped pages', () => {
    const file = join(dir, 'page.html.gz');
    writeFileSync(file, gzipSync(execFileSync('cat', [seed])));
    expect(JSON.parse(run(['extract', file]).stdout).isArticle).toBe(true);
  });

  it('gives a clear message and a non-zero exit for bad input', () => {
    const binary = join(dir, 'binary.html');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 1, 2, 3]));
    const text = join(dir, 'notes.txt');
    writeFileSync(text, 'just some words, no markup at all');
    for (const [args, message] of [
      [['extract', join(dir, 'missing.html')], 'no such file'],
      [['extract', binary], 'not an HTML page'],
      [['extract', text], 'not an HTML page'],
      [['extract', 'http://127.0.0.1:1/page'], 'cannot fetch'],
      [['extract', '--format', 'pdf', seed], 'unknown format'],
      [['extract'], 'which page?'],
    ] as const) {
      const result = run([...args]);
      expect(result.status, args.join(' ')).not.toBe(0);
      expect(result.stderr).toContain(message);
      expect(result.stdout).toBe('');
    }
  });

  it('refuses pages over the size limit', () => {
    const huge = join(dir, 'huge.html');
    writeFileSync(huge, `<html><body><p>${'x'.repeat(21 * 1024 * 1024)}</p></body></html>`);
    const result = run(['extract', huge]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('too large');
    // A small archive that inflates past the limit is refused the same way, without inflating all of it.
    const bomb = join(dir, 'bomb.html.gz');
    writeFileSync(bomb, gzipSync(Buffer.from(`<html><body><p>${'x'.repeat(40 * 1024 * 1024)}</p></body></html>`)));
    const inflated = run(['extract', bomb]);
    expect(inflated.status).toBe(1);
    expect(inflated.stderr).toContain('too large');
  });

  it('--jsonl answers every line in order, with errors on their own line, in one process', () => {
    const input = [
      JSON.stringify({ file: seed, url: 'https://www.pakistantoday.com.pk/a/' }),
      JSON.stringify({ file: join(dir, 'missing.html') }),
      'not json',
      JSON.stringify({ file: join(PAGES_DIR, 'news-home-listing', 'source.html') }),
    ].join('\n');
    const lines = run(['extract', '--jsonl'], input).stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatchObject({ file: seed, isArticle: true });
    expect(Object.keys(lines[0])).toEqual(['file', 'isArticle', 'title', 'byline', 'publishedTime', 'siteName', 'lang', 'dir', 'text', 'html', 'summary', 'recentPosts', 'ms']);
    expect(lines[0].ms).toBeGreaterThan(0);
    expect(lines[1]).toEqual({ file: join(dir, 'missing.html'), error: expect.stringContaining('no such file') });
    expect(lines[2].error).toContain('not a JSON line');
    expect(lines[3]).toMatchObject({ isArticle: false });
  });
});
