import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { toMarkdown } from '../core/to-markdown.ts';
import { extractPage, type PageRecord } from './extract-page.ts';
import { InputError, readInput } from './read-input.ts';

const USAGE = `Usage:
  clearpage extract [--url URL] [--format json|text|markdown|html] [--encoding ENC] FILE_OR_URL
  clearpage extract --jsonl [--encoding ENC] < lines of {"file": "...", "url": "..."}

Runs Clearpage's extraction (the same core as the extension) on a saved page (.html or .html.gz) or a URL.
  --url URL       the page's original address, for a saved file (links resolve against it)
  --format F      json (default), text, markdown or html
  --encoding ENC  read the file in this character encoding (default: UTF-8 when valid, else BOM, else <meta charset>)
  --jsonl         batch: one JSON object per input line, in input order; errors are reported per line`;

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      url: { type: 'string' },
      format: { type: 'string', default: 'json' },
      encoding: { type: 'string' },
      jsonl: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const [command, source] = positionals;
  if (values.help || command !== 'extract') {
    (values.help ? console.log : console.error)(USAGE);
    return values.help ? 0 : 2;
  }
  if (values.jsonl) return batch(values.encoding);
  if (!source) {
    console.error(`clearpage: which page? Give a file or a URL.\n\n${USAGE}`);
    return 2;
  }
  if (!['json', 'text', 'markdown', 'html'].includes(values.format!)) {
    console.error(`clearpage: unknown format "${values.format}" (json, text, markdown or html)`);
    return 2;
  }
  try {
    const { html, url } = await readInput(source, values.encoding);
    const record = extractPage(html, values.url ?? (url || pathToFileURL(resolve(source)).href));
    if (!record.text) {
      console.error(`clearpage: ${source}: no article text found`);
      return 1;
    }
    process.stdout.write(`${format(record, values.format as Format)}\n`);
    if (!record.isArticle) console.error(`clearpage: ${source} does not look like an article (text extracted anyway)`);
    return 0;
  } catch (error) {
    if (error instanceof InputError) {
      console.error(`clearpage: ${error.message}`);
      return 1;
    }
    throw error;
  }
}

type Format = 'json' | 'text' | 'markdown' | 'html';

function format(record: PageRecord, kind: Format): string {
  if (kind === 'text') return [record.title, '', record.text].join('\n');
  if (kind === 'html') return record.html;
  if (kind === 'markdown') {
    const front = ['---', `title: ${JSON.stringify(record.title)}`, record.byline && `byline: ${JSON.stringify(record.byline)}`, record.publishedTime && `date: ${JSON.stringify(record.publishedTime)}`, record.siteName && `site: ${JSON.stringify(record.siteName)}`, '---'].filter(Boolean);
    return `${front.join('\n')}\n\n# ${record.title}\n\n${toMarkdown(record.html, record.title)}`;
  }
  return JSON.stringify(record, null, 2);
}

/** `--jsonl`: one process for the whole batch; a bad line is reported on its own line and the batch goes on. */
async function batch(encoding: string | undefined): Promise<number> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) continue;
    let file = '';
    try {
      const request = JSON.parse(line) as { file?: unknown; url?: unknown };
      if (typeof request.file !== 'string') throw new InputError('each line needs a "file"');
      file = request.file;
      const { html, url } = await readInput(file, encoding);
      const record = extractPage(html, typeof request.url === 'string' && request.url ? request.url : url || pathToFileURL(resolve(file)).href);
      process.stdout.write(`${JSON.stringify({ file, ...record })}\n`);
    } catch (error) {
      const message = error instanceof SyntaxError ? `not a JSON line: ${line.slice(0, 80)}` : error instanceof Error ? error.message : String(error);
      process.stdout.write(`${JSON.stringify({ file, error: message })}\n`);
    }
  }
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
