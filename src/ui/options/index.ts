/** The options page: default length, the in-page box, theme, always-on sites, the shortcut. */
import browser from '../../browser';
import { localize } from '../localize';
import { t } from '../t';
import type { SummaryLength } from '../../protocol';
import { sendToBackground } from '../../messaging';
import { applyTheme, loadSettings, saveSettings, type Settings, type Theme } from '../../settings';

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;

let savedTimer: ReturnType<typeof setTimeout> | undefined;
async function save(changes: Partial<Settings>): Promise<void> {
  await saveSettings(changes);
  $('saved').textContent = t('optionsSaved');
  clearTimeout(savedTimer);
  savedTimer = setTimeout(() => ($('saved').textContent = ''), 2000);
}

function renderSites(sites: readonly string[]): void {
  $('no-sites').hidden = sites.length > 0;
  $('sites').replaceChildren(
    ...sites.map((origin) => {
      const item = document.createElement('li');
      const name = document.createElement('span');
      name.textContent = origin;
      const revoke = document.createElement('button');
      revoke.type = 'button';
      revoke.className = 'secondary';
      revoke.textContent = t('optionsRevoke');
      revoke.setAttribute('aria-label', t('optionsRevokeSite', origin));
      revoke.addEventListener('click', async () => {
        const { alwaysOn } = await sendToBackground('setAlwaysOn', { origin, isOn: false });
        renderSites(alwaysOn);
        $('saved').textContent = t('optionsRevoked', origin);
      });
      item.append(name, revoke);
      return item;
    }),
  );
}

async function showShortcut(): Promise<void> {
  const commands = await browser.commands.getAll().catch(() => []);
  const open = commands.find((c) => c.name === '_execute_action' || c.name === '_execute_browser_action');
  $('shortcut').textContent = open?.shortcut || t('optionsNoShortcut');
}

function openShortcutSettings(): void {
  // Firefox 137+ opens its own shortcut page; Chrome's is a chrome:// page only an extension can open.
  const commands = browser.commands as { openShortcutSettings?: () => Promise<void> };
  if (commands.openShortcutSettings) void commands.openShortcutSettings();
  else void browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
}

async function start(): Promise<void> {
  localize();
  const settings = await loadSettings();
  applyTheme(document, settings.theme);
  for (const input of document.querySelectorAll<HTMLInputElement>('input[name="length"]')) {
    input.checked = input.value === settings.length;
    input.addEventListener('change', () => void save({ length: input.value as SummaryLength }));
  }
  for (const input of document.querySelectorAll<HTMLInputElement>('input[name="theme"]')) {
    input.checked = input.value === settings.theme;
    input.addEventListener('change', () => {
      applyTheme(document, input.value as Theme);
      void save({ theme: input.value as Theme });
    });
  }
  const showInPage = $<HTMLInputElement>('show-in-page');
  showInPage.checked = settings.showInPage;
  showInPage.addEventListener('change', () => void save({ showInPage: showInPage.checked }));
  renderSites(settings.alwaysOn);
  $('change-shortcut').addEventListener('click', openShortcutSettings);
  await showShortcut();
  document.body.dataset.ready = 'true';
}

void start();
