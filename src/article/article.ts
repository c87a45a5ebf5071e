/** What the content script hands the background: plain JSON, never DOM. */
export interface Article {
  url: string;
  title: string;
  byline: string | null;
  siteName: string | null;
  /** BCP 47 tag from the page (`<html lang>`, meta), or null. */
  lang: string | null;
  /** ISO 8601 when the page states it, else null. */
  publishedTime: string | null;
  /** The story's paragraphs as plain text, in order, debris removed. */
  paragraphs: string[];
  wordCount: number;
  /** True when the page looked like an article to `isProbablyReaderable`. */
  isReaderable: boolean;
  /** True when Readability failed and a simpler fallback produced the text: it may be only part. */
  isLowConfidence: boolean;
  /** True when the page was larger than Precis reads and the text was cut. */
  isTruncated: boolean;
  /** On a page of several stories (a feed, endless scroll): which one this is, and how many there are. */
  story?: { index: number; count: number };
  /** True when the page is a list of links (an index) read anyway: its lines, template lines dropped. */
  isList?: boolean;
}

/** An Article, or why there is none (with the page's title, for the reader): what every extraction answers. */
export type Extraction = { ok: true; article: Article } | { ok: false; reason: 'not-article' | 'empty'; title: string };
