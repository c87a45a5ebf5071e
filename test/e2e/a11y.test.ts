/**
 * axe-core (WCAG 2.0/2.1 A and AA rules, colour contrast included) on every surface Precis draws, in
 * Chromium, light and dark: the popup with a summary and with a problem, the options page, and the
 * in-page box.
 *
 * axe goes in through `page.evaluate(source)`, i.e. CDP's Runtime.evaluate, which the extension pages'
 * CSP (no inline scripts) doesn't govern; a `<script>` tag would be refused there.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'puppeteer-core';
import { expect, test } from 'vitest';
import { describeForBrowser } from './browsers';
import { allNodes, chromium, popupTabId, SEED, useChromium, type CdpNode } from './chromium-harness';
import { settled } from './popup-driver';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
type Scheme = 'light' | 'dark';
const SCHEMES: Scheme[] = ['light', 'dark'];

/** One axe violation, as the failure message shows it. */
interface Violation {
  id: string;
  impact: string | null;
  nodes: { target: string; summary: string }[];
}

/** Run axe on `page` in `scheme` and return its violations, short enough to read in a failure. */
async function audit(page: Page, scheme: Scheme, context = 'document'): Promise<Violation[]> {
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
  // Let transitions and the theme settle before axe reads the colours.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(
    async (tags, selector) => {
      const axe = (
        window as unknown as {
          axe: {
            run(
              context: unknown,
              options: object,
            ): Promise<{
              violations: {
                id: string;
                impact: string | null;
                nodes: { target: unknown[]; failureSummary?: string }[];
              }[];
            }>;
          };
        }
      ).axe;
      const context = selector === 'document' ? document : { include: [[selector]] };
      const { violations } = await axe.run(context, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      });
      return violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        nodes: v.nodes.map((n) => ({
          target: JSON.stringify(n.target),
          summary: (n.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 300),
        })),
      }));
    },
    WCAG_AA,
    context,
  );
}

describeForBrowser(chromium)('Chromium: accessibility (axe, WCAG 2.1 A/AA)', () => {
  const harness = useChromium('chromeExtensionDir');

  test.each(SCHEMES)('the popup with a summary (%s)', async (scheme) => {
    const { openTab, clickAction } = harness();
    const popup = await clickAction(await openTab(SEED));
    const state = await settled(popup);
    expect(state.problem).toBeNull();
    expect(await audit(popup, scheme)).toEqual([]);
  });

  test.each(SCHEMES)(
    'the popup answering a question, reading aloud, one sentence link in focus (%s)',
    async (scheme) => {
      const { openTab, clickAction } = harness();
      const popup = await clickAction(await openTab('/demo/article.html'));
      expect((await settled(popup)).problem).toBeNull();
      await popup.focus('#ask');
      await popup.keyboard.type('farmers water');
      await popup.waitForSelector('#hits .sentence', { timeout: 10_000 });
      await popup.keyboard.press('ArrowDown');
      await popup.keyboard.press('ArrowRight');
      expect(await popup.evaluate(() => document.activeElement?.className)).toBe('link-button');
      await popup.locator('#read-aloud').click(); // no voice here: the popup says so
      await popup.waitForFunction(() => document.getElementById('speech-status')?.textContent !== '', {
        timeout: 5_000,
      });
      expect(await audit(popup, scheme)).toEqual([]);
    },
  );

  test.each(SCHEMES)('the side panel, with a summary and asking for a click (%s)', async (scheme) => {
    const { openTab, clickAction, openExtensionPage } = harness();
    const popup = await clickAction(await openTab(SEED));
    await settled(popup);
    const tabId = await popupTabId(popup);
    const panel = await openExtensionPage(`popup.html?panel=1&tab=${tabId}`);
    expect((await settled(panel)).problem).toBeNull();
    expect(await audit(panel, scheme)).toEqual([]);
    const idle = await openExtensionPage('popup.html?panel=1');
    expect((await settled(idle)).problem).toMatch(/Click Precis/);
    expect(await audit(idle, scheme)).toEqual([]);
  });

  test.each(SCHEMES)('the popup with a problem and its button (%s)', async (scheme) => {
    const { openTab, clickAction } = harness();
    const popup = await clickAction(await openTab('/pages/home.html'));
    const state = await settled(popup);
    expect(state.action).toBe('Summarize anyway');
    expect(await audit(popup, scheme)).toEqual([]);
  });

  test.each(SCHEMES)('the options page (%s)', async (scheme) => {
    const options = await harness().openExtensionPage('options.html');
    await options.waitForSelector('body[data-ready="true"]', { timeout: 10_000 });
    expect(await audit(options, scheme)).toEqual([]);
  });

  test('the in-page box, light and dark (its markup copied into an open shadow root axe can enter)', async () => {
    const { openTab, clickAction } = harness();
    const page = await openTab(SEED);
    await settled(await clickAction(page));
    await page.waitForSelector('precis-summary', { timeout: 10_000 });

    // CDP reads the closed root's children as HTML: the same <style> and <section>, byte for byte.
    const session = await page.createCDPSession();
    const { root } = (await session.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const shadow = allNodes(root).find((n) => n.nodeName === 'PRECIS-SUMMARY')?.shadowRoots?.[0];
    expect(shadow?.shadowRootType).toBe('closed');
    const parts = await Promise.all(
      (shadow!.children ?? []).map((c) => session.send('DOM.getOuterHTML', { nodeId: c.nodeId })),
    );
    await session.detach();
    const markup = parts.map((p) => p.outerHTML).join('');
    expect(markup).toContain('<style>');
    expect(markup).toContain('aria-label="Summary by Precis"');

    const copy = await openTab('/pages/box-copy.html');
    const sentences = await copy.evaluate((html) => {
      const host = document.getElementById('host')!;
      host.attachShadow({ mode: 'open' }).innerHTML = html;
      return host.shadowRoot!.querySelectorAll('li').length;
    }, markup);
    expect(sentences).toBeGreaterThan(2);
    for (const scheme of SCHEMES) expect(await audit(copy, scheme), scheme).toEqual([]);

    // The control: axe does look inside the copy. A sentence planted in pale grey is reported.
    await copy.evaluate(() => {
      const sentence = document.getElementById('host')!.shadowRoot!.querySelector<HTMLElement>('.sentence')!;
      sentence.style.setProperty('color', '#e8e8e8', 'important');
    });
    expect((await audit(copy, 'light')).map((v) => v.id)).toContain('color-contrast');
  });
});
