/**
 * `npx tsx scripts/generate-template-pages.ts [--check]`: writes test/fixtures/templates/<shape>-<lang>/
 * {source.html, expected.json}, the furniture real CMSs put around a story (WordPress, Ghost, Drupal,
 * Arc XP, Medium- and Substack-like, big-news layouts) in twelve languages. A new shape is one entry in
 * SHAPES. `--check` only says whether the files on disk are what the generator writes.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TEMPLATE_LANGUAGES, type TemplateLanguage } from './lib/template-languages';
import { isRunDirectly } from './lib/is-run-directly';

/** What a generated page asserts: the story's paragraphs exactly, and furniture that must not appear. */
export interface TemplateExpected {
  url: string;
  /** The story's headline, without the site's name the page's title adds to it. */
  title: string;
  lang: string;
  paragraphs: string[];
  /** Strings that must not appear in any extracted paragraph. */
  furniture: string[];
  /** Normalised text of each summary widget findSummaryWidgets must return, in order. */
  summaryWidgets: string[];
}

/** One generated page. */
export interface TemplatePage {
  slug: string;
  html: string;
  expected: TemplateExpected;
}

/** One CMS's shape: its page around the story, the furniture it printed and the widgets it holds. */
interface Shape {
  name: string;
  /** The head names the page only in `<title>` ("Headline | Site"): no Open Graph title or site name. */
  bareHead?: true;
  page: (
    t: TemplateLanguage,
    url: string,
  ) => {
    body: string;
    furniture: string[];
    summaryWidgets: string[];
    /** The story's paragraphs as they must come out, when the shape adds lines of its own to them. */
    paragraphs?: string[];
  };
}

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const TEMPLATES_DIR = join(ROOT, 'test', 'fixtures', 'templates');

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const p = (s: string, attrs = ''): string => `<p${attrs}>${esc(s)}</p>`;
const slugOf = (s: string, n: number): string => `/news/2026/${n}-story`;

/** Things every page repeats around the story: the site's header and footer. */
function chrome(t: TemplateLanguage, inner: string): string {
  const nav = t.otherTitles.map((x, i) => `<a href="/section/${i}">${esc(x.split(' ')[0]!)}</a>`).join(' ');
  return `<header class="site-header"><a href="/" class="logo">${esc(t.site)}</a><nav>${nav}</nav></header>
${inner}
<footer class="site-footer"><p>© 2026 ${esc(t.site)}</p><a href="/privacy">Privacy</a> <a href="/terms">Terms</a></footer>`;
}

const relatedList = (t: TemplateLanguage, heading: string, cls: string): string =>
  `<section class="${cls}"><h3>${esc(heading)}</h3><ul>${t.otherTitles
    .map((x, i) => `<li><a href="${slugOf(x, 100 + i)}">${esc(x)}</a></li>`)
    .join('')}</ul></section>`;

const figure = (t: TemplateLanguage): string =>
  // The credit runs into the caption without a space, as many CMSs print it.
  `<figure class="wp-block-image"><img src="/img/gates.jpg" alt=""><figcaption>${esc(t.caption)}<span class="credit">${esc(t.credit)}</span></figcaption></figure>`;

const readMoreLine = (t: TemplateLanguage): string =>
  `<p class="read-more"><strong>${esc(t.readMore)}</strong> <a href="${slugOf(t.readMoreTitle, 7)}">${esc(t.readMoreTitle)}</a></p>`;

const newsletter = (t: TemplateLanguage): string =>
  `<div class="newsletter-signup"><h4>${esc(t.newsletterTitle)}</h4>${p(t.newsletterText)}<form><input type="email" placeholder="Email"><button type="submit">${esc(t.subscribe)}</button></form></div>`;

const shareBar = (t: TemplateLanguage): string =>
  `<div class="share-bar"><span>${esc(t.share)}</span> <a href="https://facebook.example/share">Facebook</a> <a href="https://x.example/share">X</a> <a href="mailto:?subject=x">Email</a></div>`;

const ad = (t: TemplateLanguage): string =>
  `<div class="ad-slot"><span class="ad-label">${esc(t.advertisement)}</span><div class="ad-frame"></div></div>`;

const videoTeaser = (t: TemplateLanguage): string =>
  `<div class="video-teaser"><span class="kicker">${esc(t.video)}</span><h3><a href="/video/42">${esc(t.videoTitle)}</a></h3><span class="duration">3:21</span></div>`;

const listen = (t: TemplateLanguage): string =>
  `<div class="audio-player"><button type="button" aria-label="${esc(t.listen)}"></button><span>${esc(t.listen)}</span><span>4:05</span></div>`;

const byline = (t: TemplateLanguage): string =>
  `<div class="byline"><a rel="author" href="/author/x">${esc(t.author)}</a> · <time datetime="2026-03-03T08:00:00Z">03.03.2026</time></div>`;

/**
 * Excerpts of other posts, as a theme's cards print them: a few sentences of each, cut short with an
 * ellipsis (one in the "[…]" WordPress writes).
 */
const cardExcerpts = (t: TemplateLanguage): string[] => {
  const [a, b, c] = t.otherTitles;
  return [
    `${t.previousTitle}, ${t.caption} ${t.newsletterText} ${a}, ${b} …`,
    `${t.nextTitle}, ${t.newsletterText} ${t.caption} ${b}, ${c} […]`,
    `${t.readMoreTitle}, ${t.caption} ${t.videoTitle}, ${c}, ${a} …`,
    `${a}, ${t.newsletterText} ${t.previousTitle}, ${t.caption} ${c} ...`,
    `${b}, ${t.caption} ${t.nextTitle}, ${t.newsletterText} ${a} …`,
  ];
};

/** The labels and neighbouring titles of post navigation, as every shape prints them. */
const navFurniture = (t: TemplateLanguage): string[] => [t.previous, t.next, t.previousTitle, t.nextTitle];
const commonFurniture = (t: TemplateLanguage): string[] => [
  t.credit,
  t.caption,
  t.readMoreTitle,
  t.videoTitle,
  t.newsletterText,
  t.advertisement,
  ...t.otherTitles,
];

const [s1, s2, s3, s4] = [0, 1, 2, 3];

const SHAPES: readonly Shape[] = [
  {
    name: 'wordpress',
    page: (t) => ({
      body: chrome(
        t,
        `<main id="main"><article class="post type-post hentry">
<header class="entry-header"><h1 class="entry-title">${esc(t.title)}</h1>${byline(t)}</header>
<div class="entry-content">
${p(t.story[s1]!)}
${figure(t)}
${p(t.story[s2]!)}
${readMoreLine(t)}
${p(t.story[s3]!)}
${ad(t)}
${p(t.story[s4]!)}
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">${esc(t.share)}</h3><ul><li><a href="https://facebook.example/s">Facebook</a></li><li><a href="https://x.example/s">X</a></li></ul></div>
</div>
<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links">
<div class="nav-previous"><a href="${slugOf(t.previousTitle, 1)}" rel="prev"><span class="meta-nav">${esc(t.previous)}</span> <span class="post-title">${esc(t.previousTitle)}</span></a></div>
<div class="nav-next"><a href="${slugOf(t.nextTitle, 3)}" rel="next"><span class="meta-nav">${esc(t.next)}</span> <span class="post-title">${esc(t.nextTitle)}</span></a></div>
</div></nav>
${relatedList(t, t.related, 'jp-relatedposts')}
</article></main>`,
      ),
      furniture: [...navFurniture(t), ...commonFurniture(t), t.share],
      summaryWidgets: [],
    }),
  },
  {
    // Labels on their own lines, each followed by the neighbouring headline as a link.
    name: 'wordpress-split-nav',
    page: (t) => ({
      body: chrome(
        t,
        `<div id="content"><article class="post">
<h1 class="entry-title">${esc(t.title)}</h1>
<div class="entry-content">
${listen(t)}
${p(t.story[s1]!)}
${p(t.story[s2]!)}
${p(t.story[s3]!)}
${newsletter(t)}
${p(t.story[s4]!)}
</div>
<div class="post-navigation">
<div class="nav-previous"><span>${esc(t.previous)}</span><p><a href="${slugOf(t.previousTitle, 1)}" rel="prev">${esc(t.previousTitle)}</a></p></div>
<div class="nav-next"><span>${esc(t.next)}</span><p><a href="${slugOf(t.nextTitle, 3)}" rel="next">${esc(t.nextTitle)}</a></p></div>
</div>
</article></div>`,
      ),
      furniture: [...navFurniture(t), ...commonFurniture(t), t.listen, t.newsletterTitle],
      summaryWidgets: [],
    }),
  },
  {
    name: 'ghost',
    page: (t) => ({
      body: chrome(
        t,
        `<main class="site-main"><article class="gh-article post">
<header class="gh-article-header"><h1 class="gh-article-title">${esc(t.title)}</h1><div class="gh-article-meta"><span class="gh-article-author">${esc(t.author)}</span></div></header>
<section class="gh-content gh-canvas">
${p(t.story[s1]!)}
<figure class="kg-card kg-image-card kg-card-hascaption"><img src="/content/images/gates.jpg" alt=""><figcaption><span style="white-space: pre-wrap;">${esc(t.caption)}</span><span>${esc(t.credit)}</span></figcaption></figure>
${p(t.story[s2]!)}
${p(t.story[s3]!)}
<div class="kg-card kg-signup-card"><h2 class="kg-signup-card-heading">${esc(t.newsletterTitle)}</h2><p class="kg-signup-card-subheading">${esc(t.newsletterText)}</p><form><input type="email"><button class="kg-signup-card-button">${esc(t.subscribe)}</button></form></div>
${p(t.story[s4]!)}
</section>
</article>
<aside class="gh-navigation">
<a class="gh-navigation-previous" href="${slugOf(t.previousTitle, 1)}"><span class="gh-navigation-label">${esc(t.previous)}</span><h4 class="gh-navigation-title">${esc(t.previousTitle)}</h4></a>
<a class="gh-navigation-next" href="${slugOf(t.nextTitle, 3)}"><span class="gh-navigation-label">${esc(t.next)}</span><h4 class="gh-navigation-title">${esc(t.nextTitle)}</h4></a>
</aside>
${relatedList(t, t.related, 'gh-readmore')}
</main>`,
      ),
      furniture: [...navFurniture(t), ...commonFurniture(t), t.newsletterTitle],
      summaryWidgets: [],
    }),
  },
  {
    // Post navigation as buttons, each followed by the neighbouring headline; a Drupal node.
    name: 'drupal-buttons',
    page: (t) => ({
      body: chrome(
        t,
        `<main role="main"><div class="region region-content"><article class="node node--type-article node--view-mode-full">
<h1 class="page-title"><span class="field field--name-title">${esc(t.title)}</span></h1>
<div class="node__meta">${byline(t)}</div>
<div class="node__content"><div class="clearfix text-formatted field field--name-body field--type-text-with-summary">
${p(t.story[s1]!)}
${p(t.story[s2]!)}
${videoTeaser(t)}
${p(t.story[s3]!)}
${p(t.story[s4]!)}
</div>
<div class="field field--name-field-tags"><div class="field__label">Tags</div><div class="field__items"><a href="/tags/a">${esc(t.otherTitles[0].split(' ')[0]!)}</a></div></div>
</div>
<div class="article-pager">
<div class="pager-item"><div role="button" tabindex="0" class="pager-prev">← ${esc(t.previous)}</div><h3><a href="${slugOf(t.previousTitle, 1)}">${esc(t.previousTitle)}</a></h3></div>
<div class="pager-item"><button type="button" class="pager-next">${esc(t.next)} →</button><h3><a href="${slugOf(t.nextTitle, 3)}">${esc(t.nextTitle)}</a></h3></div>
</div>
</article></div></div></main>`,
      ),
      furniture: [...navFurniture(t), ...commonFurniture(t)],
      summaryWidgets: [],
    }),
  },
  {
    name: 'arc',
    page: (t) => ({
      body: chrome(
        t,
        `<main><div class="b-article-layout"><article class="b-article-body">
<h1 class="b-headline">${esc(t.title)}</h1>
<div class="c-attribution">${esc(t.author)}</div>
${listen(t)}
${p(t.story[s1]!, ' class="c-paragraph"')}
${ad(t)}
${p(t.story[s2]!, ' class="c-paragraph"')}
<figure class="c-media-item"><img src="/r/gates.jpg" alt=""><figcaption class="c-media-item__caption">${esc(t.caption)}${esc(t.credit)}</figcaption></figure>
${p(t.story[s3]!, ' class="c-paragraph"')}
${readMoreLine(t)}
${p(t.story[s4]!, ' class="c-paragraph"')}
${shareBar(t)}
</article>
<aside class="b-right-rail">${relatedList(t, t.mostRead, 'most-read')}${videoTeaser(t)}</aside>
</div></main>`,
      ),
      furniture: [...commonFurniture(t), t.listen, t.share, t.mostRead],
      summaryWidgets: [],
    }),
  },
  {
    // A WordPress theme's "You may like" box: cards of other posts as articles of their own after the story,
    // each a picture linking to its post and an excerpt cut short, in a box Readability keeps with the story.
    name: 'wordpress-cards',
    page: (t) => ({
      body: chrome(
        t,
        `<main id="main"><article class="post type-post hentry" itemscope itemtype="http://schema.org/BlogPosting">
<h1 class="entry-title" itemprop="headline">${esc(t.title)}</h1>
${byline(t)}
${p(t.story[s1]!)}
${p(t.story[s2]!)}
${p(t.story[s3]!)}
${p(t.story[s4]!)}
</article>
<article class="postbox related-box"><h3 class="relatedpoststitle">${esc(t.related)}</h3>
${cardExcerpts(t)
  .map(
    (excerpt, i) =>
      `<article class="post postbox"><center><a href="${slugOf(excerpt, 300 + i)}" rel="bookmark"><img src="/img/card-${i}.jpg" alt=""></a></center>${p(excerpt)}</article>`,
  )
  .join('\n')}
</article></main>`,
      ),
      furniture: [t.related, ...cardExcerpts(t)],
      summaryWidgets: [],
    }),
  },
  {
    name: 'medium',
    page: (t) => ({
      body: chrome(
        t,
        `<div id="root"><article><div class="meteredContent"><section><div class="pw-post-body">
<h1 class="pw-post-title">${esc(t.title)}</h1>
<div class="pw-author"><a href="/@x">${esc(t.author)}</a> · <span>4 min read</span></div>
<div class="speechify-ignore">${shareBar(t)}</div>
${p(t.story[s1]!, ' class="pw-post-body-paragraph"')}
${p(t.story[s2]!, ' class="pw-post-body-paragraph"')}
${p(t.story[s3]!, ' class="pw-post-body-paragraph"')}
${p(t.story[s4]!, ' class="pw-post-body-paragraph"')}
</div></section></div></article>
<div class="post-footer"><h2>${esc(t.related)}</h2>
<div class="card"><a href="${slugOf(t.previousTitle, 1)}"><h2>${esc(t.previousTitle)}</h2></a><p>4 min read</p></div>
<div class="card"><a href="${slugOf(t.nextTitle, 3)}"><h2>${esc(t.nextTitle)}</h2></a><p>6 min read</p></div>
</div></div>`,
      ),
      furniture: [t.previousTitle, t.nextTitle, t.share, t.related],
      summaryWidgets: [],
    }),
  },
  {
    name: 'substack',
    page: (t) => ({
      body: chrome(
        t,
        `<div class="single-post-container"><article class="post newsletter-post">
<div class="post-header"><h1 class="post-title">${esc(t.title)}</h1><div class="post-meta"><a href="/profile/x">${esc(t.author)}</a></div></div>
<div class="available-content"><div class="body markup" dir="auto">
${p(t.story[s1]!)}
${p(t.story[s2]!)}
<div class="subscription-widget-wrap"><div class="subscription-widget"><p class="cta-caption">${esc(t.newsletterText)}</p><form><input type="email"><button type="submit">${esc(t.subscribe)}</button></form></div></div>
${p(t.story[s3]!)}
${p(t.story[s4]!)}
</div></div>
<div class="post-footer"><div class="post-nav">
<a class="post-nav-prev" href="${slugOf(t.previousTitle, 1)}" rel="prev"><div class="label">${esc(t.previous)}</div><div class="title">${esc(t.previousTitle)}</div></a>
<a class="post-nav-next" href="${slugOf(t.nextTitle, 3)}" rel="next"><div class="label">${esc(t.next)}</div><div class="title">${esc(t.nextTitle)}</div></a>
</div></div>
</article></div>`,
      ),
      furniture: [...navFurniture(t), t.newsletterText, t.subscribe],
      summaryWidgets: [],
    }),
  },
  {
    // A big-news layout with the site's own summary control and a strip of other headlines above the story.
    name: 'news-summary-button',
    page: (t) => ({
      body: chrome(
        t,
        `<main><div class="article-page">
<section class="in-brief-strip"><h2>In brief</h2><ul>${t.otherTitles
          .map((x, i) => `<li><a href="${slugOf(x, 200 + i)}">${esc(x)}</a></li>`)
          .join('')}</ul></section>
<article class="story">
<h1 class="headline">${esc(t.title)}</h1>
${byline(t)}
<div class="ai-summary"><button type="button" class="ai-summary__toggle">${esc(t.getSummary)}</button></div>
<div class="story-body">
${p(t.story[s1]!)}
${p(t.story[s2]!)}
${figure(t)}
${p(t.story[s3]!)}
${readMoreLine(t)}
${p(t.story[s4]!)}
</div>
<div class="story-footer"><a class="next-story" href="${slugOf(t.nextTitle, 3)}"><span>${esc(t.next)}</span> ${esc(t.nextTitle)}</a></div>
</article>
${relatedList(t, t.mostRead, 'most-read')}
</div></main>`,
      ),
      furniture: [t.getSummary, t.next, t.nextTitle, ...commonFurniture(t), 'In brief'],
      summaryWidgets: [t.getSummary],
    }),
  },
  {
    // A big-news layout whose summary is a box of key points at the top of the story.
    name: 'news-key-points',
    page: (t) => ({
      body: chrome(
        t,
        `<main><article class="article">
<header><h1>${esc(t.title)}</h1>${byline(t)}${shareBar(t)}</header>
<div class="article__body">
<div class="key-points"><h2>${esc(t.summaryBox)}</h2><ul>${t.summaryPoints.map((x) => `<li>${esc(x)}</li>`).join('')}</ul></div>
${p(t.story[s1]!)}
${p(t.story[s2]!)}
${ad(t)}
${p(t.story[s3]!)}
${videoTeaser(t)}
${p(t.story[s4]!)}
</div>
<div class="article__nav">
<p class="prev"><span class="label">${esc(t.previous)}:</span> <a href="${slugOf(t.previousTitle, 1)}">${esc(t.previousTitle)}</a></p>
<p class="next"><span class="label">${esc(t.next)}:</span> <a href="${slugOf(t.nextTitle, 3)}">${esc(t.nextTitle)}</a></p>
</div>
${relatedList(t, t.related, 'related')}
</article></main>`,
      ),
      furniture: [...navFurniture(t), ...commonFurniture(t), t.summaryBox, ...t.summaryPoints, t.share],
      // textContent runs the box's lines together, as the fixture test reads it.
      summaryWidgets: [`${t.summaryBox}${t.summaryPoints.join('')}`],
    }),
  },
  {
    // Between the story's paragraphs, a line that is one link to a document on another site, which is the
    // story's own, and a "Read more" line that is one link to another story of this site, on another of
    // its hosts, which is furniture.
    name: 'wordpress-source-links',
    page: (t, url) => ({
      body: chrome(
        t,
        `<main id="main"><article class="post type-post hentry">
<header class="entry-header"><h1 class="entry-title">${esc(t.title)}</h1>${byline(t)}</header>
<div class="entry-content">
${p(t.story[s1]!)}
${p(t.story[s2]!)}
<p><a href="https://www.council-records.example/reports/barrier.pdf">${esc(t.sourceLink)}</a></p>
${p(t.story[s3]!)}
<p class="read-more"><strong>${esc(t.readMore)}</strong> <a href="${new URL(url).origin.replace(/\/\/[^.]+\./, '//www.')}${slugOf(t.readMoreTitle, 7)}">${esc(t.readMoreTitle)}</a></p>
${p(t.story[s4]!)}
</div>
${relatedList(t, t.related, 'jp-relatedposts')}
</article></main>`,
      ),
      furniture: [t.readMoreTitle, ...t.otherTitles],
      summaryWidgets: [],
      paragraphs: [t.story[s1]!, t.story[s2]!, t.sourceLink, t.story[s3]!, t.story[s4]!],
    }),
  },
  {
    // Every paragraph in a block component of its own; a block of links to other stories between them, and
    // the topics and "more on this story" after. The head names the site only in its <title>.
    name: 'news-blocks',
    bareHead: true,
    page: (t) => ({
      body: chrome(
        t,
        `<main id="main-content"><article>
<header><h1 id="main-heading">${esc(t.title)}</h1></header>
<div data-component="byline-block"><span>${esc(t.author)}</span></div>
<div data-component="text-block"><div><p><b>${esc(t.story[s1]!)}</b></p></div></div>
<div data-component="image-block"><figure><img src="/i/gates.jpg" alt=""><span role="text"><span>${esc(t.credit)}</span></span><figcaption>${esc(t.caption)}</figcaption></figure></div>
<div data-component="text-block"><div>${p(t.story[s2]!)}</div></div>
<div data-component="links-block"><ul><li><a href="${slugOf(t.readMoreTitle, 7)}">${esc(t.readMoreTitle)}</a></li><li><a href="${slugOf(t.videoTitle, 8)}">${esc(t.videoTitle)}</a></li></ul></div>
<div data-component="text-block"><div>${p(t.story[s3]!)}</div></div>
<div data-component="text-block"><div>${p(t.story[s4]!)}</div></div>
<div data-component="topic-list"><h2>${esc(t.related)}</h2><ul>${t.otherTitles
          .map((x, i) => `<li><a href="/topics/${i}">${esc(x.split(' ')[0]!)}</a></li>`)
          .join('')}</ul></div>
</article>
<section data-component="more-on-this-story"><h2>${esc(t.mostRead)}</h2><ul>${t.otherTitles
          .map((x, i) => `<li><a href="${slugOf(x, 20 + i)}">${esc(x)}</a></li>`)
          .join('')}</ul></section></main>`,
      ),
      furniture: [...commonFurniture(t), t.related, t.mostRead],
      summaryWidgets: [],
    }),
  },
  {
    // Lists inside the story's own container: a labelled list of other stories between two paragraphs,
    // pages of a split story, post navigation as paragraphs that are each one labelled link, and tags.
    name: 'wordpress-inline-lists',
    page: (t) => ({
      body: chrome(
        t,
        `<main id="main"><article class="post type-post hentry">
<h1 class="entry-title">${esc(t.title)}</h1>
${byline(t)}
<div class="entry-content">
${p(t.story[s1]!)}
${p(t.story[s2]!)}
<div class="also-read"><strong>${esc(t.related)}</strong><ul>${t.otherTitles
          .map((x, i) => `<li><a href="${slugOf(x, 30 + i)}">${esc(x)}</a></li>`)
          .join('')}</ul></div>
${p(t.story[s3]!)}
${p(t.story[s4]!)}
<div class="page-links">1 <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">${esc(t.next)}</a></div>
<p><a rel="prev" href="${slugOf(t.previousTitle, 1)}">${esc(t.previous)}: ${esc(t.previousTitle)}</a></p>
<p><a rel="next" href="${slugOf(t.nextTitle, 3)}">${esc(t.next)}: ${esc(t.nextTitle)}</a></p>
</div>
<footer class="entry-footer"><span class="tags-links">Tags: <a href="/tag/a" rel="tag">${esc(t.otherTitles[0].split(' ')[0]!)}</a>, <a href="/tag/b" rel="tag">${esc(t.otherTitles[1].split(' ')[0]!)}</a></span></footer>
</article></main>`,
      ),
      furniture: [...navFurniture(t), ...t.otherTitles, t.related, 'Tags'],
      summaryWidgets: [],
    }),
  },
  {
    // A story with the site speaking inside it: a relative time above, a photo's credit on its own line,
    // a call to the newsletter between paragraphs and a notice of rights written as sentences below.
    name: 'news-inline-promos',
    page: (t) => ({
      body: chrome(
        t,
        `<main><article class="story"><h1 class="story__title">${esc(t.title)}</h1>
<div class="story__body">
${p(t.updated, ' class="story__updated"')}
${p(t.story[s1]!)}
<div class="story__image"><img src="/img/gates.jpg" alt=""></div>
${p(t.photoCredit)}
${p(t.story[s2]!)}
<p class="inline-newsletter"><strong>${esc(t.newsletterTitle)}</strong> — ${esc(t.newsletterText)} <a href="/newsletters">${esc(t.subscribe)}</a></p>
${p(t.story[s3]!)}
${p(t.story[s4]!)}
${p(t.rights)}
</div>
</article></main>`,
      ),
      furniture: [t.updated, t.photoCredit, t.newsletterTitle, t.newsletterText, t.subscribe, t.rights],
      summaryWidgets: [],
    }),
  },
  {
    // A link to another story set as a card inside the story, a pager that prints only the neighbouring
    // headlines, a grid of teaser cards, and readers' comments below.
    name: 'news-rich-links',
    page: (t) => ({
      body: chrome(
        t,
        `<main><article class="content"><h1 class="content__headline">${esc(t.title)}</h1>
<div class="article-body-commercial-selector">
${p(t.story[s1]!)}
${p(t.story[s2]!)}
<aside class="element-rich-link"><div><a href="${slugOf(t.readMoreTitle, 7)}" data-link-name="rich-link"><div class="rich-link__kicker">${esc(t.readMore)}</div><div class="rich-link__title">${esc(t.readMoreTitle)}</div></a></div></aside>
${p(t.story[s3]!)}
${p(t.story[s4]!)}
</div>
<ul class="pager"><li class="previous"><a rel="prev" href="${slugOf(t.previousTitle, 1)}">« ${esc(t.previousTitle)}</a></li><li class="next"><a rel="next" href="${slugOf(t.nextTitle, 3)}">${esc(t.nextTitle)} »</a></li></ul>
</article>
<section class="more-from"><h2>${esc(t.mostRead)}</h2>${t.otherTitles
          .map(
            (x, i) =>
              `<div class="card"><a href="${slugOf(x, 40 + i)}"><img src="/c/${i}.jpg" alt=""><h3>${esc(x)}</h3></a><p>${esc(t.videoTitle)}</p><time>2 h</time></div>`,
          )
          .join('')}</section>
<section id="comments"><h2>Comments (2)</h2><div class="comment"><p>${esc(t.newsletterText)}</p></div><div class="comment"><p>${esc(t.caption)}</p></div></section></main>`,
      ),
      furniture: [
        t.readMore,
        t.readMoreTitle,
        t.previousTitle,
        t.nextTitle,
        t.mostRead,
        ...t.otherTitles,
        t.videoTitle,
        t.newsletterText,
        t.caption,
      ],
      summaryWidgets: [],
    }),
  },
  {
    // A site built with CSS-in-JS: every class a hash, so nothing but structure, links and position tells
    // furniture from story. A caption in a plain `<div>` under its picture with the credit glued on, a
    // "read more" label and link in one block, an ad label, post navigation as pairs of links, and a list
    // of the most read.
    name: 'news-hashed-classes',
    page: (t) => {
      const hash = (n: number): string => `css-${((n + 7) * 2654435761).toString(36).slice(-6)}`;
      return {
        body: `<div class="${hash(1)}"><div class="${hash(2)}"><a href="/">${esc(t.site)}</a></div>
<main class="${hash(3)}"><div class="${hash(4)}"><h1 class="${hash(5)}">${esc(t.title)}</h1>
<div class="${hash(6)}"><span>${esc(t.author)}</span></div>
<div class="${hash(7)}">
${p(t.story[s1]!, ` class="${hash(8)}"`)}
<div class="${hash(9)}"><img src="/i/gates.jpg" alt=""><div class="${hash(10)}">${esc(t.caption)}${esc(t.credit)}</div></div>
${p(t.story[s2]!, ` class="${hash(8)}"`)}
<div class="${hash(11)}"><span>${esc(t.readMore)}</span> <a href="${slugOf(t.readMoreTitle, 7)}">${esc(t.readMoreTitle)}</a></div>
${p(t.story[s3]!, ` class="${hash(8)}"`)}
<div class="${hash(12)}"><div>${esc(t.advertisement)}</div></div>
${p(t.story[s4]!, ` class="${hash(8)}"`)}
</div>
<div class="${hash(13)}"><div><a href="${slugOf(t.previousTitle, 1)}">${esc(t.previous)}</a><a href="${slugOf(t.previousTitle, 1)}">${esc(t.previousTitle)}</a></div>
<div><a href="${slugOf(t.nextTitle, 3)}">${esc(t.next)}</a><a href="${slugOf(t.nextTitle, 3)}">${esc(t.nextTitle)}</a></div></div>
<div class="${hash(14)}"><h2>${esc(t.mostRead)}</h2>${t.otherTitles
          .map((x, i) => `<div><a href="${slugOf(x, 20 + i)}">${esc(x)}</a></div>`)
          .join('')}</div>
</div></main></div>`,
        furniture: [...navFurniture(t), ...commonFurniture(t), t.mostRead],
        summaryWidgets: [],
      };
    },
  },
  {
    // A paywall's prompt in the middle of the story: a heading or a short label, one line of offer and a
    // link of a few words to the site's own subscription page, with no field to mark it. Half the
    // languages write it as heading, paragraph and link; the others as plain `<div>`s with the link on
    // the site's account subdomain.
    name: 'news-paywall-prompt',
    page: (t, url) => {
      const [heading, offer, action] = t.paywall;
      const host = new URL(url).hostname.split('.').slice(-2).join('.');
      const asDivs = TEMPLATE_LANGUAGES.indexOf(t) % 2 === 1;
      const prompt = asDivs
        ? `<div class="c-7"><div class="c-8">${esc(heading)}</div><div class="c-9">${esc(offer)}</div><div><a class="c-10" href="https://account.${host}/">${esc(action)}</a></div></div>`
        : `<div class="c-7"><h3 class="c-8">${esc(heading)}</h3><p class="c-9">${esc(offer)}</p><a class="c-10" href="/subscribe">${esc(action)}</a></div>`;
      return {
        body: chrome(
          t,
          `<main class="c-1"><article class="c-2"><h1 class="c-3">${esc(t.title)}</h1>${byline(t)}
<div class="c-4">
${p(t.story[s1]!, ' class="c-5"')}
${p(t.story[s2]!, ' class="c-5"')}
${prompt}
${p(t.story[s3]!, ' class="c-5"')}
${p(t.story[s4]!, ' class="c-5"')}
</div></article></main>`,
        ),
        furniture: [heading, offer, action],
        summaryWidgets: [],
      };
    },
  },
  {
    // A reader poll between the story's paragraphs: a question with no question mark in some languages,
    // two answers as radio buttons and a button to vote. Readability drops the controls and keeps the
    // question as a line of the story. A to-do list drawn with disabled checkboxes is the story's own.
    name: 'news-poll',
    page: (t) => {
      const [question, yes, no, vote] = t.poll;
      return {
        body: chrome(
          t,
          `<main class="d-1"><article class="d-2"><h1 class="d-3">${esc(t.title)}</h1>${byline(t)}
<div class="d-4">
${p(t.story[s1]!, ' class="d-5"')}
<div class="d-6"><div class="d-7">${esc(question)}</div><label><input type="radio" name="poll" value="1">${esc(yes)}</label><label><input type="radio" name="poll" value="2">${esc(no)}</label><button type="button">${esc(vote)}</button></div>
${p(t.story[s2]!, ' class="d-5"')}
${p(t.story[s3]!, ' class="d-5"')}
<ul class="d-8"><li><input type="checkbox" disabled checked> ${esc(t.otherTitles[0])}</li><li><input type="checkbox" disabled> ${esc(t.otherTitles[1])}</li></ul>
${p(t.story[s4]!, ' class="d-5"')}
</div></article></main>`,
        ),
        furniture: [question],
        summaryWidgets: [],
        paragraphs: [t.story[s1]!, t.story[s2]!, t.story[s3]!, t.otherTitles[0], t.otherTitles[1], t.story[s4]!],
      };
    },
  },
  {
    // What sites ask of the reader around a story: a question with its answers as buttons (loose text,
    // which Readability rewrites as a paragraph), a row of links to the site's pages on social networks
    // under a label, and an appeal for support of two paragraphs closing the story.
    name: 'news-reader-prompts',
    page: (t) => {
      const [question, yes, no] = t.feedback;
      const [heading, why, ask, give] = t.appeal;
      return {
        body: chrome(
          t,
          `<main class="f-1"><article class="f-2"><h1 class="f-3">${esc(t.title)}</h1>${byline(t)}
<div class="f-4">
${p(t.story[s1]!, ' class="f-5"')}
<div class="f-6">${esc(question)} <button type="button">${esc(yes)}</button> <button type="button">${esc(no)}</button></div>
${p(t.story[s2]!, ' class="f-5"')}
<p class="f-7">${esc(t.follow)} <a href="https://facebook.example/herald">Facebook</a>, <a href="https://instagram.example/herald">Instagram</a>, <a href="https://x.example/herald">X</a></p>
${p(t.story[s3]!, ' class="f-5"')}
${p(t.story[s4]!, ' class="f-5"')}
</div>
<div class="f-8"><h2 class="f-9">${esc(heading)}</h2>${p(why, ' class="f-10"')}${p(ask, ' class="f-10"')}<a class="f-11" href="/support">${esc(give)}</a></div>
</article></main>`,
        ),
        furniture: [question, t.follow, 'Instagram', heading, why, ask, give],
        summaryWidgets: [],
      };
    },
  },
  {
    // Calls to action written as lines of the story, in the middle of it: a lead-in that ends in a colon,
    // a dash or a full stop, then a link to one of the site's own top-level pages (its newsletter, its app
    // on a subdomain). A sentence of the story that runs into a link to the site's contact page stays.
    name: 'news-promo-lines',
    page: (t, url) => {
      const [[newsLead, newsLink], [appLead, appLink]] = t.promoLines;
      // The app's page is on a subdomain of the site's own ("en.site.example" → "app.site.example").
      const app = `https://app.${new URL(url).hostname.split('.').slice(1).join('.')}/`;
      return {
        body: chrome(
          t,
          `<main class="g-1"><article class="g-2"><h1 class="g-3">${esc(t.title)}</h1>${byline(t)}
<div class="g-4">
${p(t.story[s1]!, ' class="g-5"')}
<p class="g-5">${esc(newsLead)} <a href="/newsletter">${esc(newsLink)}</a></p>
${p(t.story[s2]!, ' class="g-5"')}
<p class="g-5"><em>${esc(appLead)} <a href="${app}">${esc(appLink)}</a></em></p>
${p(t.story[s3]!, ' class="g-5"')}
${p(t.story[s4]!, ' class="g-5"')}
</div></article></main>`,
        ),
        furniture: [newsLead, newsLink, appLead, appLink],
        summaryWidgets: [],
      };
    },
  },
  {
    // Pull quotes: runs of words from the story's own paragraphs set again between them in quotation
    // marks, one in a `<blockquote>`, one in a bare `<div>`.
    name: 'news-pull-quotes',
    page: (t) => {
      const unspaced = t.lang === 'ja' || t.lang === 'zh';
      const run = (s: string) => (unspaced ? s.slice(4, 30) : s.split(' ').slice(3, 16).join(' '));
      const [first, second] = [run(t.story[s2]!), run(t.story[s4]!)];
      return {
        body: chrome(
          t,
          `<main class="h-1"><article class="h-2"><h1 class="h-3">${esc(t.title)}</h1>${byline(t)}
<div class="h-4">
${p(t.story[s1]!, ' class="h-5"')}
${p(t.story[s2]!, ' class="h-5"')}
<blockquote class="h-6"><p>“${esc(first)}”</p></blockquote>
${p(t.story[s3]!, ' class="h-5"')}
<div class="h-7"><p class="h-9">«${esc(second)}»</p></div>
${p(t.story[s4]!, ' class="h-5"')}
</div></article></main>`,
        ),
        furniture: [],
        summaryWidgets: [],
      };
    },
  },
  {
    // Controls drawn without `<button>`, a role making them one: an expander between the paragraphs and
    // a "Copy link" in a paragraph of its own after the story. An accordion's question set the same way
    // stays, with its answer.
    name: 'news-role-controls',
    page: (t) => {
      const [more, copy] = t.controls;
      return {
        body: chrome(
          t,
          `<main class="i-1"><article class="i-2"><h1 class="i-3">${esc(t.title)}</h1>${byline(t)}
<div class="i-4">
${p(t.story[s1]!, ' class="i-5"')}
${p(t.story[s2]!, ' class="i-5"')}
<div class="i-6" role="button" tabindex="0">${esc(more)}</div>
${p(t.story[s3]!, ' class="i-5"')}
${p(t.story[s4]!, ' class="i-5"')}
<p class="i-7"><span class="i-8" role="button">${esc(copy)}</span></p>
</div></article></main>`,
        ),
        furniture: [more, copy],
        summaryWidgets: [],
      };
    },
  },
  {
    // Players between the story's paragraphs, each with its title on the line below: a `<video>` in a
    // wrapper of its own and an `<iframe>` from a host Readability doesn't know, which it drops (and with
    // it the sign that the line was a title). A map embedded among the paragraphs has no title and the
    // paragraph after it is the story's.
    name: 'news-players',
    page: (t) => ({
      body: chrome(
        t,
        `<main class="e-1"><article class="e-2"><h1 class="e-3">${esc(t.title)}</h1>${byline(t)}
<div class="e-4">
${p(t.story[s1]!)}
<div class="e-5"><div class="e-6"><video src="/media/1.mp4" poster="/media/1.jpg"></video></div><div class="e-7">${esc(t.videoTitle)}</div></div>
${p(t.story[s2]!)}
<div class="e-5"><iframe src="https://player.example/embed/42" title=""></iframe><div class="e-7">${esc(t.caption)}</div></div>
${p(t.story[s3]!)}
<iframe src="https://maps.example/embed/7"></iframe>
${p(t.story[s4]!)}
</div></article></main>`,
      ),
      furniture: [t.videoTitle, t.caption],
      summaryWidgets: [],
    }),
  },
  {
    // Lines that only where they stand show for furniture: a note beside an ad's empty slot, the label over
    // two app-store badges (links with nothing but a picture) and the label over two podcast services'
    // names on their own sites, in hashed classes, with a sentence of the story about advertising kept.
    name: 'news-service-bars',
    page: (t) => {
      const [adNote, appLabel, podcastLabel] = t.serviceLines;
      return {
        body: `<div class="f-1"><a href="/">${esc(t.site)}</a></div>
<main class="f-2"><article class="f-3"><h1 class="f-4">${esc(t.title)}</h1>${byline(t)}
<div class="f-5">
${p(t.story[s1]!)}
<p class="f-6">${esc(adNote)}</p><div class="f-7" id="slot-1"></div>
${p(t.story[s2]!)}
<div class="f-8"><p class="f-9">${esc(appLabel)}</p><a href="https://apps.apple.com/app/1"><img src="/b/1.png" alt=""></a><a href="https://play.google.com/store/apps/1"><img src="/b/2.png" alt=""></a></div>
${p(t.story[s3]!)}
<div class="f-8"><p class="f-9">${esc(podcastLabel)}</p><div class="f-10"><a href="https://podcasts.apple.com/podcast/1">Apple Podcasts</a> <a href="https://open.spotify.com/show/1">Spotify</a></div></div>
${p(t.story[s4]!)}
</div></article></main>`,
        furniture: [adNote, appLabel, podcastLabel, 'Apple Podcasts'],
        summaryWidgets: [],
      };
    },
  },
  {
    // Post navigation at the end of the story's own container, every class a hash: each label a bare
    // `<div>` before the neighbouring headline's link. Half the languages wrap the pair in a `<nav>`, the
    // others in plain `<div>`s.
    name: 'news-nav-div-labels',
    page: (t) => {
      const wrap = TEMPLATE_LANGUAGES.indexOf(t) % 2 === 0 ? 'nav' : 'div';
      const item = (label: string, title: string, n: number): string =>
        `<div class="k-7"><div class="k-8">${esc(label)}</div><a class="k-9" href="${slugOf(title, n)}">${esc(title)}</a></div>`;
      return {
        body: chrome(
          t,
          `<main class="k-1"><article class="k-2"><h1 class="k-3">${esc(t.title)}</h1>${byline(t)}
<div class="k-4">
${p(t.story[s1]!, ' class="k-5"')}
${p(t.story[s2]!, ' class="k-5"')}
${p(t.story[s3]!, ' class="k-5"')}
${p(t.story[s4]!, ' class="k-5"')}
<${wrap} class="k-6">${item(t.previous, t.previousTitle, 1)}${item(t.next, t.nextTitle, 3)}</${wrap}>
</div></article></main>`,
        ),
        furniture: navFurniture(t),
        summaryWidgets: [],
      };
    },
  },
  {
    // Cards of other stories in the middle of the story, every class a hash: a label, then each card a
    // picture linking to its story and the story's headline as a second link; after the story, a numbered
    // list of the most read, each number in an element of its own.
    name: 'news-hashed-cards',
    page: (t) => ({
      body: chrome(
        t,
        `<main class="m-1"><article class="m-2"><h1 class="m-3">${esc(t.title)}</h1>${byline(t)}
<div class="m-4">
${p(t.story[s1]!, ' class="m-5"')}
${p(t.story[s2]!, ' class="m-5"')}
<div class="m-6"><div class="m-7">${esc(t.related)}</div>${t.otherTitles
          .map(
            (x, i) =>
              `<div class="m-8"><a href="${slugOf(x, 50 + i)}"><img src="/c/${i}.jpg" alt=""></a><a class="m-9" href="${slugOf(x, 50 + i)}">${esc(x)}</a></div>`,
          )
          .join('')}</div>
${p(t.story[s3]!, ' class="m-5"')}
${p(t.story[s4]!, ' class="m-5"')}
<div class="m-10"><div class="m-7">${esc(t.mostRead)}</div>${[t.previousTitle, t.nextTitle, t.readMoreTitle]
          .map(
            (x, i) =>
              `<div class="m-11"><span class="m-12">${i + 1}</span><a href="${slugOf(x, 60 + i)}">${esc(x)}</a></div>`,
          )
          .join('')}</div>
</div></article></main>`,
      ),
      furniture: [t.related, t.mostRead, ...t.otherTitles, t.previousTitle, t.nextTitle, t.readMoreTitle],
      summaryWidgets: [],
    }),
  },
  {
    // A "listen" player drawn without `<button>` inside the story's container: a role makes the whole row
    // one control, its label and duration in spans.
    name: 'news-role-player',
    page: (t) => ({
      body: chrome(
        t,
        `<main class="n-1"><article class="n-2"><h1 class="n-3">${esc(t.title)}</h1>${byline(t)}
<div class="n-4">
<div class="n-6" role="button" tabindex="0"><span class="n-7">${esc(t.listen)}</span><span class="n-8">4:05</span></div>
${p(t.story[s1]!, ' class="n-5"')}
${p(t.story[s2]!, ' class="n-5"')}
${p(t.story[s3]!, ' class="n-5"')}
${p(t.story[s4]!, ' class="n-5"')}
</div></article></main>`,
      ),
      furniture: [t.listen, '4:05'],
      summaryWidgets: [],
    }),
  },
  {
    // A strip of other stories above this one under a heading that reads like a summary's ("Key points"):
    // each item a linked headline with an excerpt of its story. It offers no summary of this article, so
    // it is not a summary widget, and its headlines and excerpts stay out of the story.
    name: 'news-brief-strip',
    page: (t) => {
      const excerpts = cardExcerpts(t).slice(0, 3);
      return {
        body: chrome(
          t,
          `<main class="q-1"><section class="q-2"><h2 class="q-3">${esc(t.summaryBox)}</h2>${t.otherTitles
            .map(
              (x, i) =>
                `<div class="q-4"><a href="${slugOf(x, 70 + i)}"><h3 class="q-5">${esc(x)}</h3></a>${p(excerpts[i]!, ' class="q-6"')}</div>`,
            )
            .join('')}</section>
<article class="q-7"><h1 class="q-8">${esc(t.title)}</h1>${byline(t)}
<div class="q-9">
${p(t.story[s1]!)}
${p(t.story[s2]!)}
${p(t.story[s3]!)}
${p(t.story[s4]!)}
</div></article></main>`,
        ),
        furniture: [t.summaryBox, ...t.otherTitles, ...excerpts],
        summaryWidgets: [],
      };
    },
  },
];

/** Every page: each shape in each language. */
export function templatePages(): TemplatePage[] {
  return SHAPES.flatMap((shape) =>
    TEMPLATE_LANGUAGES.map((t) => {
      const url = `https://${t.lang}.${shape.name}.example/news/2026/2-story`;
      const { body, furniture, summaryWidgets, paragraphs = [...t.story] } = shape.page(t, url);
      const html = `<!DOCTYPE html>
<html lang="${t.lang}"${t.dir ? ` dir="${t.dir}"` : ''}>
<head>
<meta charset="utf-8">
<title>${esc(t.title)} | ${esc(t.site)}</title>
${
  shape.bareHead
    ? ''
    : `<meta property="og:site_name" content="${esc(t.site)}">
<meta property="og:title" content="${esc(t.title)}">
`
}<link rel="prev" href="${slugOf(t.previousTitle, 1)}"><link rel="next" href="${slugOf(t.nextTitle, 3)}">
</head>
<body>
${body}
</body>
</html>
`;
      return {
        slug: `${shape.name}-${t.lang}`,
        html,
        expected: { url, title: t.title, lang: t.lang, paragraphs, furniture, summaryWidgets },
      };
    }),
  );
}

function main(argv: string[]): number {
  const check = argv.includes('--check');
  const pages = templatePages();
  const stale = pages.filter((page) => {
    const dir = join(TEMPLATES_DIR, page.slug);
    const json = `${JSON.stringify(page.expected, null, 2)}\n`;
    const same =
      existsSync(join(dir, 'source.html')) &&
      readFileSync(join(dir, 'source.html'), 'utf8') === page.html &&
      readFileSync(join(dir, 'expected.json'), 'utf8') === json;
    if (!same && !check) {
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'source.html'), page.html);
      writeFileSync(join(dir, 'expected.json'), json);
    }
    return !same;
  });
  const slugs = new Set(pages.map((page) => page.slug));
  const extra = existsSync(TEMPLATES_DIR) ? readdirSync(TEMPLATES_DIR).filter((s) => !slugs.has(s)) : [];
  if (!check) for (const s of extra) rmSync(join(TEMPLATES_DIR, s), { recursive: true });
  const languages = new Set(pages.map((page) => page.expected.lang)).size;
  const shapes = new Set(SHAPES.map((s) => s.name)).size;
  if (check) {
    if (stale.length || extra.length) {
      console.error(`${stale.length + extra.length} template pages differ from the generator; run it without --check`);
      return 1;
    }
    console.log(`${pages.length} template pages up to date (${shapes} shapes × ${languages} languages)`);
    return 0;
  }
  console.log(`${pages.length} template pages (${shapes} shapes × ${languages} languages), ${stale.length} written`);
  return 0;
}

if (isRunDirectly(import.meta.url)) process.exitCode = main(process.argv.slice(2));
