import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, build, type Plugin } from 'vite';
import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import manifest from './manifest.json' with { type: 'json' };
import { ARTICLE_FRAME_SCRIPT, DETECT_SCRIPT_FILE, LIBRARY_PAGE, READER_SCRIPT_FILE } from './src/messaging/script-files.ts';

/**
 * Builds a script that is injected into pages (the detection script, the reader) as one classic (IIFE) file at a
 * fixed path.
 *
 * Why not crxjs: a content script that crxjs knows about becomes a loader plus ES chunks, and every chunk is
 * listed in `web_accessible_resources` for every matched site, which lets any page fingerprint the extension.
 * These scripts are registered (`scripting.registerContentScripts`) or injected (`scripting.executeScript`) by
 * name, so they only need to exist as files; nothing has to be web-accessible.
 */
function classicScript(entry: string, fileName: string, cssFileName?: string): Plugin {
  return {
    name: `clearpage:classic-script:${fileName}`,
    apply: 'build',
    async generateBundle() {
      const result = await build({
        configFile: false,
        logLevel: 'warn',
        plugins: [preact()],
        build: {
          write: false,
          minify: true,
          lib: { entry, formats: ['iife'], name: 'clearpage', fileName: () => fileName },
        },
      });
      const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => ('output' in r ? r.output : []));
      const chunk = outputs.find((o) => o.type === 'chunk' && o.isEntry);
      if (!chunk || chunk.type !== 'chunk') throw new Error(`classic script ${entry} produced no chunk`);
      this.emitFile({ type: 'asset', fileName, source: chunk.code });
      const css = outputs.filter((o) => o.type === 'asset' && o.fileName.endsWith('.css'));
      if (css.length && !cssFileName) throw new Error(`classic script ${entry} imports CSS but has no CSS file name`);
      if (cssFileName) this.emitFile({ type: 'asset', fileName: cssFileName, source: css.map((o) => (o.type === 'asset' ? String(o.source) : '')).join('\n') });
    },
  };
}

/**
 * Builds the command-line extractor (src/cli) for Node into dist-cli/, next to the extension build: the same core,
 * run on jsdom. Dependencies stay external (npm installs them), node built-ins too.
 */
function commandLine(): Plugin {
  return {
    name: 'clearpage:command-line',
    apply: 'build',
    async closeBundle() {
      await build({
        configFile: false,
        logLevel: 'warn',
        build: {
          ssr: 'src/cli/main.ts',
          copyPublicDir: false,
          outDir: 'dist-cli',
          emptyOutDir: true,
          target: 'node20',
          rollupOptions: { output: { entryFileNames: 'clearpage.mjs', format: 'es' } },
        },
      });
    },
  };
}

/**
 * crxjs builds every page the manifest names, but the library's article frame must stay a static page with one
 * classic script (a sandboxed page cannot load module scripts without CORS). So crxjs gets the manifest without
 * `sandbox`, and this puts the key back into the manifest crxjs wrote.
 */
const { sandbox, ...manifestForCrx } = manifest;
function restoreSandboxKey(): Plugin {
  let manifestPath = '';
  return {
    name: 'clearpage:sandbox-key',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      manifestPath = join(config.root, config.build.outDir, 'manifest.json');
    },
    // crxjs writes manifest.json late in the build; by writeBundle it is on disk.
    writeBundle() {
      const written = JSON.parse(readFileSync(manifestPath, 'utf8'));
      writeFileSync(manifestPath, JSON.stringify({ ...written, sandbox }, null, 2));
    },
  };
}

export default defineConfig({
  plugins: [
    preact(),
    crx({ manifest: manifestForCrx }),
    restoreSandboxKey(),
    classicScript('src/content/detect-page.ts', DETECT_SCRIPT_FILE),
    classicScript('src/reader/reader-entry.ts', READER_SCRIPT_FILE),
    classicScript('src/library/frame/article-frame.tsx', ARTICLE_FRAME_SCRIPT, ARTICLE_FRAME_SCRIPT.replace(/\.js$/, '.css')),
    commandLine(),
  ],
  build: {
    // Pages the manifest does not name (crxjs builds those it does): the library, opened from the popup.
    rollupOptions: { input: { library: LIBRARY_PAGE } },
    target: 'chrome121',
    sourcemap: false,
    emptyOutDir: true,
  },
});
