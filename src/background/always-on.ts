/**
 * "Always show the summary on this site": for each origin the reader granted, a content script
 * registered for that origin alone, which asks for the summary as the page loads.
 */
import browser from '../browser';
import { loadSettings, saveSettings } from '../settings';

const PREFIX = 'precis-always-on:';

/** The match pattern for every page of `origin` (`https://example.com` → `https://example.com/*`). */
export function originPattern(origin: string): string {
  return `${new URL(origin).origin}/*`;
}

async function register(origin: string): Promise<void> {
  await browser.scripting.registerContentScripts([
    { id: PREFIX + origin, matches: [originPattern(origin)], js: ['always-on.js'], runAt: 'document_idle' },
  ]);
}

/** Turns the site on (its permission must already be granted, in the reader's click) or off. */
export async function setAlwaysOn(origin: string, isOn: boolean): Promise<string[]> {
  origin = new URL(origin).origin;
  const { alwaysOn } = await loadSettings();
  const others = alwaysOn.filter((o) => o !== origin);
  await browser.scripting.unregisterContentScripts({ ids: [PREFIX + origin] }).catch(() => undefined);
  if (isOn) {
    const granted = await browser.permissions.contains({ origins: [originPattern(origin)] });
    if (!granted) throw new Error(`No permission for ${origin}`);
    await register(origin);
  } else {
    await browser.permissions.remove({ origins: [originPattern(origin)] }).catch(() => false);
  }
  const next = isOn ? [...others, origin] : others;
  await saveSettings({ alwaysOn: next });
  return next;
}

/**
 * Makes the registrations match the settings and the permissions the reader still grants (they can
 * revoke one in the browser's own settings); run at start-up.
 */
export async function syncAlwaysOn(): Promise<void> {
  const { alwaysOn } = await loadSettings();
  const registered = new Set(
    (await browser.scripting.getRegisteredContentScripts()).map((s) => s.id).filter((id) => id.startsWith(PREFIX)),
  );
  const kept: string[] = [];
  for (const origin of alwaysOn) {
    const granted = await browser.permissions.contains({ origins: [originPattern(origin)] }).catch(() => false);
    if (!granted) continue;
    kept.push(origin);
    if (!registered.has(PREFIX + origin)) await register(origin).catch(() => undefined);
    registered.delete(PREFIX + origin);
  }
  if (registered.size > 0) await browser.scripting.unregisterContentScripts({ ids: [...registered] });
  if (kept.length !== alwaysOn.length) await saveSettings({ alwaysOn: kept });
}

/** True when `url` is on a site the reader turned "always on" for. */
export async function isAlwaysOn(url: string | undefined): Promise<boolean> {
  if (!url) return false;
  try {
    const { alwaysOn } = await loadSettings();
    return alwaysOn.includes(new URL(url).origin);
  } catch {
    return false;
  }
}
