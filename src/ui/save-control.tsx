import { useState } from 'preact/hooks';
import type { SaveResult } from '../messaging/protocol.ts';
import { saveMessage } from './save-message.ts';

/**
 * A Save button and what saving did, with a way to the library afterwards. The popup and the reader both use it;
 * the save itself runs in the service worker, so closing the popup does not interrupt it.
 */
export function SaveControl(props: { save: () => Promise<SaveResult>; openLibrary: (articleId: string) => void; buttonClass: string }) {
  const [state, setState] = useState<{ kind: 'idle' } | { kind: 'saving' } | { kind: 'done'; result: SaveResult }>({ kind: 'idle' });
  const save = async () => {
    setState({ kind: 'saving' });
    try {
      setState({ kind: 'done', result: await props.save() });
    } catch (error) {
      // The worker stopped before it answered; the article may be stored already (it is written first).
      const detail = error instanceof Error ? error.message : String(error);
      setState({ kind: 'done', result: { ok: false, reason: 'gone', detail } });
    }
  };
  const message = state.kind === 'done' ? saveMessage(state.result) : null;
  return (
    <div class="cp-save" role="group" aria-label="Library">
      <button type="button" class={props.buttonClass} data-action="save" disabled={state.kind === 'saving'} onClick={() => void save()}>
        {state.kind === 'saving' ? 'Saving…' : state.kind === 'done' && state.result.ok ? 'Save again' : 'Save'}
      </button>
      {state.kind === 'done' && state.result.ok && (
        <button type="button" class={props.buttonClass} data-action="open-library" onClick={() => state.result.ok && props.openLibrary(state.result.id)}>
          Open library
        </button>
      )}
      <span class="cp-save-status" role="status" data-save-state={message ? (message.ok ? 'saved' : 'failed') : ''}>
        {message?.text}
      </span>
    </div>
  );
}
