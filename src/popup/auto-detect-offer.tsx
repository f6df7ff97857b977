import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';

const ALL_SITES = ['http://*/*', 'https://*/*'];

/**
 * Automatic detection (the toolbar badge on every article) needs access to every site, so it is an opt-in grant
 * rather than an install-time permission. This offers it until the reader has given it.
 */
export function AutoDetectOffer() {
  const [granted, setGranted] = useState<boolean | null>(null);

  useEffect(() => {
    void browser.permissions.contains({ origins: ALL_SITES }).then(setGranted);
  }, []);

  if (granted !== false) return null;
  const ask = () => {
    // Must run straight from the click: Chrome only shows the prompt during a user gesture.
    void browser.permissions.request({ origins: ALL_SITES }).then(setGranted).catch(() => setGranted(false));
  };
  return (
    <footer class="cp-popup-footer">
      <p>Want the ✓ badge to tell you when a page is an article, before you click?</p>
      <button type="button" class="cp-button cp-button-quiet" onClick={ask}>
        Detect articles on every site
      </button>
    </footer>
  );
}
