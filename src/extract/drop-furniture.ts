import type { Block } from './collect-blocks';
import { BOILERPLATE_PHRASES } from './boilerplate-vocabulary';

/** Why a block was judged site furniture (for tests and the eval's debugging), or null to keep it. */
export type FurnitureReason = 'literal' | 'boilerplate' | 'link-dense' | 'repeated' | 'edge' | null;

const BOILERPLATE = new Set(BOILERPLATE_PHRASES);
const WORD = /[\p{L}\p{N}]+/gu;
/** A value a template printed by mistake (`false`, `undefined`), a bare number or a lone symbol. */
const LITERAL = /^(?:true|false|null|undefined|nan|\[object object\]|[\d\s.,:/-]+|[^\p{L}\p{N}]+)$/iu;
/** Gallery and pager counters: "3 of 12", "1/5". */
const COUNTER = /^\d+\s*(?:of|von|de|di|из|\/)\s*\d+$/iu;
/** How a sentence ends, allowing closing quotes and brackets after the stop. */
const SENTENCE_END = /[.!?…:;][\s"'”’»)\]]*$|[”»"]$/u;
/** Lines at most this long may be furniture; anything longer is taken as story. */
const SHORT_WORDS = 12;

function words(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/** Lower-case and strip the arrows, bullets and punctuation that decorate a control's label. */
function label(text: string): string {
  return text
    .toLowerCase()
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N};]+$/gu, '')
    .replace(/\s+/g, ' ');
}

function isSentence(block: Block): boolean {
  return SENTENCE_END.test(block.text) || words(block.text) > SHORT_WORDS;
}

/** Judge one block on its own. */
function ownReason(block: Block): FurnitureReason {
  const text = block.text;
  if (LITERAL.test(text) || COUNTER.test(text)) return 'literal';
  const n = words(text);
  if (n <= 8 && BOILERPLATE.has(label(text))) return 'boilerplate';
  const linkShare = block.linkChars / text.length;
  // A line that is all link is a pointer elsewhere (previous/next story, a tag, "read more: …").
  if (linkShare >= 0.9 && n <= 25) return 'link-dense';
  if (linkShare >= 0.5 && !isSentence(block)) return 'link-dense';
  return null;
}

/**
 * Mark each block as story (null) or furniture (a reason). Where a rule is unsure the block is kept.
 * The edge rule trims short, unpunctuated lines that sit before the first or after the last real
 * sentence of the story: that is where prompts, pagers and the next story's headline live.
 */
export function judgeBlocks(blocks: readonly Block[]): FurnitureReason[] {
  const reasons = blocks.map(ownReason);

  // The same short line twice in one story is a widget repeated above and below it.
  const counts = new Map<string, number>();
  for (const b of blocks) {
    if (words(b.text) <= SHORT_WORDS) counts.set(label(b.text), (counts.get(label(b.text)) ?? 0) + 1);
  }
  blocks.forEach((b, i) => {
    if (reasons[i] === null && !b.isHeading && (counts.get(label(b.text)) ?? 0) > 1) reasons[i] = 'repeated';
  });

  const isStory = (i: number) => reasons[i] === null && isSentence(blocks[i]!) && words(blocks[i]!.text) >= 6;
  const first = blocks.findIndex((_, i) => isStory(i));
  if (first < 0) return reasons;
  let last = blocks.length - 1;
  while (last > first && !isStory(last)) last--;
  for (let i = 0; i < blocks.length; i++) {
    if (i >= first && i <= last) continue;
    const b = blocks[i]!;
    if (reasons[i] === null && !b.isHeading && !isSentence(b)) reasons[i] = 'edge';
  }
  return reasons;
}

/** The blocks that are story, in order. */
export function dropFurniture(blocks: readonly Block[]): Block[] {
  const reasons = judgeBlocks(blocks);
  return blocks.filter((_, i) => reasons[i] === null);
}
