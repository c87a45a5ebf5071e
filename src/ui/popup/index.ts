/** The popup: asks the background for the active tab's summary and shows it. UI only. */
import { takeBenchMarks } from '../../bench-marks';
import browser from '../../browser';
import { localize } from '../localize';
import { t } from '../t';
import type { Failure, FailureCode, SummarizeResult, SummaryLength, SummaryView } from '../../protocol';
import type { SummarySentence } from '../../article/summary';
import { sendToBackground, sendToTab } from '../../messaging';
import { applyTheme, loadSettings, saveSettings } from '../../settings';
import { isSameView, readKeptView } from '../../popup-address';
import { DEFAULT_LENGTH } from '../../article/length';
import { toMarkdown } from './format';
import { textDirection } from '../text-direction';
import { createReadAloud, type ReadAloud, type ReadAloudState } from './read-aloud';
import { canOpenSidePanel, openSidePanel } from './side-panel';
import { textFragmentUrl } from './text-fragment';

/** How long the popup waits for the background before it offers a retry. */
const REQUEST_TIMEOUT_MS = 20_000;
/** A loading state shown sooner than this only flickers. */
const LOADING_DELAY_MS = 120;
const LENGTH_KEYS: Record<string, SummaryLength> = { s: 'short', m: 'medium', l: 'long' };
/** Answers shown for a question to the article. */
const MAX_HITS = 5;
/** The popup's page in the side panel (`?panel=1`), where it stays beside the page. */
const isPanel = new URLSearchParams(location.search).has('panel');
if (isPanel) document.documentElement.classList.add('panel');
/** In the panel these mean the tab gave Precis no grant (not this tab, or a new page in it) more often than not. */
const PANEL_NEEDS_CLICK: ReadonlySet<FailureCode> = new Set(['no-tab', 'load-failed']);

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
/** Whether the summary shown was asked for with "Summarize anyway": the search asks the page the same. */
let forced = false;
/** "Ask the article" on this article: its sentences indexed on first use; reset with each new summary. */
let index: Promise<((query: string) => SummarySentence[]) | undefined> | undefined;
let reader: ReadAloud | undefined;
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

/** The sentence buttons of the list on screen: the answers while there is a question, else the summary. */
function sentenceButtons(): HTMLButtonElement[] {
  const list = $('answers').hidden ? '#summary' : '#hits';
  return [...document.querySelectorAll<HTMLButtonElement>(`${list} .sentence`)];
}

let statusTimer: ReturnType<typeof setTimeout> | undefined;
/** A passing word in the footer ("Copied"), cleared after a moment. */
function flash(text: string): void {
  $('copy-status').textContent = text;
  clearTimeout(statusTimer);
  statusTimer = setTimeout(() => ($('copy-status').textContent = ''), 2000);
}

async function jumpTo(text: string): Promise<void> {
  if (tabId === undefined) return;
  const { found } = await sendToTab(tabId, 'highlight', { text }).catch(() => ({ found: false }));
  say(found ? '' : t('jumpNotFound'));
}

/** One sentence of a list: a button that finds it on the page, and one that copies a link to it there. */
function sentenceItem(s: SummarySentence, isFirst: boolean, v: SummaryView): HTMLLIElement {
  const item = document.createElement('li');
  const row = document.createElement('div');
  row.className = 'item';
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'sentence';
  button.tabIndex = isFirst ? 0 : -1;
  button.title = t('jumpHint');
  button.textContent = s.text;
  button.addEventListener('click', () => void jumpTo(s.text));
  const link = document.createElement('button');
  link.type = 'button';
  link.className = 'link-button';
  link.tabIndex = -1;
  link.setAttribute('aria-label', t('copyLink'));
  link.title = t('copyLink');
  link.addEventListener('click', () => void copyText(textFragmentUrl(v.url, s.text, v.lang), t('linkCopied')));
  row.append(button, link);
  item.append(row);
  return item;
}

function renderView(v: SummaryView): void {
  view = v;
  index = undefined;
  stopReading();
  $('problem').hidden = true;
  $('result').hidden = false;
  const origin = safeOrigin(v.url);
  $('site').textContent = v.siteName ?? (origin ? new URL(origin).hostname : '');
  $('title').textContent = v.title || v.url;
  const meta = [v.byline ? t('byline', v.byline) : null, v.publishedDate].filter(Boolean);
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

  $('count').textContent = t('sentenceCount', String(v.sentences.length), String(v.totalSentences));
  for (const list of [$('summary'), $('hits')]) {
    list.lang = v.lang ?? '';
    list.dir = textDirection(v.lang);
  }
  $('summary').replaceChildren(...v.sentences.map((s, i) => sentenceItem(s, i === 0, v)));
  $('open-panel').hidden = isPanel || tabId === undefined || !canOpenSidePanel();
  const query = $<HTMLInputElement>('ask').value;
  if (query.trim()) void ask(query);
  else showAnswers(null);

  showAlwaysOn();
}

/** The "always on this site" switch, for the site of the summary shown. */
function showAlwaysOn(): void {
  const origin = view ? safeOrigin(view.url) : null;
  $('always-on-label').hidden = origin === null;
  if (!origin) return;
  $('always-on-text').textContent = t('alwaysOn', new URL(origin).hostname);
  $<HTMLInputElement>('always-on').checked = alwaysOnSites.includes(origin);
}

/** A word instead of a summary, with nothing to retry: the side panel on a tab Precis wasn't clicked on. */
function renderNotice(message: string): void {
  renderFailure({ code: 'no-tab' });
  $('problem-message').textContent = message;
  $<HTMLButtonElement>('problem-action').hidden = true;
}

function renderFailure(failure: Failure): void {
  view = undefined;
  index = undefined;
  stopReading();
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

/** The tab's summary at length `chosen` (the one the popup shows; none: the saved one), or why not. */
async function requestSummary(force: boolean, chosen?: SummaryLength): Promise<SummarizeResult> {
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

/**
 * Shows a request's answer, unless a newer request (another length) has taken over. `shown`: the view
 * already on screen (the one the popup's address kept), left as it is when the answer is the same.
 */
async function show(answer: Promise<SummarizeResult>, shown?: SummaryView): Promise<void> {
  const mine = ++request;
  // Busy over a summary kept from before too, which may still change; but no "Reading the page…" over it.
  $('app').setAttribute('aria-busy', 'true');
  const loading = shown ? undefined : setTimeout(() => say(t('loading'), true), LOADING_DELAY_MS);
  const result = await answer;
  performance.mark('precis:answered');
  takeBenchMarks(result);
  clearTimeout(loading);
  if (mine !== request) return;
  say('');
  $('app').setAttribute('aria-busy', 'false');
  if (result.ok && shown && view === shown && isSameView(result.view, shown)) {
    view = result.view;
    return;
  }
  if (result.ok) {
    renderView(result.view);
  } else if (isPanel && PANEL_NEEDS_CLICK.has(result.failure.code)) {
    renderNotice(t('panelClickPrecis'));
  } else {
    renderFailure(result.failure);
  }
  // For `npm run bench`: when the answer reached the screen, on the popup's own clock.
  requestAnimationFrame(() => performance.mark('precis:painted'));
}

function load(force = false): Promise<void> {
  forced = force;
  return show(requestSummary(force, length));
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

async function copyText(text: string, done: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    flash(done);
  } catch {
    flash(t('copyFailed'));
  }
}

function copy(): Promise<void> {
  return view ? copyText(toMarkdown(view), t('copied')) : Promise.resolve();
}

/**
 * The search over the article's sentences, or undefined when the page has none to give: the sentences
 * are asked of the page once per summary (its content script kept them), the engine loaded once.
 */
function articleIndex(): Promise<((query: string) => SummarySentence[]) | undefined> {
  if (tabId === undefined) return Promise.resolve(undefined);
  index ??= Promise.all([sendToTab(tabId, 'extract', { force: forced }), import('./ask-engine')]).then(
    ([extraction, engine]) => {
      if (!extraction.ok) return undefined;
      const sentences = engine.indexSentences(engine.summaryInput(extraction.article));
      return (query: string) => engine.searchSentences(sentences, query, MAX_HITS);
    },
    () => undefined,
  );
  return index;
}

/** Shows the answers to `query`, or the summary again when `query` is null. */
function showAnswers(query: string | null, hits: SummarySentence[] = []): void {
  const isAsking = query !== null;
  $('answers').hidden = !isAsking;
  $('summary').hidden = isAsking;
  if (!isAsking || !view) return;
  $('answers-heading').textContent = hits.length > 0 ? t('answersFor', query) : t('noAnswers', query);
  const v = view;
  $('hits').replaceChildren(...hits.map((s, i) => sentenceItem(s, i === 0, v)));
}

let asked = 0;
/** "Ask the article": the sentences that best answer `query`, best first. */
async function ask(query: string): Promise<void> {
  const mine = ++asked;
  if (!query.trim()) {
    showAnswers(null);
    return;
  }
  const search = await articleIndex();
  if (mine !== asked) return;
  if (!search) {
    showAnswers(query);
    $('answers-heading').textContent = t('askUnavailable');
    return;
  }
  showAnswers(query, search(query));
}

const SPEECH_MESSAGES: Partial<Record<ReadAloudState, string>> = {
  'no-voice': 'speechNoVoice',
  unsupported: 'speechUnsupported',
};

function onReadingState(state: ReadAloudState): void {
  const button = $('read-aloud');
  const isPlaying = state === 'playing';
  button.setAttribute('aria-pressed', String(isPlaying));
  const label = t(isPlaying ? 'pauseReading' : 'readAloud');
  button.setAttribute('aria-label', label);
  button.title = label;
  const message = SPEECH_MESSAGES[state];
  $('speech-status').textContent = message ? t(message) : '';
}

function markReading(at: number | null): void {
  document.querySelectorAll<HTMLElement>('#summary > li').forEach((item, i) => {
    item.classList.toggle('reading', i === at);
    if (i === at) item.setAttribute('aria-current', 'true');
    else item.removeAttribute('aria-current');
  });
}

/** Read aloud plays, pauses and resumes the summary shown. */
function toggleReading(): void {
  if (!view) return;
  if (!reader) {
    reader = createReadAloud({
      synth: globalThis.speechSynthesis,
      createUtterance: (text) => new SpeechSynthesisUtterance(text),
      sentences: view.sentences.map((s) => s.text),
      lang: view.lang,
      uiLang: browser.i18n.getUILanguage(),
      onSentence: markReading,
      onState: onReadingState,
    });
  }
  reader.toggle();
}

function stopReading(): void {
  reader?.stop();
  reader = undefined;
  markReading(null);
  onReadingState('idle');
}

function openPanel(): void {
  if (tabId === undefined) return;
  // Nothing awaited before: the browser opens a panel only within the reader's click.
  openSidePanel(tabId).then(
    () => window.close(),
    () => flash(t('panelFailed')),
  );
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

/** In the search field: Escape clears the question, ↓ goes to the first answer. */
function onSearchKey(event: KeyboardEvent): void {
  const input = event.target as HTMLInputElement;
  if (event.key === 'Escape' && input.value !== '') {
    input.value = '';
    void ask('');
    event.preventDefault();
    event.stopPropagation();
  } else if (event.key === 'ArrowDown') {
    const first = sentenceButtons()[0];
    if (first) {
      for (const b of sentenceButtons()) b.tabIndex = b === first ? 0 : -1;
      first.focus();
      event.preventDefault();
    }
  }
}

/**
 * Arrow keys walk the sentences (one tab stop for the list), → reaches a sentence's link button,
 * S/M/L switch length, C copies, R reads aloud, / asks the article. Not while the reader types.
 */
function onKey(event: KeyboardEvent): void {
  if (event.ctrlKey || event.metaKey || event.altKey) return;
  if (event.target instanceof HTMLInputElement && event.target.type === 'search') return;
  const buttons = sentenceButtons();
  const active = document.activeElement as HTMLElement | null;
  if (active?.classList.contains('link-button') && event.key === 'ArrowLeft') {
    (active.previousElementSibling as HTMLElement | null)?.focus();
    event.preventDefault();
    return;
  }
  // From a link button, ↑ ↓ go on from its sentence.
  const isLink = active?.classList.contains('link-button') ?? false;
  const at = buttons.indexOf((isLink ? active!.previousElementSibling : active) as HTMLButtonElement);
  if (at >= 0 && !isLink && event.key === 'ArrowRight') {
    (buttons[at]!.nextElementSibling as HTMLElement | null)?.focus();
    event.preventDefault();
    return;
  }
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
  } else if (key === 'r' && view) {
    toggleReading();
    event.preventDefault();
  } else if (event.key === '/' && view) {
    $('ask').focus();
    event.preventDefault();
  }
}

/**
 * In the side panel: another tab of its window has given Precis no grant, so the panel asks for a click
 * there rather than reading it; back on its own tab it shows the summary again. A new page in its tab
 * takes the grant away too.
 */
function watchTabs(): void {
  const own = tabId;
  if (own === undefined) return;
  void browser.windows.getCurrent().then(({ id: windowId }) => {
    browser.tabs.onActivated.addListener((info) => {
      if (info.windowId !== windowId) return;
      if (info.tabId === own) void load(forced);
      else renderNotice(t('panelClickPrecis'));
    });
  });
  browser.tabs.onUpdated.addListener((id, change) => {
    if (id === own && change.status === 'loading') renderNotice(t('panelClickPrecis'));
  });
}

/** `?tab=N`: the background names the tab a popup is for (so may a test, or a tab opened from the popup). */
function namedTabId(): number | undefined {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  return Number.isInteger(fromQuery) && fromQuery > 0 ? fromQuery : undefined;
}

async function activeTabId(): Promise<number | undefined> {
  const named = namedTabId();
  if (named !== undefined) return named;
  // The side panel reads only the tab it was opened for: the active tab may have given no grant.
  if (isPanel) return undefined;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

function domReady(): Promise<void> {
  if (document.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => document.addEventListener('DOMContentLoaded', () => resolve(), { once: true }));
}

/** Resolves once the page has been on screen for a frame (or after `ms`, for a page never shown). */
function afterFirstFrame(ms = 100): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve));
    setTimeout(resolve, ms);
  });
}

// popup.js is deferred: the page is parsed while the script is on its way, so a reopened popup draws
// its kept summary sooner (its first frame came ~2.5 ms sooner than with the script first in <head>).
// The question goes out first, for the saved length (the background knows it; the popup reads it
// meanwhile, to show it). In Chrome the background began reading the page at the click, so the answer
// is ready long before any popup asks; in Firefox the question starts the reading, a parse later.
async function start(): Promise<void> {
  performance.mark('precis:started');
  // The summary this tab's popup showed last, if its address kept one: drawn in the script's own
  // task, so it is in the popup's first frame. The question then waits for that
  // frame: the summary on screen needs no answer yet, and the work of answering (a worker to wake, the
  // page to ask) would only hold up the browser showing the popup.
  const kept = isPanel ? undefined : readKeptView(location.hash);
  const settings = loadSettings();
  const first = (kept ? afterFirstFrame() : Promise.resolve()).then(activeTabId).then((id) => {
    tabId = id;
    performance.mark('precis:asked');
    return requestSummary(false);
  });
  await domReady();
  localize();
  if (kept) {
    tabId = namedTabId();
    applyTheme(document, kept.theme);
    selectLength(kept.length);
    renderView(kept.view);
    performance.mark('precis:kept');
    requestAnimationFrame(() => performance.mark('precis:painted'));
  }
  const { theme, length: saved, alwaysOn: sites } = await settings;
  alwaysOnSites = sites;
  applyTheme(document, theme);
  selectLength(saved);
  showAlwaysOn();
  for (const input of document.querySelectorAll<HTMLInputElement>('input[name="length"]'))
    input.addEventListener('change', () => setLength(input.value as SummaryLength));
  $('copy').addEventListener('click', () => void copy());
  $('read-aloud').addEventListener('click', toggleReading);
  $('open-panel').addEventListener('click', openPanel);
  const search = $<HTMLInputElement>('ask');
  search.addEventListener('input', () => void ask(search.value));
  search.addEventListener('keydown', onSearchKey);
  addEventListener('pagehide', () => reader?.stop());
  const alwaysOn = $<HTMLInputElement>('always-on');
  alwaysOn.addEventListener('change', () => toggleAlwaysOn(alwaysOn));
  document.addEventListener('keydown', onKey);
  await show(first, kept?.view);
  if (isPanel) watchTabs();
}

void start();
