import { describe, expect, it } from 'vitest';
import { recordErrors, type ErrorStore } from '../../../src/background/record-errors';

function fakeStore(): ErrorStore & { lines: string[] } {
  const store = {
    lines: [] as string[],
    get: async () => [...store.lines],
    set: async (errors: string[]) => {
      await new Promise((r) => setTimeout(r, 1));
      store.lines = errors;
    },
  };
  return store;
}

function event(type: string, fields: object): Event {
  return Object.assign(new Event(type), fields);
}

describe('recordErrors', () => {
  it('keeps each uncaught error and unhandled rejection, in order, even when they come at once', async () => {
    const target = new EventTarget();
    const store = fakeStore();
    const { idle } = recordErrors(target, store);
    target.dispatchEvent(event('error', { error: new TypeError('x is undefined'), message: 'ignored' }));
    target.dispatchEvent(event('error', { message: 'Script error.' }));
    target.dispatchEvent(event('unhandledrejection', { reason: new Error('no tab with id 7') }));
    target.dispatchEvent(event('unhandledrejection', { reason: 'a string' }));
    await idle();
    expect(store.lines).toEqual([
      'uncaught: TypeError: x is undefined',
      'uncaught: Script error.',
      'unhandled rejection: Error: no tab with id 7',
      'unhandled rejection: a string',
    ]);
  });

  it('keeps the last 50 only', async () => {
    const target = new EventTarget();
    const store = fakeStore();
    const { idle } = recordErrors(target, store);
    for (let i = 0; i < 60; i++) target.dispatchEvent(event('unhandledrejection', { reason: `n${i}` }));
    await idle();
    expect(store.lines).toHaveLength(50);
    expect(store.lines[0]).toBe('unhandled rejection: n10');
    expect(store.lines.at(-1)).toBe('unhandled rejection: n59');
  });

  it('records nothing when nothing goes wrong', async () => {
    const target = new EventTarget();
    const store = fakeStore();
    const { idle } = recordErrors(target, store);
    target.dispatchEvent(new Event('message'));
    await idle();
    expect(store.lines).toEqual([]);
  });
});
