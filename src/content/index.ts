/** Content-script entry, injected on the reader's click: hands back the Article, draws the in-page box. */
import { extractArticle } from '../extract/index';
import type { TabProtocol } from '../messages';
import { handleMessages, isOwnExtension } from '../messaging';
import { highlightSentence } from './highlight';
import { showInPageSummary } from './in-page-box';

declare global {
  // Set in the content script's isolated world, which the page can't see or set.
  var __precisContent: true | undefined;
}

// The background injects this file on every click; listen once per page. No window.postMessage
// listener, ever: nothing the page says reaches Precis.
if (!globalThis.__precisContent) {
  globalThis.__precisContent = true;
  handleMessages<TabProtocol>(
    {
      extract: ({ force }) => extractArticle(document, { url: location.href, force }),
      showSummary: (summary) => ({ shown: showInPageSummary(document, summary) }),
      highlight: ({ text }) => ({ found: highlightSentence(document, text) }),
    },
    isOwnExtension,
  );
}
