import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { sendToBackground } from '../messaging/send-to-background.ts';

/** Opens the page's reader mode (the same as the keyboard shortcut) and closes the popup. Shows the bound key. */
export function ReaderButton({ tabId }: { tabId: number }) {
  const [shortcut, setShortcut] = useState('');
  const [failure, setFailure] = useState('');

  useEffect(() => {
    void browser.commands.getAll().then((commands) => setShortcut(commands.find((command) => command.name === 'toggle-reader')?.shortcut ?? ''));
  }, []);

  const open = async () => {
    const result = await sendToBackground('toggleReader', { tabId });
    if (result.ok) window.close();
    else setFailure('Reader mode cannot open on this page.');
  };
  return (
    <div class="cp-reader-launch">
      <button type="button" class="cp-button" data-action="open-reader" onClick={() => void open()}>
        Open reader mode
      </button>
      {shortcut && <kbd class="cp-shortcut" title="Change it at chrome://extensions/shortcuts">{shortcut}</kbd>}
      {failure && <p class="cp-note" role="alert">{failure}</p>}
    </div>
  );
}
