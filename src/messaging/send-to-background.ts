import type { MessageData, MessageReply, MessageType } from './protocol.ts';

/**
 * Sends a message to the service worker and resolves with its typed reply.
 *
 * Deliberately free of webextension-polyfill: this is the only messaging code in the always-on detection script,
 * and both browsers' own `runtime.sendMessage` already return a promise (Firefox's `browser`, Chrome's `chrome`
 * since Manifest V3), so the polyfill would only add weight to every page load.
 */
export function sendToBackground<K extends MessageType>(type: K, data: MessageData<K>): Promise<MessageReply<K>> {
  const api = (globalThis as { browser?: typeof chrome }).browser ?? chrome;
  return api.runtime.sendMessage({ type, data }) as Promise<MessageReply<K>>;
}
