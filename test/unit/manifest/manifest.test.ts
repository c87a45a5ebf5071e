import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

/**
 * The reviewed surface: what Precis may ask of the browser. Anything added to the manifest that widens
 * it fails here until someone reviews it and updates this list, with the reason in the commit.
 */
const REVIEWED = {
  // sidePanel: Chrome's side panel ("Open in side panel"); it grants no access to any page.
  permissions: ['activeTab', 'contextMenus', 'scripting', 'sidePanel', 'storage'],
  // Asked for one site at a time, when the reader turns "always summarize" on for it.
  optional_host_permissions: ['https://*/*', 'http://*/*'],
  keys: [
    'manifest_version',
    'name',
    'short_name',
    'description',
    'default_locale',
    'version',
    'permissions',
    'optional_host_permissions',
    'action',
    'commands',
    'options_ui',
    'side_panel',
    'sidebar_action',
    'icons',
    'background',
    'browser_specific_settings',
  ],
};

const manifest = JSON.parse(readFileSync(new URL('../../../manifest.json', import.meta.url), 'utf8'));

describe('manifest.json stays minimal', () => {
  test('only reviewed top-level keys', () => {
    expect(Object.keys(manifest).sort()).toEqual([...REVIEWED.keys].sort());
  });

  test('only reviewed permissions', () => {
    expect([...manifest.permissions].sort()).toEqual([...REVIEWED.permissions].sort());
    expect(manifest.optional_host_permissions).toEqual(REVIEWED.optional_host_permissions);
  });

  test.each([
    'host_permissions',
    'content_scripts',
    'content_security_policy',
    'web_accessible_resources',
    'externally_connectable',
    'sandbox',
    'declarative_net_request',
    'update_url',
  ])('no %s', (key) => {
    expect(manifest).not.toHaveProperty(key);
  });

  test('every script is a packaged file, none remote', () => {
    const scripts = [manifest.background.service_worker, ...manifest.background.scripts];
    for (const script of scripts) expect(script).toMatch(/^[\w-]+\.js$/);
    expect(manifest.action.default_popup).toBe('popup.html');
    expect(manifest.options_ui.page).toBe('options.html');
    // Both browsers' side panels show the popup's own page, in panel mode.
    expect(manifest.side_panel.default_path).toBe('popup.html?panel=1');
    expect(manifest.sidebar_action.default_panel).toBe('popup.html?panel=1');
  });

  test('the version is written in package.json only', () => {
    expect(manifest.version).toBe('0.0.0');
  });
});
