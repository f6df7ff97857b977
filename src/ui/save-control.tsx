import { useState } from 'preact/hooks';
import type { SaveResult } from '../messaging/protocol.ts';
import { saveMessage } from './save-message.ts';

/**
 * A Save button and what saving did, with a way to the library afterwards. The popup and the reader both use it;
 * the save itself runs in the service worker, so closing the popup does not interrupt it.
 */
export function SaveControl(props: { save: () => Promise<SaveResult>; /** Opens the library, at the saved article when `articleId` is not empty. */
  openLibrary: (articleId: string) => void; buttonClass: string }) {
  const [state, setState] = useState<{ kind: 'idle' } | { kind: 'saving' } | { kind: 'done'; result: SaveResult } | { kind: 'interrupted' }>({ kind: 'idle' });
  const save = async () => {
    setState({ kind: 'saving' });
    try {
      setState({ kind: 'done', result: await props.save() });
    } catch {
      // The service worker stopped before it answered. The article is written before its images download, and
      // a restarted worker finishes the images, so the library is the place to look.
      setState({ kind: 'interrupted' });
    }
  };
  const message =
    state.kind === 'done' ? saveMessage(state.result) : state.kind === 'interrupted' ? { text: 'Saving was interrupted. Open your library to check: an article is kept as soon as it is read, and its images finish later.', ok: false } : null;
  return (
    <div class="cp-save" role="group" aria-label="Library">
      <button type="button" class={props.buttonClass} data-action="save" disabled={state.kind === 'saving'} onClick={() => void save()}>
        {state.kind === 'saving' ? 'Saving…' : state.kind === 'done' && state.result.ok ? 'Save again' : 'Save'}
      </button>
      {((state.kind === 'done' && state.result.ok) || state.kind === 'interrupted') && (
        <button type="button" class={props.buttonClass} data-action="open-library" onClick={() => props.openLibrary(state.kind === 'done' && state.result.ok ? state.result.id : '')}>
          Open library
        </button>
      )}
      <span class="cp-save-status" role="status" data-save-state={message ? (message.ok ? 'saved' : 'failed') : ''}>
        {message?.text}
      </span>
    </div>
  );
}
