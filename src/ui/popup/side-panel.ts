/** Precis in the browser's side panel: Chrome's `sidePanel`, Firefox's `sidebarAction`. */
import browser from '../../browser';

/** The popup's page in panel mode, for tab `tabId`; without one it asks the reader to click Precis. */
export function panelPath(tabId?: number): string {
  return tabId === undefined ? 'popup.html?panel=1' : `popup.html?panel=1&tab=${tabId}`;
}

/** The slices of the two browsers' panel APIs Precis calls (webextension-polyfill types neither). */
interface ChromeSidePanel {
  setOptions(options: { tabId?: number; path?: string; enabled?: boolean }): Promise<void>;
  open(options: { tabId?: number; windowId?: number }): Promise<void>;
}
interface FirefoxSidebarAction {
  setPanel(details: { tabId?: number; panel: string | null }): Promise<void>;
  open(): Promise<void>;
}

function chromeSidePanel(): ChromeSidePanel | undefined {
  return (globalThis as { chrome?: { sidePanel?: ChromeSidePanel } }).chrome?.sidePanel;
}

function firefoxSidebar(): FirefoxSidebarAction | undefined {
  return (browser as unknown as { sidebarAction?: FirefoxSidebarAction }).sidebarAction;
}

/** Whether this browser has a side panel Precis can open. */
export function canOpenSidePanel(): boolean {
  return chromeSidePanel() !== undefined || firefoxSidebar() !== undefined;
}

/**
 * Opens the side panel on tab `tabId`'s summary. Call it in the reader's click, with nothing awaited
 * before: both browsers open a panel only within a user gesture. The panel is set for that tab alone,
 * so on other tabs the browser shows the default panel, which asks for a click on Precis.
 */
export async function openSidePanel(tabId: number): Promise<void> {
  const sidePanel = chromeSidePanel();
  if (sidePanel) {
    // Chrome handles the two calls in order: the tab's page is set before the panel opens on it.
    await Promise.all([
      sidePanel.setOptions({ tabId, path: panelPath(tabId), enabled: true }),
      sidePanel.open({ tabId }),
    ]);
    return;
  }
  const sidebar = firefoxSidebar();
  if (!sidebar) throw new Error('This browser has no side panel');
  await Promise.all([sidebar.setPanel({ tabId, panel: panelPath(tabId) }), sidebar.open()]);
}
