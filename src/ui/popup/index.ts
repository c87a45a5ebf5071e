/** The popup: asks the background for the active tab's summary and shows it. UI only. */
import { takeBenchMarks } from '../../bench-marks';
import browser from '../../browser';
import { localize } from '../localize';
import { t } from '../t';
import type { Failure, FailureCode, SummarizeResult, SummaryLength, SummaryView } from '../../protocol';
import { sendToBackground, sendToTab } from '../../messaging';
import { applyTheme, loadSettings, saveSettings } from '../../settings';
import { DEFAULT_LENGTH } from '../../article/length';
import { formatDate, textDirection, toMarkdown } from './format';

/** How long the popup waits for the background before it offers a retry. */
const REQUEST_TIMEOUT_MS = 20_000;
/** A loading state shown sooner than this only flickers. */
const LOADING_DELAY_MS = 120;
const LENGTH_KEYS: Record<string, SummaryLength> = { s: 'short', m: 'medium', l: 'long' };

const FAILURE_MESSAGES: Record<FailureCode, string> = {
  'not-article': 'failNotArticle',
  empty: 'failEmpty',
  restricted: 'failRestricted',
  'load-failed': 'failLoadFailed',
  'no-tab': 'failNoTab',
  timeout: 'failTimeout',
  failed: 'failFailed',
};

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;

let tabId: number | undefined;
let length: SummaryLength = DEFAULT_LENGTH;
let view: SummaryView | undefined;
let request = 0;
/** Sites the reader turned "always on" for, as the settings said at start and the background since. */
let alwaysOnSites: readonly string[] = [];

function say(text: string, isLoading = false): void {
  $('status').textContent = text;
  $('status').classList.toggle('loading', isLoading);
}

function safeOrigin(url: string): string | null {
  try {
    const { origin, protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:' ? origin : null;
  } catch {
    return null;
  }
}

function sentenceButtons(): HTMLButtonElement[] {
  return [...document.querySelectorAll<HTMLButtonElement>('#summary .sentence')];
}

async function jumpTo(text: string): Promise<void> {
  if (tabId === undefined) return;
  const { found } = await sendToTab(tabId, 'highlight', { text }).catch(() => ({ found: false }));
  say(found ? '' : t('jumpNotFound'));
}

function renderView(v: SummaryView): void {
  view = v;
  $('problem').hidden = true;
  $('result').hidden = false;
  const origin = safeOrigin(v.url);
  $('site').textContent = v.siteName ?? (origin ? new URL(origin).hostname : '');
  $('title').textContent = v.title || v.url;
  const meta = [v.byline ? t('byline', v.byline) : null, formatDate(v.publishedTime)].filter(Boolean);
  $('meta').textContent = meta.join(' · ');
  $('meta').hidden = meta.length === 0;
  const times = [t('minRead', String(v.readingMinutes)), t('summarySeconds', String(v.summarySeconds))];
  if (v.savedMinutes > 0) times.push(t('savedMinutes', String(v.savedMinutes)));
  $('times').textContent = times.join(' · ');

  const notes = [
    v.storyCount ? t('storyOfMany', String(v.storyCount)) : '',
    v.isList ? t('listNotArticle') : '',
    v.isLowConfidence ? t('lowConfidence') : v.isTruncated ? t('truncated') : '',
  ];
  const note = notes.filter(Boolean).join(' ');
  $('note').textContent = note;
  $('note').hidden = note === '';

  const list = $('summary');
  list.lang = v.lang ?? '';
  list.dir = textDirection(v.lang);
  list.replaceChildren(
    ...v.sentences.map((s, i) => {
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'sentence';
      button.tabIndex = i === 0 ? 0 : -1;
      button.title = t('jumpHint');
      button.textContent = s.text;
      button.addEventListener('click', () => void jumpTo(s.text));
      item.append(button);
      return item;
    }),
  );

  const label = $('always-on-label');
  label.hidden = origin === null;
  if (origin) {
    $('always-on-text').textContent = t('alwaysOn', new URL(origin).hostname);
    $<HTMLInputElement>('always-on').checked = alwaysOnSites.includes(origin);
  }
}

function renderFailure(failure: Failure): void {
  view = undefined;
  $('result').hidden = true;
  $('problem').hidden = false;
  $('problem-title').textContent = failure.title ?? '';
  $('problem-title').hidden = !failure.title;
  $('problem-message').textContent = t(FAILURE_MESSAGES[failure.code]);
  const action = $<HTMLButtonElement>('problem-action');
  const canForce = failure.code === 'not-article' || failure.code === 'empty';
  const canRetry = failure.code === 'timeout' || failure.code === 'failed';
  action.hidden = !canForce && !canRetry;
  action.textContent = canForce ? t('summarizeAnyway') : t('retry');
  action.onclick = () => void load(canForce);
  if (!action.hidden) action.focus();
}

/** The tab's summary at length `chosen` (the one the popup shows), or why not. */
async function ask(force: boolean, chosen: SummaryLength): Promise<SummarizeResult> {
  if (tabId === undefined) return { ok: false, failure: { code: 'no-tab' } };
  const payload = { tabId, length: chosen, force };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<SummarizeResult>((resolve) => {
    timer = setTimeout(() => resolve({ ok: false, failure: { code: 'timeout' } }), REQUEST_TIMEOUT_MS);
  });
  const attempt = async (): Promise<SummarizeResult> => {
    try {
      return await sendToBackground('summarizeTab', payload);
    } catch {
      // A service worker that Chrome stopped mid-request drops the answer; the retry wakes a new one.
      return sendToBackground('summarizeTab', payload);
    }
  };
  try {
    return await Promise.race([attempt(), timeout]);
  } catch {
    return { ok: false, failure: { code: 'failed' } };
  } finally {
    clearTimeout(timer);
  }
}

/** Shows a request's answer, unless a newer request (another length) has taken over. */
async function show(answer: Promise<SummarizeResult>): Promise<void> {
  const mine = ++request;
  $('app').setAttribute('aria-busy', 'true');
  const loading = setTimeout(() => say(t('loading'), true), LOADING_DELAY_MS);
  const result = await answer;
  performance.mark('precis:answered');
  takeBenchMarks(result);
  clearTimeout(loading);
  if (mine !== request) return;
  say('');
  $('app').setAttribute('aria-busy', 'false');
  if (result.ok) {
    renderView(result.view);
  } else {
    renderFailure(result.failure);
  }
  // For `npm run bench`: when the answer reached the screen, on the popup's own clock.
  requestAnimationFrame(() => performance.mark('precis:painted'));
}

function load(force = false): Promise<void> {
  return show(ask(force, length));
}

/** The length the popup asks for from now on, shown checked. */
function selectLength(next: SummaryLength): void {
  length = next;
  for (const input of document.querySelectorAll<HTMLInputElement>('input[name="length"]'))
    input.checked = input.value === next;
}

function setLength(next: SummaryLength): void {
  if (next === length) return;
  selectLength(next);
  void saveSettings({ length });
  void load();
}

async function copy(): Promise<void> {
  if (!view) return;
  const status = $('copy-status');
  try {
    await navigator.clipboard.writeText(toMarkdown(view));
    status.textContent = t('copied');
  } catch {
    status.textContent = t('copyFailed');
  }
  setTimeout(() => (status.textContent = ''), 2000);
}

function toggleAlwaysOn(input: HTMLInputElement): void {
  const origin = view && safeOrigin(view.url);
  if (!origin) return;
  const isOn = input.checked;
  // permissions.request must run in the click itself, before any await, or the browser refuses it.
  const granted = isOn ? browser.permissions.request({ origins: [`${origin}/*`] }) : Promise.resolve(true);
  void granted
    .then(async (ok) => {
      if (!ok) throw new Error('not granted');
      ({ alwaysOn: alwaysOnSites } = await sendToBackground('setAlwaysOn', { origin, isOn }));
    })
    .catch(() => {
      input.checked = !isOn;
    });
}

/** Arrow keys walk the sentences (one tab stop for the list), S/M/L switch length, C copies. */
function onKey(event: KeyboardEvent): void {
  if (event.ctrlKey || event.metaKey || event.altKey) return;
  const buttons = sentenceButtons();
  const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
  if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && buttons.length > 0) {
    const step = event.key === 'ArrowDown' ? 1 : -1;
    const next = buttons[at < 0 ? 0 : Math.min(buttons.length - 1, Math.max(0, at + step))]!;
    for (const b of buttons) b.tabIndex = b === next ? 0 : -1;
    next.focus();
    event.preventDefault();
    return;
  }
  const key = event.key.toLowerCase();
  const next = LENGTH_KEYS[key];
  if (next && view) {
    setLength(next);
    event.preventDefault();
  } else if (key === 'c' && view) {
    void copy();
    event.preventDefault();
  }
}

async function activeTabId(): Promise<number | undefined> {
  // `?tab=N` lets a test (or a tab opened from the popup) name the tab to summarize.
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

function domReady(): Promise<void> {
  if (document.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => document.addEventListener('DOMContentLoaded', () => resolve(), { once: true }));
}

// popup.js runs from <head>, before the page is parsed: the question goes out first, with the saved
// length the popup will show (read alongside the tab, so it costs no extra wait), and the page is
// built while the answer is on its way.
async function start(): Promise<void> {
  performance.mark('precis:started');
  const settings = loadSettings();
  const first = Promise.all([activeTabId(), settings]).then(([id, saved]) => {
    tabId = id;
    length = saved.length;
    performance.mark('precis:asked');
    return ask(false, saved.length);
  });
  await domReady();
  localize();
  const { theme, length: saved, alwaysOn: sites } = await settings;
  alwaysOnSites = sites;
  applyTheme(document, theme);
  selectLength(saved);
  for (const input of document.querySelectorAll<HTMLInputElement>('input[name="length"]'))
    input.addEventListener('change', () => setLength(input.value as SummaryLength));
  $('copy').addEventListener('click', () => void copy());
  const alwaysOn = $<HTMLInputElement>('always-on');
  alwaysOn.addEventListener('change', () => toggleAlwaysOn(alwaysOn));
  document.addEventListener('keydown', onKey);
  await show(first);
}

void start();
