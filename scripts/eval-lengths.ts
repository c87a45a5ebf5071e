// How often the length rule changes a news article's summary from the fixed 3 / 5 / 7 sentences, on the
// corpora in ../shared/eval/summ. Usage: tsx scripts/eval-lengths.ts [--data DIR]   (or `npm run eval -- lengths`)
import { articleFromText } from '../src/article/article-from-text';
import { LENGTH_SENTENCES, SUMMARY_LENGTHS, mostSentences, sentencesFor } from '../src/article/length';
import { articleSentences } from '../src/summarize/article-sentences';
import { summaryInput } from '../src/summarize/summarize-article';
import { DATASETS, loadDataset, summaryDataDir } from './eval-summarize';

function quantile(sorted: readonly number[], p: number): number {
  return sorted[Math.floor(p * (sorted.length - 1))] ?? 0;
}

function main(argv: readonly string[]): number {
  const dir = summaryDataDir(argv);
  let missing = 0;
  console.log('corpus   articles  sentences: median  p90  p99  max  words/sentence  changed: short medium   long');
  for (const { name } of DATASETS) {
    const articles = loadDataset(dir, name);
    if (articles === undefined) {
      console.error(`No ${name}.jsonl in ${dir}: pass --data DIR or set PRECIS_SHARED.`);
      missing++;
      continue;
    }
    const totals: number[] = [];
    let words = 0;
    const changed = new Map(SUMMARY_LENGTHS.map((length) => [length, 0]));
    for (const { text, title } of articles) {
      const loaded = articleFromText(text, title === undefined ? {} : { title });
      if (!loaded.ok) continue;
      const n = articleSentences(summaryInput(loaded.article)).texts.length;
      totals.push(n);
      words += loaded.article.wordCount;
      for (const length of SUMMARY_LENGTHS) {
        // What the fixed sizes gave: the length's sentences, capped at half the article.
        const fixed = Math.min(LENGTH_SENTENCES[length], mostSentences(n));
        if (sentencesFor(length, n) !== fixed) changed.set(length, (changed.get(length) ?? 0) + 1);
      }
    }
    totals.sort((a, b) => a - b);
    const sentences = totals.reduce((sum, n) => sum + n, 0);
    const share = (length: (typeof SUMMARY_LENGTHS)[number]) =>
      `${((100 * (changed.get(length) ?? 0)) / Math.max(1, totals.length)).toFixed(1)} %`.padStart(6);
    console.log(
      [
        name.padEnd(8),
        String(totals.length).padStart(8),
        String(quantile(totals, 0.5)).padStart(18),
        String(quantile(totals, 0.9)).padStart(4),
        String(quantile(totals, 0.99)).padStart(4),
        String(totals.at(-1) ?? 0).padStart(4),
        (words / Math.max(1, sentences)).toFixed(1).padStart(15),
        `${share('short').padStart(15)} ${share('medium')} ${share('long')}`,
      ].join(' '),
    );
  }
  return missing > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
