/** Where a test build keeps the background's uncaught errors, in `storage.session`. */
export const ERRORS_KEY = 'precisErrors';
/** Errors kept at most: enough to see what broke, never a growing log. */
const MAX_ERRORS = 50;

/** The list the errors go into: `storage.session` in the extension, a fake in the tests. */
export interface ErrorStore {
  get(): Promise<string[]>;
  set(errors: string[]): Promise<void>;
}

function describe(reason: unknown): string {
  if (reason instanceof Error) return `${reason.name}: ${reason.message}`;
  return String(reason);
}

/**
 * Records every uncaught error and unhandled rejection of the background context in `store`, one line
 * each. Test builds only: Firefox shows its event page's console to no automation, so the e2e tests
 * read this list instead, and fail on any line in it. `idle()` resolves once every error so far is stored.
 */
export function recordErrors(
  target: Pick<EventTarget, 'addEventListener'>,
  store: ErrorStore,
): { idle: () => Promise<void> } {
  let queue = Promise.resolve();
  const record = (line: string) => {
    // One write after another, so two errors at once don't overwrite each other.
    queue = queue.then(async () => store.set([...(await store.get()), line].slice(-MAX_ERRORS))).catch(() => undefined);
  };
  target.addEventListener('error', (e) => {
    const event = e as ErrorEvent;
    record(`uncaught: ${event.error === undefined ? event.message : describe(event.error)}`);
  });
  target.addEventListener('unhandledrejection', (e) =>
    record(`unhandled rejection: ${describe((e as PromiseRejectionEvent).reason)}`),
  );
  return { idle: () => queue };
}
