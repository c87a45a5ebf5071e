/** The popup: asks the background for the active tab's summary and shows it. UI only. */
import browser from '../browser';
import type { Failure, FailureCode, SummarizeResult, SummaryLength, SummaryView } from '../messages';
import { sendToBackground } from '../messaging';
import { formatDate, toMarkdown } from './format';

/** How long the popup waits for the background before it offers a retry. */
const REQUEST_TIMEOUT_MS = 20_000;
/** A loading state shown sooner than this only flickers. */
const LOADING_DELAY_MS = 120;
const LENGTH_KEY = 'length';
const DEFAULT_LENGTH: SummaryLength = 'medium';
const LENGTHS: readonly SummaryLength[] = ['short', 'medium', 'long'];

const FAILURE_MESSAGES: Record<FailureCode, string> = {
  'not-article': 'failNotArticle',
  empty: 'failEmpty',
  restricted: 'failRestricted',
  'no-tab': 'failNoTab',
  timeout: 'failTimeout',
  failed: 'failFailed',
};

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;
const t = (key: string, ...subs: string[]): string => browser.i18n.getMessage(key, subs) || key;

let tabId: number | undefined;
let length: SummaryLength = DEFAULT_LENGTH;
let view: SummaryView | undefined;
let request = 0;

function localize(): void {
  document.documentElement.lang = browser.i18n.getUILanguage();
  document.documentElement.dir = browser.i18n.getMessage('@@bidi_dir') || 'ltr';
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n]')) el.textContent = t(el.dataset.i18n ?? '');
}

function setBusy(isBusy: boolean): void {
  $('app').setAttribute('aria-busy', String(isBusy));
}

function showLoading(): void {
  $('status').textContent = t('loading');
  $('status').classList.add('loading');
}

function clearStatus(): void {
  $('status').textContent = '';
  $('status').classList.remove('loading');
}

function renderView(v: SummaryView): void {
  view = v;
  $('problem').hidden = true;
  $('result').hidden = false;
  $('site').textContent = v.siteName ?? safeHost(v.url);
  $('title').textContent = v.title || safeHost(v.url);
  const meta = [v.byline ? t('byline', v.byline) : null, formatDate(v.publishedTime)].filter(Boolean);
  $('meta').textContent = meta.join(' · ');
  $('meta').hidden = meta.length === 0;
  $('times').textContent = `${t('minRead', String(v.readingMinutes))} · ${t('summarySeconds', String(v.summarySeconds))}`;

  const note = v.isLowConfidence ? t('lowConfidence') : v.isTruncated ? t('truncated') : '';
  $('note').textContent = note;
  $('note').hidden = note === '';

  const list = $('summary');
  if (v.lang) list.lang = v.lang;
  list.replaceChildren(
    ...v.sentences.map((s) => {
      const item = document.createElement('li');
      item.textContent = s.text;
      return item;
    }),
  );
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

function safeHost(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}

async function ask(force: boolean): Promise<SummarizeResult> {
  if (tabId === undefined) return { ok: false, failure: { code: 'no-tab' } };
  const payload = { tabId, length, force };
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

async function load(force = false): Promise<void> {
  const mine = ++request;
  setBusy(true);
  const loading = setTimeout(showLoading, LOADING_DELAY_MS);
  const result = await ask(force);
  clearTimeout(loading);
  if (mine !== request) return; // a newer request (another length) has taken over
  clearStatus();
  setBusy(false);
  if (result.ok) renderView(result.view);
  else renderFailure(result.failure);
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

async function activeTabId(): Promise<number | undefined> {
  // `?tab=N` lets a test (or a tab opened from the popup) name the tab to summarize.
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

async function start(): Promise<void> {
  localize();
  const stored: unknown = (await browser.storage.local.get(LENGTH_KEY).catch(() => ({}) as Record<string, unknown>))[LENGTH_KEY];
  if (LENGTHS.includes(stored as SummaryLength)) length = stored as SummaryLength;
  for (const input of document.querySelectorAll<HTMLInputElement>('input[name="length"]')) {
    input.checked = input.value === length;
    input.addEventListener('change', () => {
      length = input.value as SummaryLength;
      void browser.storage.local.set({ [LENGTH_KEY]: length });
      void load();
    });
  }
  $('copy').addEventListener('click', () => void copy());
  tabId = await activeTabId();
  await load();
}

void start();
