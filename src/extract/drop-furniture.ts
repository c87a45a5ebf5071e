import type { Block } from './collect-blocks';
import { countWords } from '../article/count-words';
import {
  BOILERPLATE_PHRASES,
  BUTTON_WORDS,
  LEGAL,
  LEGAL_NOTICE,
  PROMO_OPENING,
  PROMO_PATTERN,
  READING_TIME,
  RELATED_PHRASES,
} from './boilerplate-vocabulary';
import { hasBylineLabel, tidyByline } from './read-metadata';
import { unicodeWords } from './unicode-words';

/** Why a block was judged site furniture (for tests and debugging), or null to keep it. */
export type FurnitureReason =
  | 'literal'
  | 'boilerplate'
  | 'caption'
  | 'title'
  | 'link-dense'
  | 'repeated'
  | 'edge'
  | 'related'
  | 'byline'
  | 'standfirst'
  | 'sign-up'
  | 'promo'
  | 'legal'
  | null;

/** What the clean-up knows about the page besides its blocks. */
export interface FurnitureContext {
  /** The story's headline: Readability often keeps it as the first line, and Precis shows it apart. */
  title?: string | null;
  /** The author(s), to recognise a byline line above the story and an author's bio below it. */
  byline?: string | null;
  /** The page's own summaries of the story (`readDescriptions`): a heading above it that says the same is its standfirst. */
  descriptions?: readonly string[];
  /** Lines known by where they stood on the page (`findPlacedLines`), before Readability moved them. */
  placed?: ReadonlyMap<string, FurnitureReason>;
}

const BOILERPLATE = new Set(BOILERPLATE_PHRASES);
const RELATED = new Set(RELATED_PHRASES);
const BUTTONS = new Set(BUTTON_WORDS);
const WORD = /[\p{L}\p{N}]+/gu;
/** A value a template printed by mistake (`false`, `undefined`), a bare number, a lone symbol or a bare URL. */
const LITERAL =
  /^(?:true|false|null|undefined|nan|\[object object\]|[\d\s.,:/-]+|[^\p{L}\p{N}_]+|(?:https?:\/\/|www\.)\S+)$/iu;
/** Gallery and pager counters: "3 of 12", "Image 1 of / 23", "1/5". */
const COUNTER = /^(?:\p{L}+\s+)?\d+\s*(?:of|von|de|di|из|\/)\s*\/?\s*\d+$/iu;
/** How a sentence ends, allowing closing quotes and brackets after the stop. */
const SENTENCE_END = /[.!?…:;。！？][\s"'”’»)\]」』）]*$|[”»"」』]$/u;
/** A credit or caption in brackets, "(Reporting by …)", "[Photo: …]": the story's own small print. */
const BRACKETED = /^[([（【].*[)\]）】]$/u;
/** A dateline in capitals, "BAAR, SWITZERLAND", which opens the story in many wire copies. */
const DATELINE = /^[\p{Lu}\s.'’-]+,[\p{Lu}\s.'’-]+$/u;
/**
 * A photo caption's credit: "(Image: GETTY)", "(Credit: Getty Images)", "Image caption …", "FILE PHOTO: …",
 * "Fot. PAP", "写真：共同", "图片来源：新华社", "الصورة: رويترز".
 */
const PHOTO_CREDIT =
  /[(（](?:image|photo|picture|credit|foto|bild|фото|imagem|imagen)s?\s*:[^)）]*[)）]$|^(?:image caption|file photo|photo|foto|bild|фото|fot\.|zdjęcie|الصورة|صورة)\s*:?\s|^(?:写真|画像|图片来源|图片|圖片|摄影|攝影|撮影)\s*[:：]|\bcredit\s*(?::|\.\.\.)/iu;
/** Photo agencies: a short line naming one is a picture credit ("Alex Wong | Getty Images"). */
const AGENCY = /\b(?:getty images|ap photo|afp|reuters|shutterstock|istock|dpa|epa|alamy)\b/iu;
/**
 * Metadata that heads or closes a story: "By …", "Posted …", "Updated …", "3 hours ago", dates and times,
 * in the languages the clean-up knows ("Bijgewerkt", "Zaktualizowano", "آخر تحديث", "3時間前に更新").
 */
const METADATA = unicodeWords(
  /^(?:by|von|par|por|di|da|de|door|przez|автор|posted|published|updated|modified|veröffentlicht|aktualisiert|publié|mis à jour|publicado|atualizado|actualizado|pubblicato|aggiornato|опубликовано|обновлено|gepubliceerd|bijgewerkt|geplaatst|opublikowano|zaktualizowano|aktualizacja|نشر|تم النشر|آخر تحديث|تحديث)\b|\b\d+\s+\p{L}+\s+(?:ago|geleden|temu|назад|fa)\b|\b(?:vor|hace|há|il y a|قبل)\s+\d+\s+\p{L}+|\d+\s*(?:分|時間|日|分钟|小时|天)前|(?:更新|公開|発表|发布|發佈|発行)(?:日時?|时间|時間)?[:：]|(?<![\p{N}:])\d{1,2}:\d{2}\b|\b(?:19|20)\d{2}\b/iu,
);
/** A heading and a description that open with this many of the same words say the same thing. */
const SAME_OPENING_WORDS = 8;
/** Lines at most this long may be furniture; anything longer is taken as story. */
const SHORT_WORDS = 12;
/** A line that is one link to another page is at most this long: a headline, with a label before it. */
const LINK_LINE_WORDS = 30;
/** Of a block of several links with no sentence of its own, at least this share of its text in them makes it a list. */
const LINK_LIST_SHARE = 0.75;
/** A list's label ("Read also", "Lees ook") is at most this long. */
const LIST_LABEL_WORDS = 4;
/** A call to subscribe inside the story is at most this long: a prompt and its link, not a paragraph. */
const PROMO_WORDS = 30;
/**
 * A notice of rights alone is at most this long ("© 2026 Harbour Herald. All rights reserved."). A longer
 * one carries a wire's terms ("… may not be published, broadcast, rewritten or redistributed"), which
 * comes with the agency's copy and which the Zyte annotators keep as its text; it stays.
 */
const LEGAL_WORDS = 12;
/** After a "Related stories" heading, a block this long means the story goes on after all. */
const STORY_RESUMES_WORDS = 50;

const words = countWords;

/** Lower-case and strip the arrows, bullets and punctuation that decorate a control's label. */
function label(text: string): string {
  return text
    .toLowerCase()
    .replace(/^[^\p{L}\p{M}\p{N}]+|[^\p{L}\p{M}\p{N};]+$/gu, '')
    .replace(/\s+/g, ' ');
}

/** The first name in a byline ("By Zac Hall" → "zac"), or '' when it does not start with a name. */
function givenName(byline: string): string {
  const first = byline.replace(/^\s*(?:by|von|par|por|di|de)\s+/i, '').split(/[\s,]+/)[0] ?? '';
  if (!/^\p{Lu}\p{Ll}+$/u.test(first) || /^(?:the|la|le|el|les|los|der|die|das|il|lo|os|as|an)$/i.test(first))
    return '';
  return first.toLowerCase();
}

/**
 * Whether a heading says what one of the page's descriptions says: the same opening words, allowing
 * for either being cut short ("… No questions ask…") or running on past the other.
 */
function isDescribed(text: string, descriptions: readonly string[]): boolean {
  const heading = text.toLowerCase().match(WORD) ?? [];
  return descriptions.some((description) => {
    const said = description.toLowerCase().match(WORD) ?? [];
    // A description cut short ends in half a word.
    if (/(?:\.\.\.|…)$/u.test(description)) said.pop();
    const n = Math.min(heading.length, said.length, SAME_OPENING_WORDS);
    return n >= Math.min(heading.length, 4) && heading.slice(0, n).join(' ') === said.slice(0, n).join(' ');
  });
}

function isButtonRow(text: string): boolean {
  const tokens = text.toLowerCase().match(WORD) ?? [];
  return tokens.length > 1 && tokens.every((t) => BUTTONS.has(t));
}

/** A service's name is a word or two ("Instagram", "Apple Podcasts"); a row's label, a few words. */
const SERVICE_NAME_CHARS = 16;
const ROW_LABEL_CHARS = 30;

/** Two links or more, each a name, under a few words of label and no sentence: a row of services. */
function isServiceRow(block: Block): boolean {
  return (
    block.linkCount >= 2 &&
    block.linkChars / block.linkCount <= SERVICE_NAME_CHARS &&
    block.text.length - block.linkChars <= ROW_LABEL_CHARS &&
    !SENTENCE_END.test(block.text)
  );
}

function isSentence(block: Block): boolean {
  return SENTENCE_END.test(block.text) || words(block.text) > SHORT_WORDS;
}

/** Judge one block on its own. */
function ownReason(block: Block, title: string, placed?: ReadonlyMap<string, FurnitureReason>): FurnitureReason {
  const text = block.text;
  if (block.isSignUp) return 'sign-up';
  const known = placed?.get(text);
  if (known) return known;
  // What a `<pre>` holds the writer typed as it stands (code, a row of data), never a template's stray value.
  if (block.tag !== 'PRE' && (LITERAL.test(text) || COUNTER.test(text))) return 'literal';
  const n = words(text);
  if (n <= 8 && (BOILERPLATE.has(label(text)) || isButtonRow(text) || READING_TIME.test(text))) return 'boilerplate';
  // A label beside links that are only icons ("この記事をシェア" and three logos): a share or follow bar,
  // in any language.
  if ((block.iconLinks ?? 0) >= 2 && block.linkChars === 0 && n <= 8 && !SENTENCE_END.test(text)) return 'boilerplate';
  if (block.isCaption || PHOTO_CREDIT.test(text) || (n <= 8 && AGENCY.test(text) && !SENTENCE_END.test(text))) {
    return 'caption';
  }
  if (title && label(text) === title) return 'title';
  const linkShare = block.linkChars / text.length;
  // "[Engadget]": a bracketed source, the story's own citation even when linked.
  if (BRACKETED.test(text) && n <= 4) return null;
  // A row of names under a short label, some of them leading to other sites ("フォローする Facebook,
  // Instagram & X", "Chia sẻ bài viết: Facebook X Email" with its mail link), is a follow or share bar.
  if ((block.offSiteLinkChars ?? 0) > 0 && isServiceRow(block)) return 'boilerplate';
  // A line whose links all lead to other sites points to no other story of this one's: a shop, a
  // download, a source ("Get it on Amazon for $39.99"). Share and follow buttons were caught above.
  if (block.linkChars > 0 && (block.offSiteLinkChars ?? 0) >= block.linkChars) return null;
  // A line that is all link is a pointer elsewhere (previous/next story, a tag, "read more: …").
  if (linkShare >= 0.9 && n <= 25) return 'link-dense';
  // Several links run together under a label ("あわせて読みたい" and three headlines in one `<div>`): a
  // list of other stories however many words its script counts, as long as it isn't written as a sentence.
  if (linkShare >= LINK_LIST_SHARE && block.linkCount >= 2 && !SENTENCE_END.test(text)) return 'link-dense';
  if (linkShare >= 0.5 && !isSentence(block)) return 'link-dense';
  // "Read more: <headline>", "Next story <headline>": mostly one link and no sentence of its own, in
  // any language (a CJK headline is long in words, so the count above misses it).
  if (block.linkCount === 1 && linkShare >= 0.6 && n <= LINK_LINE_WORDS && !/[.!?。！？]$/u.test(text)) {
    return 'link-dense';
  }
  return null;
}

/** A pull quote is a clause or two (in words): shorter is a phrase any paragraph may share, longer a paragraph. */
const PULL_QUOTE_WORDS = [8, 80] as const;
/** It stands near the paragraph it repeats, within this many blocks: a search that stays linear on long pages. */
const PULL_QUOTE_REACH = 8;
const QUOTE_MARKS = /^[\s"“”„«»‘’'‚‹›「」『』]+|[\s"“”„«»‘’'‚‹›「」『』]+$/gu;

/**
 * A pull quote: a line in quotation marks that repeats a run of words from a longer paragraph of the
 * story near it ("“gates can be closed in less than twenty minutes”" beside the paragraph that
 * says so), is that paragraph's decoration, in any language. A line repeated whole stays (a refrain, a
 * paragraph pasted in again): only the shorter copy of a longer paragraph goes.
 */
function markPullQuotes(blocks: readonly Block[], reasons: FurnitureReason[]): void {
  blocks.forEach((b, i) => {
    if (reasons[i] !== null || b.isHeading || b.tag === 'TR' || b.tag === 'LI' || b.tag === 'PRE') return;
    const core = b.text.replace(QUOTE_MARKS, '');
    const n = words(core);
    if (n < PULL_QUOTE_WORDS[0] || n > PULL_QUOTE_WORDS[1]) return;
    // Only a line set in quotation marks: bare, a repeated run may be the writer's own or a page's
    // split text (Readability's test pages repeat "Lorem ipsum" that way).
    if (core.length === b.text.length) return;
    const end = Math.min(blocks.length, i + PULL_QUOTE_REACH + 1);
    for (let j = Math.max(0, i - PULL_QUOTE_REACH); j < end; j++) {
      const other = blocks[j]!.text;
      if (j === i || reasons[j] !== null || other.length <= b.text.length) continue;
      if (other.includes(core)) {
        reasons[i] = 'repeated';
        return;
      }
    }
  });
}

/**
 * Mark each block as story (null) or furniture (a reason). Where a rule is unsure the block is kept.
 * Beyond the rules for single blocks, position matters: short unpunctuated lines before the first real
 * sentence (dates, bylines, kickers, prompts), and after the last one the links, metadata and calls to
 * subscribe (pagers, the next story's headline, "Updated …", "Sign up for our newsletter") are dropped;
 * credits and captions at the end are the story's own and stay.
 */
export function judgeBlocks(blocks: readonly Block[], context: FurnitureContext = {}): FurnitureReason[] {
  const title = context.title ? label(context.title) : '';
  const descriptions = context.descriptions ?? [];
  const reasons = blocks.map((b) => ownReason(b, title, context.placed));

  // The same short label twice in one story is a widget repeated above and below it; any other line three
  // times over (a caption or credit under every photo, an ad label) is a template's. Table rows, list
  // items and code repeat legitimately (header rows, "Also at …", the same command twice), and so do
  // sentences: a pull quote, a refrain, a line of dialogue, a paragraph the writer pasted in again.
  const counts = new Map<string, number>();
  for (const b of blocks) counts.set(label(b.text), (counts.get(label(b.text)) ?? 0) + 1);
  blocks.forEach((b, i) => {
    const count = counts.get(label(b.text)) ?? 0;
    const isRow = b.isHeading || b.tag === 'TR' || b.tag === 'LI' || b.tag === 'PRE' || BRACKETED.test(b.text);
    const isLabel = words(b.text) <= 6;
    if (reasons[i] !== null || isRow) return;
    if ((isLabel && count > 1 && !isSentence(b)) || (count > 2 && !SENTENCE_END.test(b.text))) reasons[i] = 'repeated';
  });

  // "More stories", "Related" and the like, late in the page, head a list of other stories: cut from
  // there, unless a long paragraph shows the story carries on below.
  const totalWords = blocks.reduce((sum, b) => sum + words(b.text), 0);
  let seen = 0;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    seen += words(b.text);
    const isOpen = reasons[i] === null || reasons[i] === 'boilerplate' || reasons[i] === 'link-dense';
    // A newsletter sign-up box late in the page, with a run of other stories' headlines below it, closes
    // the story the same way; one with the story's last paragraphs below it doesn't.
    const isEnd =
      (isOpen && RELATED.has(label(b.text))) ||
      (reasons[i] === 'sign-up' && blocks.slice(i + 1).filter((next) => next.isHeading).length >= 3);
    if (seen < totalWords / 2 || !isEnd) continue;
    if (blocks.slice(i + 1).some((next) => words(next.text) >= STORY_RESUMES_WORDS)) continue;
    reasons[i] ??= 'related';
    if (reasons[i] === 'boilerplate' || reasons[i] === 'link-dense') reasons[i] = 'related';
    for (let j = i + 1; j < blocks.length; j++) reasons[j] ??= 'related';
    break;
  }

  markPullQuotes(blocks, reasons);

  // A short line with no link of its own over a run of lines that are each a link to another story
  // ("Lees ook", "関連記事" over three headlines) is that list's label, anywhere in the story, in any
  // language: with the list gone it heads nothing. One pointer after it is enough when it ends in a
  // colon, which says it introduces what follows ("Lees ook:").
  blocks.forEach((b, i) => {
    if (reasons[i] !== null || b.linkChars > 0 || words(b.text) > LIST_LABEL_WORDS) return;
    const endsInColon = /[:：]$/u.test(b.text);
    if (isSentence(b) && !endsInColon) return;
    let run = 0;
    while (reasons[i + 1 + run] === 'link-dense') run++;
    if (run >= 2 || (run === 1 && endsInColon)) reasons[i] = 'link-dense';
  });

  // A call to subscribe or follow inside the story is the site's wherever it stands: one that opens with
  // the call ("Sign up for our morning briefing here."), or one that names it and ends in a link to the
  // site's own page with no full stop after ("The morning briefing: the top stories in your inbox. Sign
  // up"). One whose links all lead to another site is a source or an offer ("Download the council's
  // report", "Sign up for the streaming bundle" on a deals page) and stays.
  blocks.forEach((b, i) => {
    if (reasons[i] !== null || b.isHeading || words(b.text) > PROMO_WORDS) return;
    const linksAway = b.linkChars > 0 && (b.offSiteLinkChars ?? 0) >= b.linkChars;
    if (linksAway) return;
    if (PROMO_OPENING.test(b.text) || (b.linkChars > 0 && PROMO_PATTERN.test(b.text) && !SENTENCE_END.test(b.text))) {
      reasons[i] = 'promo';
    }
  });

  const isPromo = (b: Block) => PROMO_PATTERN.test(b.text) && words(b.text) <= 40;
  const isLegal = (b: Block) => LEGAL_NOTICE.test(b.text) && words(b.text) <= LEGAL_WORDS;
  const isStory = (i: number) =>
    reasons[i] === null &&
    !blocks[i]!.isHeading &&
    isSentence(blocks[i]!) &&
    words(blocks[i]!.text) >= 6 &&
    !isPromo(blocks[i]!) &&
    !isLegal(blocks[i]!);
  const first = blocks.findIndex((_, i) => isStory(i));
  if (first < 0) return reasons;
  let last = blocks.length - 1;
  while (last > first && !isStory(last)) last--;
  const isSmallPrint = (b: Block) => BRACKETED.test(b.text) || DATELINE.test(b.text) || b.isHeading;
  const isPointer = (b: Block) => b.linkChars > 0 || (METADATA.test(b.text) && words(b.text) <= SHORT_WORDS);
  const author = context.byline ? label(context.byline) : '';
  const isByline = (b: Block) =>
    !!author && author.length > 2 && words(b.text) <= SHORT_WORDS && label(b.text).includes(author);
  // A short item after a kept one in a list above the story ("player.setav stamina *") is the list's, not a kicker.
  const isListGoingOn = (i: number) =>
    blocks[i]!.tag === 'LI' && i > 0 && blocks[i - 1]!.tag === 'LI' && reasons[i - 1] === null;
  for (let i = 0; i < first; i++) {
    const b = blocks[i]!;
    if (reasons[i] !== null) continue;
    // A heading written as a sentence above the story, saying what the page's description says, is its
    // standfirst, which Precis doesn't show; one the description doesn't repeat is the story's own opening,
    // set large (a lead sentence, a kicker), and stays.
    if (b.isHeading && SENTENCE_END.test(b.text) && /[.!]$/.test(b.text) && isDescribed(b.text, descriptions)) {
      reasons[i] = 'standfirst';
    } else if (isByline(b)) reasons[i] = 'byline';
    else if (isSmallPrint(b)) continue;
    else if (isPromo(b) || (!isSentence(b) && (isPointer(b) || (words(b.text) <= 3 && !isListGoingOn(i))))) {
      reasons[i] = 'edge';
    }
  }
  for (let i = last + 1; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (reasons[i] !== null || isSmallPrint(b)) continue;
    if (isLegal(b)) reasons[i] = 'legal';
    else if (isPromo(b) || (!isSentence(b) && (isPointer(b) || LEGAL.test(b.text)))) reasons[i] = 'edge';
  }
  // A heading below the story over nothing but furniture heads a box of other stories ("热门文章", "Most read"),
  // and one over nothing at all heads what the clean-up never sees (comments, a widget drawn by script:
  // "Comments (2)"); above the story, one over nothing but links up to the next heading ("In brief" over
  // other headlines).
  for (let i = last + 1; i < blocks.length; i++) {
    if (reasons[i] !== null || !blocks[i]!.isHeading) continue;
    if (reasons.slice(i + 1).every((r) => r !== null)) reasons[i] = 'related';
  }
  for (let i = 0; i < first; i++) {
    if (reasons[i] !== null || !blocks[i]!.isHeading) continue;
    let end = i + 1;
    while (end < first && !blocks[end]!.isHeading) end++;
    const below = reasons.slice(i + 1, end);
    if (below.length > 0 && below.every((r) => r === 'link-dense')) reasons[i] = 'related';
  }
  // The author's bio closes many stories ("Zac covers Apple news …"): one of the last lines, opening with their name.
  const firstName = givenName(context.byline ?? '');
  const kept = reasons.flatMap((r, i) => (r === null && i > first ? [i] : []));
  for (const i of kept.slice(-3)) {
    const b = blocks[i]!;
    if (firstName && words(b.text) <= 60 && label(b.text).startsWith(`${firstName} `)) reasons[i] = 'byline';
  }
  return reasons;
}

/** The blocks that are story, in order. */
export function dropFurniture(blocks: readonly Block[], context: FurnitureContext = {}): Block[] {
  return storyBlocks(blocks, context).story;
}

/** A byline's words at most: a name or two and an agency ("Por María López | EFE"). */
const BYLINE_WORDS = 10;

/**
 * The story's blocks, and the byline a line above them gives where nothing else marks it: a short line
 * dropped before the first paragraph that opens with a byline's label ("Von Anna Müller", "Par Jean
 * Dupont, AFP", "Текст: Венера Ерофеева"), however its classes read. Only a line already judged
 * furniture is read for it, so a sentence of the story that opens with "By" never is one.
 */
export function storyBlocks(
  blocks: readonly Block[],
  context: FurnitureContext = {},
): { story: Block[]; byline: string | null } {
  const reasons = judgeBlocks(blocks, context);
  let byline: string | null = null;
  for (let i = 0; i < blocks.length && byline === null; i++) {
    const b = blocks[i]!;
    if (reasons[i] === null && !b.isHeading && words(b.text) > SHORT_WORDS) break;
    if (reasons[i] === null || words(b.text) > BYLINE_WORDS || SENTENCE_END.test(b.text)) continue;
    if (!hasBylineLabel(b.text)) continue;
    const name = tidyByline(b.text);
    if (name && /^\p{Lu}/u.test(name)) byline = name;
  }
  return { story: blocks.filter((_, i) => reasons[i] === null), byline };
}
