/** Content-script entry, injected on the reader's click: hands back the Article, draws the in-page box. */
import { extractArticle } from '../extract/index';
import { benchMark, withBenchMarks } from '../bench-marks';
import type { Extraction, TabProtocol } from '../protocol';
import { handleMessages, isOwnExtension } from '../messaging';
import { highlightSentence } from './highlight';
import { BOX_TAG, showInPageSummary } from './in-page-box';

/**
 * The last extraction, kept until the page changes: a reopened popup, or another length, costs no
 * second Readability pass. Precis's own box and highlights don't count as changes.
 */
let last: { force: boolean; extraction: Extraction } | undefined;

function isOurs(node: Node): boolean {
  return (
    node.nodeName === BOX_TAG.toUpperCase() ||
    (node instanceof Element && node.matches('mark[data-precis], style#precis-highlight-style'))
  );
}

/** How many pixels of `element` the reader sees in the window. */
function inView(element: Element): number {
  const { top, bottom } = element.getBoundingClientRect();
  return Math.max(0, Math.min(bottom, innerHeight) - Math.max(top, 0));
}

function extractOnce(force: boolean): Extraction {
  if (last && (last.force || !force)) return last.extraction;
  const extraction = extractArticle(document, { url: location.href, force, inView, onStage: benchMark });
  // On a page of several stories the reader may scroll to another one before the next click.
  last = extraction.ok && extraction.article.story ? undefined : { force, extraction };
  return extraction;
}

declare global {
  // Set in the content script's isolated world, which the page can't see or set.
  var __precisContent: true | undefined;
}

// The background injects this file on every click; listen once per page. No window.postMessage
// listener, ever: nothing the page says reaches Precis.
if (!globalThis.__precisContent) {
  globalThis.__precisContent = true;
  if (__PRECIS_BENCH__) benchMark('content-evaluating', __precisEvaluatingAt);
  new MutationObserver((records) => {
    const isPageChange = records.some(
      (r) => r.type === 'characterData' || ![...r.addedNodes, ...r.removedNodes].every(isOurs),
    );
    if (isPageChange) last = undefined;
  }).observe(document, { childList: true, subtree: true, characterData: true });
  handleMessages<TabProtocol>(
    {
      extract: ({ force }) => {
        benchMark('content-received');
        const extraction = extractOnce(force);
        benchMark('content-replying');
        return withBenchMarks(extraction);
      },
      showSummary: (summary) => ({ shown: showInPageSummary(document, summary) }),
      highlight: ({ text }) => ({ found: highlightSentence(document, text) }),
    },
    isOwnExtension,
  );
  benchMark('content-ready');
}
