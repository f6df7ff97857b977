import { defineConfig, build, type Plugin } from 'vite';
import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import manifest from './manifest.json' with { type: 'json' };
import { DETECT_SCRIPT_FILE } from './src/messaging/script-files.ts';

/**
 * Builds the always-on detection script as one classic (IIFE) file at a fixed path.
 *
 * Why not crxjs: a content script that crxjs knows about becomes a loader plus ES chunks, and every chunk is
 * listed in `web_accessible_resources` for every matched site, which lets any page fingerprint the extension.
 * The detection script is registered at run time with `scripting.registerContentScripts` (only once the user
 * grants host access), so it only needs to exist as a file; nothing has to be web-accessible.
 */
function classicScript(entry: string, fileName: string): Plugin {
  return {
    name: 'clearpage:classic-script',
    apply: 'build',
    async generateBundle() {
      const result = await build({
        configFile: false,
        logLevel: 'warn',
        build: {
          write: false,
          minify: true,
          lib: { entry, formats: ['iife'], name: 'clearpageDetect', fileName: () => fileName },
        },
      });
      const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => ('output' in r ? r.output : []));
      const chunk = outputs.find((o) => o.type === 'chunk' && o.isEntry);
      if (!chunk || chunk.type !== 'chunk') throw new Error(`classic script ${entry} produced no chunk`);
      this.emitFile({ type: 'asset', fileName, source: chunk.code });
    },
  };
}

export default defineConfig({
  plugins: [preact(), crx({ manifest }), classicScript('src/content/detect-page.ts', DETECT_SCRIPT_FILE)],
  build: {
    target: 'chrome121',
    sourcemap: false,
    emptyOutDir: true,
  },
});
