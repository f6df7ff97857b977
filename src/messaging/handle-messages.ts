import browser, { type Runtime } from 'webextension-polyfill';
import { isEnvelope, senderKind, SENDERS, type MessageData, type MessageReply, type MessageType } from './protocol.ts';

export type Handlers = {
  [K in MessageType]: (data: MessageData<K>, sender: Runtime.MessageSender) => MessageReply<K> | Promise<MessageReply<K>>;
};

/**
 * Registers the service worker's handlers. Call synchronously at the top level of the worker, so a message that
 * wakes it is not missed. Messages of unknown type or shape, or from a context not allowed to send them, are
 * ignored without a reply (the sender's promise rejects, which is what a forged message deserves).
 */
export function handleBackgroundMessages(handlers: Handlers): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    if (!isEnvelope(message)) return undefined;
    const kind = senderKind(sender, browser.runtime.id, browser.runtime.getURL(''));
    if (!kind || !SENDERS[message.type].includes(kind)) return undefined;
    const handler = handlers[message.type] as (data: unknown, sender: Runtime.MessageSender) => unknown;
    return Promise.resolve(handler(message.data, sender));
  });
}
