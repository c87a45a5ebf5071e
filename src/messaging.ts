/**
 * Typed sending and handling over `runtime` messages, in the manner of fregante's webext-msg:
 * a listener answers only the messages it owns, errors travel back serialised and are re-thrown.
 */
import browser, { type Runtime } from './browser';
import {
  isEnvelope,
  type AnswerOf,
  type BackgroundProtocol,
  type Envelope,
  type PayloadOf,
  type Reply,
  type TabProtocol,
} from './protocol';

/** One handler per message of protocol `P`: a missing one fails to compile. */
export type Handlers<P extends object> = {
  [K in keyof P]: (payload: PayloadOf<P, K>, sender: Runtime.MessageSender) => AnswerOf<P, K> | Promise<AnswerOf<P, K>>;
};

function unwrap<R>(reply: unknown): R {
  if (typeof reply !== 'object' || reply === null) throw new Error('No answer from the receiver');
  const r = reply as Reply<R>;
  if ('error' in r) throw new Error(r.error);
  return r.value;
}

function envelope<P extends object, K extends keyof P>(type: K, payload: PayloadOf<P, K>): Envelope<P, K> {
  return { precis: 1, type, payload };
}

/** Ask the background worker. */
export async function sendToBackground<K extends keyof BackgroundProtocol>(
  type: K,
  payload: PayloadOf<BackgroundProtocol, K>,
): Promise<AnswerOf<BackgroundProtocol, K>> {
  return unwrap(await browser.runtime.sendMessage(envelope<BackgroundProtocol, K>(type, payload)));
}

/** Ask the content script in tab `tabId` (top frame only). */
export async function sendToTab<K extends keyof TabProtocol>(
  tabId: number,
  type: K,
  payload: PayloadOf<TabProtocol, K>,
): Promise<AnswerOf<TabProtocol, K>> {
  return unwrap(await browser.tabs.sendMessage(tabId, envelope<TabProtocol, K>(type, payload), { frameId: 0 }));
}

/**
 * Answer the messages of protocol `P` that `accept` takes from their sender; leave every other message
 * to other listeners.
 * Returns a function that stops listening.
 */
export function handleMessages<P extends object>(
  handlers: Handlers<P>,
  accept: (sender: Runtime.MessageSender, type: keyof P) => boolean,
): () => void {
  const known = Object.keys(handlers) as (keyof P)[];
  const listener = (message: unknown, sender: Runtime.MessageSender): Promise<Reply<unknown>> | undefined => {
    if (!isEnvelope<P>(message, known) || !accept(sender, message.type)) return undefined;
    const handler = handlers[message.type] as (payload: unknown, sender: Runtime.MessageSender) => unknown;
    return Promise.resolve()
      .then(() => handler(message.payload, sender))
      .then(
        (value) => ({ value }),
        (error: unknown) => ({ error: error instanceof Error ? error.message : String(error) }),
      );
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/** True when the sender is one of Precis's own extension pages (popup, options), not a web page or content script. */
export function isOwnPage(sender: Runtime.MessageSender): boolean {
  return (
    sender.id === browser.runtime.id &&
    typeof sender.url === 'string' &&
    sender.url.startsWith(browser.runtime.getURL(''))
  );
}

/** True when the sender is Precis itself (the background, asking a content script). */
export function isOwnExtension(sender: Runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id && sender.tab === undefined;
}
