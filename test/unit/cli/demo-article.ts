import { readFileSync } from 'node:fs';
import { JSDOM, VirtualConsole } from 'jsdom';
import { DEMO_ARTICLE } from '../../../src/cli/paths';
import { squash } from './helpers';

/** The demo page's HTML. */
export const DEMO_HTML = readFileSync(DEMO_ARTICLE, 'utf8');

const doc = new JSDOM(DEMO_HTML, { virtualConsole: new VirtualConsole() }).window.document;

/** The headline, read straight from the page (not through extract). */
export const DEMO_TITLE = squash(doc.querySelector('h1')?.textContent ?? '');
/** The story's paragraphs, read straight from the page's `.story-body`. */
export const DEMO_PARAGRAPHS = [...doc.querySelectorAll('.story-body p')].map((p) => squash(p.textContent ?? ''));
/** The standfirst under the headline: story text too, so a summary may quote it. */
export const DEMO_STANDFIRST = squash(doc.querySelector('.standfirst')?.textContent ?? '');
/** All the story text in page order, whitespace collapsed, to look summary sentences up in. */
export const DEMO_BODY = [DEMO_STANDFIRST, ...DEMO_PARAGRAPHS].join(' ');

/** Text that is on the page but is not the story; none of it may reach the output. */
export const DEMO_DEBRIS = [
  'Get a summary',
  'No time to read',
  'Share on',
  'Copy link',
  'Previous Article',
  'Next Article',
  'Related stories',
  'Most read',
  'morning briefing',
  'We use cookies',
  'All rights reserved',
  'Comments (42)',
  'data-tracked',
];
