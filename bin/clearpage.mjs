#!/usr/bin/env node
// The `clearpage` command: runs the built command-line extractor (src/cli, built into dist-cli by `npm run build`).
import { existsSync } from 'node:fs';

const entry = new URL('../dist-cli/clearpage.mjs', import.meta.url);
if (!existsSync(entry)) {
  console.error('clearpage: the command-line extractor is not built yet; run `npm run build` first');
  process.exit(2);
}
await import(entry.href);
