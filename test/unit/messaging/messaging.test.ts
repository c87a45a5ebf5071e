import { beforeEach, describe, expect, test, vi } from 'vitest';

type Listener = (message: unknown, sender: unknown) => Promise<unknown> | undefined;
const listeners: Listener[] = [];

vi.mock('../../../src/browser', () => ({
  default: {
    runtime: {
      id: 'precis-id',
      getURL: (path: string) => `chrome-extension://precis-id/${path}`,
      onMessage: {
        addListener: (l: Listener) => listeners.push(l),
        removeListener: (l: Listener) => listeners.splice(listeners.indexOf(l), 1),
      },
      sendMessage: vi.fn(async (message: unknown) => {
        for (const l of listeners) {
          const answer = l(message, { id: 'precis-id', url: 'chrome-extension://precis-id/popup.html' });
          if (answer) return answer;
        }
        return undefined;
      }),
    },
    tabs: { sendMessage: vi.fn() },
  },
}));

const { handleMessages, isOwnExtension, isOwnPage, sendToBackground } = await import('../../../src/messaging');
import type { Runtime } from '../../../src/browser';
import type { SummarizeResult } from '../../../src/protocol';

/** A one-message protocol, so these tests are about the mechanism, not Precis's messages. */
interface TestProtocol {
  summarizeTab(payload: { tabId: number; length: string }): SummarizeResult;
}

const POPUP = { id: 'precis-id', url: 'chrome-extension://precis-id/popup.html' };
const CONTENT = { id: 'precis-id', url: 'https://evil.example/', tab: { id: 1 } } as unknown as Runtime.MessageSender;
const OTHER_EXTENSION = { id: 'someone-else', url: 'chrome-extension://someone-else/x.html' };
const FAILED: SummarizeResult = { ok: false, failure: { code: 'failed' } };

beforeEach(() => {
  listeners.length = 0;
});

describe('handleMessages', () => {
  test('answers its own messages from accepted senders', async () => {
    const summarizeTab = vi.fn(() => FAILED);
    handleMessages<TestProtocol>({ summarizeTab }, isOwnPage);
    const listener = listeners[0]!;
    const envelope = { precis: 1, type: 'summarizeTab', payload: { tabId: 1, length: 'short' } };
    await expect(listener(envelope, POPUP)).resolves.toEqual({ value: FAILED });
    expect(summarizeTab).toHaveBeenCalledWith({ tabId: 1, length: 'short' }, POPUP);
  });

  test.each([
    ['a content script (a web page could be behind it)', CONTENT],
    ['another extension', OTHER_EXTENSION],
    ['a sender with no id', { url: 'https://evil.example/' }],
  ])('ignores %s', (_, sender) => {
    const summarizeTab = vi.fn(() => FAILED);
    handleMessages<TestProtocol>({ summarizeTab }, isOwnPage);
    expect(listeners[0]!({ precis: 1, type: 'summarizeTab', payload: {} }, sender)).toBeUndefined();
    expect(summarizeTab).not.toHaveBeenCalled();
  });

  test.each([
    ['a foreign message', { type: 'summarizeTab' }],
    ['an unknown type', { precis: 1, type: 'deleteEverything', payload: {} }],
    ['a string', 'summarizeTab'],
    ['null', null],
  ])('leaves %s to other listeners (returns undefined)', (_, message) => {
    handleMessages<TestProtocol>({ summarizeTab: () => FAILED }, isOwnPage);
    expect(listeners[0]!(message, POPUP)).toBeUndefined();
  });

  test('a throwing handler sends its error back, and the sender re-throws it', async () => {
    handleMessages<TestProtocol>(
      {
        summarizeTab: () => {
          throw new Error('boom');
        },
      },
      isOwnPage,
    );
    await expect(sendToBackground('summarizeTab', { tabId: 1, length: 'short' })).rejects.toThrow('boom');
  });

  test('sendToBackground returns the handler value', async () => {
    handleMessages<TestProtocol>({ summarizeTab: async () => FAILED }, isOwnPage);
    await expect(sendToBackground('summarizeTab', { tabId: 1, length: 'short' })).resolves.toEqual(FAILED);
  });

  test('no listener at all is an error, not a silent undefined', async () => {
    await expect(sendToBackground('summarizeTab', { tabId: 1, length: 'short' })).rejects.toThrow(/No answer/);
  });

  test('the returned function stops listening', () => {
    const stop = handleMessages<TestProtocol>({ summarizeTab: () => FAILED }, isOwnPage);
    expect(listeners).toHaveLength(1);
    stop();
    expect(listeners).toHaveLength(0);
  });
});

describe('sender checks', () => {
  test('isOwnPage accepts only Precis pages', () => {
    expect(isOwnPage(POPUP)).toBe(true);
    expect(isOwnPage(CONTENT)).toBe(false);
    expect(isOwnPage(OTHER_EXTENSION)).toBe(false);
  });
  test('isOwnExtension accepts Precis without a tab, not a content script', () => {
    expect(isOwnExtension({ id: 'precis-id' })).toBe(true);
    expect(isOwnExtension(CONTENT)).toBe(false);
    expect(isOwnExtension(OTHER_EXTENSION)).toBe(false);
  });
});
