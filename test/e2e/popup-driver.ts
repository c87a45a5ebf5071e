/**
 * Reading and driving Precis's popup page (and reading its options page), the same in Chromium (real
 * popup) and Firefox (popup as a tab).
 */
import type { Page } from 'puppeteer-core';

/** How long a popup may take to show its answer; the popup's own request timeout is 20 s. */
export const POPUP_TIMEOUT_MS = 25_000;

/** What the popup shows once it is no longer busy. */
export interface PopupState {
  title: string;
  times: string;
  sentences: string[];
  /** The problem message, or null when the popup shows a summary. */
  problem: string | null;
  /** The problem's button ("Summarize anyway", "Try again"), or null when there is none. */
  action: string | null;
}

/**
 * Poll `check` in the page until it holds. Not `waitForFunction`, which builds its predicate with
 * `new Function`: Firefox ESR 140.12 refuses that on an extension page, under the page's CSP.
 */
export async function waitInPage(page: Page, check: () => boolean, timeout = POPUP_TIMEOUT_MS): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!(await page.evaluate(check))) {
    if (Date.now() > deadline) throw new Error(`not so within ${timeout} ms: ${String(check)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** A real click on `selector` once it is there (a Locator waits with `new Function` too). */
export async function clickOn(page: Page, selector: string): Promise<void> {
  const element = await page.waitForSelector(selector, { timeout: POPUP_TIMEOUT_MS });
  await element!.click();
}

/** Wait until the popup is no longer busy and read what it shows. */
export async function settled(popup: Page): Promise<PopupState> {
  await popup.waitForSelector('#app[aria-busy="false"]', { timeout: POPUP_TIMEOUT_MS });
  return popup.evaluate(() => {
    const text = (id: string) => document.getElementById(id)?.textContent ?? '';
    const problem = document.getElementById('problem') as HTMLElement;
    const action = document.getElementById('problem-action') as HTMLButtonElement;
    return {
      title: text('title'),
      times: text('times'),
      // The sentence's own text, not its link button's.
      sentences: Array.from(document.querySelectorAll('#summary > li .sentence'), (b) => b.textContent ?? ''),
      problem: problem.hidden ? null : text('problem-message'),
      action: problem.hidden || action.hidden ? null : (action.textContent ?? ''),
    };
  });
}

/** Choose a length and wait for the summary the popup draws anew (never the one already shown). */
export async function chooseLength(popup: Page, length: 'short' | 'medium' | 'long'): Promise<PopupState> {
  await popup.evaluate(() =>
    document.querySelectorAll<HTMLElement>('#summary > li').forEach((li) => (li.dataset.e2eStale = '')),
  );
  await clickOn(popup, `input[name="length"][value="${length}"]`);
  await waitInPage(
    popup,
    () =>
      document.getElementById('app')?.getAttribute('aria-busy') === 'false' &&
      document.querySelector('#summary > li') !== null &&
      document.querySelector('#summary > li[data-e2e-stale]') === null,
  );
  return settled(popup);
}

/** Press "Summarize anyway" and wait for what comes instead of the not-an-article message. */
export async function summarizeAnyway(popup: Page): Promise<PopupState> {
  await clickOn(popup, '#problem-action');
  await waitInPage(popup, () => {
    const problem = document.getElementById('problem') as HTMLElement;
    const message = document.getElementById('problem-message')?.textContent ?? '';
    return (
      document.getElementById('app')?.getAttribute('aria-busy') === 'false' &&
      (problem.hidden || !/look like an article/.test(message))
    );
  });
  return settled(popup);
}

/** Whether the length radio `length` is checked. */
export function isLengthChecked(popup: Page, length: 'short' | 'medium' | 'long'): Promise<boolean> {
  return popup.$eval(`input[name="length"][value="${length}"]`, (i) => (i as HTMLInputElement).checked);
}

/** What the options page shows: the chosen length and theme, the in-page box switch, the theme applied. */
export function optionsShown(options: Page): Promise<{
  length: string | undefined;
  theme: string | undefined;
  showInPage: boolean | undefined;
  dataTheme: string | undefined;
}> {
  return options.evaluate(() => ({
    length: document.querySelector<HTMLInputElement>('input[name="length"]:checked')?.value,
    theme: document.querySelector<HTMLInputElement>('input[name="theme"]:checked')?.value,
    showInPage: document.querySelector<HTMLInputElement>('#show-in-page')?.checked,
    dataTheme: document.documentElement.dataset.theme,
  }));
}
