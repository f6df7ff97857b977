import { render } from 'preact';
import { useEffect } from 'preact/hooks';
import type { SaveResult } from '../messaging/protocol.ts';
import { sendToBackground } from '../messaging/send-to-background.ts';
import { saveMessage } from '../ui/save-message.ts';
import readerCss from '../ui/reader-view.css?inline';

const HOST_TAG = 'clearpage-notice';
const HOST_STYLE = 'all: initial !important; display: block !important; position: fixed !important; top: 0 !important; right: 0 !important; z-index: 2147483647 !important;';
const SHOWN_MS = 8000;

/**
 * The in-page answer to the save shortcut and the context menu, which have no window of their own: a small
 * status box in a closed shadow root that removes itself (and leaves the page as it was) after a few seconds.
 */
export function showSaveNotice(result: SaveResult): void {
  document.querySelectorAll(HOST_TAG).forEach((old) => old.remove());
  const host = document.createElement(HOST_TAG);
  host.setAttribute('style', HOST_STYLE);
  const root = host.attachShadow({ mode: 'closed' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(readerCss);
  root.adoptedStyleSheets = [sheet];
  const mount = document.createElement('div');
  root.append(mount);
  document.documentElement.append(host);
  const remove = () => {
    render(null, mount);
    host.remove();
  };
  render(<SaveNotice result={result} onDone={remove} />, mount);
}

function SaveNotice({ result, onDone }: { result: SaveResult; onDone: () => void }) {
  const { text, ok } = saveMessage(result);
  useEffect(() => {
    const timer = setTimeout(onDone, SHOWN_MS);
    return () => clearTimeout(timer);
  }, []);
  return (
    <div class="cp-notice" role="status" data-save-state={ok ? 'saved' : 'failed'}>
      <p>{text}</p>
      {result.ok && (
        <button
          type="button"
          class="cp-tool cp-tool-primary"
          data-action="open-library"
          onClick={() => {
            void sendToBackground('openLibrary', { articleId: result.id });
            onDone();
          }}
        >
          Open library
        </button>
      )}{' '}
      <button type="button" class="cp-tool" data-action="dismiss" onClick={onDone}>
        Dismiss
      </button>
    </div>
  );
}
