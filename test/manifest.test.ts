import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * A snapshot of what Clearpage asks the browser for. Any new permission, host, web-accessible resource or looser
 * CSP fails here, so that it is argued for in review (see README "Permissions" and SECURITY.md).
 */
const manifest = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'manifest.json'), 'utf8'));

describe('manifest', () => {
  it('asks only for permissions without install warnings, with site access as an opt-in', () => {
    // contextMenus: "Save article to Clearpage"; unlimitedStorage: the library must not be evicted or capped.
    expect(manifest.permissions).toEqual(['activeTab', 'contextMenus', 'scripting', 'storage', 'unlimitedStorage']);
    expect(manifest.optional_host_permissions).toEqual(['http://*/*', 'https://*/*']);
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.optional_permissions).toBeUndefined();
  });

  it('declares no content scripts and no web-accessible resources (nothing a page can probe for)', () => {
    expect(manifest.content_scripts).toBeUndefined();
    expect(manifest.web_accessible_resources).toBeUndefined();
    expect(manifest.externally_connectable).toBeUndefined();
  });

  it('keeps a strict CSP on its own pages: own scripts only, no <base>, framed only by itself', () => {
    // connect-src allows the web only so the service worker can download a saved article's images (no cookies, no
    // referrer; SECURITY.md); blob: images are the library's stored copies; frames are the library's article frame.
    expect(manifest.content_security_policy).toEqual({
      extension_pages:
        "default-src 'self'; script-src 'self'; object-src 'none'; style-src 'self'; img-src 'self' blob: https: http: data:; connect-src https: http:; frame-src 'self'; frame-ancestors 'self'; base-uri 'none'; form-action 'none'",
      // The library's article frame: scripts only from the extension, no inline script, opaque origin.
      sandbox:
        "sandbox allow-scripts allow-popups allow-popups-to-escape-sandbox; default-src 'none'; script-src 'self'; style-src 'self'; img-src blob: https: http: data:; media-src 'none'; base-uri 'none'; form-action 'none'",
    });
    expect(manifest.sandbox).toEqual({ pages: ['library/article-frame.html'] });
  });

  it('binds two commands: the reader shortcut and the save shortcut', () => {
    expect(Object.keys(manifest.commands)).toEqual(['toggle-reader', 'save-article']);
    expect(manifest.commands['toggle-reader'].suggested_key).toEqual({ default: 'Ctrl+Shift+Y', mac: 'Command+Shift+Y' });
    expect(manifest.commands['save-article'].suggested_key).toEqual({ default: 'Alt+Shift+S', mac: 'Alt+Shift+S' });
  });
});
