import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * A snapshot of what Clearpage asks the browser for. Any new permission, host, web-accessible resource or looser
 * CSP fails here, so that it is argued for in review (see README "Permissions" and SECURITY.md).
 */
const manifest = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'manifest.json'), 'utf8'));

describe('manifest', () => {
  it('asks only for activeTab, scripting and storage, with site access as an opt-in', () => {
    expect(manifest.permissions).toEqual(['activeTab', 'scripting', 'storage']);
    expect(manifest.optional_host_permissions).toEqual(['http://*/*', 'https://*/*']);
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.optional_permissions).toBeUndefined();
  });

  it('declares no content scripts and no web-accessible resources (nothing a page can probe for)', () => {
    expect(manifest.content_scripts).toBeUndefined();
    expect(manifest.web_accessible_resources).toBeUndefined();
    expect(manifest.externally_connectable).toBeUndefined();
  });

  it('keeps a strict CSP on its own pages: own scripts only, no network, no <base>, no framing', () => {
    expect(manifest.content_security_policy).toEqual({
      extension_pages:
        "default-src 'self'; script-src 'self'; object-src 'none'; style-src 'self'; img-src 'self' https: http: data:; connect-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
    });
  });

  it('binds one command, the reader shortcut', () => {
    expect(Object.keys(manifest.commands)).toEqual(['toggle-reader']);
    expect(manifest.commands['toggle-reader'].suggested_key).toEqual({ default: 'Ctrl+Shift+Y', mac: 'Command+Shift+Y' });
  });
});
