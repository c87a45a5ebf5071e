// Fits the summarizer's linear sentence weights (src/summarize/weights.ts) on half of cnndm and xsum,
// and reports ROUGE-1 on the other half (and on bbc, which is never fitted on: it is the guard).
// Usage: tsx scripts/fit-summarize.ts [--data DIR] [--write]   (--write rewrites src/summarize/weights.ts)
// The model is a conditional logit: per article, softmax over its sentences of w·features, trained
// toward the greedy-oracle sentences (those that maximise ROUGE against the reference).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { articleSentences } from '../src/summarize/article-sentences';
import { selectSentences } from '../src/summarize/select-sentences';
import { FEATURE_NAMES, sentenceFeatures, type SentenceFeatures } from '../src/summarize/sentence-features';
import { sentenceBudget } from '../src/summarize/summarize';
import { type EvalArticle, loadDataset, summaryDataDir, toInput } from './eval-summarize';
import { ngramScore, rougeTokens } from './lib/rouge';

const WIDTH = FEATURE_NAMES.length;
const EPOCHS = 400;
const LEARNING_RATE = 0.05;
const L2 = 1e-3;
// xsum is a twelfth the size of cnndm and asks a harder question (one sentence, no lede to lean on).
const XSUM_SHARE = 1;
// One-sentence corpora train toward every sentence by its own ROUGE (softmax at this temperature):
// a single oracle sentence is too thin a signal for 240 articles.
const SOFT_T = 0.02;
const REDUNDANCY_GRID: number[] = [0, 1, 2, 4, 6, 8];

interface Example {
  texts: string[];
  features: SentenceFeatures;
  /** Target probability of each sentence (oracle sentences share 1). */
  target: Float64Array;
  /** Weight of the article in the loss: each corpus counts the same in total. */
  weight: number;
  summary: string;
  k: number;
  tokens: string[][];
  reference: string[];
}

// Oracles are slow to find and depend only on the sentences: keep them between runs, outside the repo.
const ORACLE_CACHE = join(tmpdir(), 'precis-fit-summarize-oracles.json');
let oracleCache: Record<string, number[]> = {};

function prepare(article: EvalArticle, k: number): Example {
  const { texts, paragraphOf, lang, title } = articleSentences(toInput(article));
  const features = sentenceFeatures(texts, paragraphOf, lang, title);
  const target = new Float64Array(texts.length);
  const key = `${k}:${texts.join('\u0001')}`;
  const oracle =
    oracleCache[key] ??
    greedyOracle(
      texts.map((t) => rougeTokens(t)),
      rougeTokens(article.summary),
      Math.min(k, texts.length),
    );
  oracleCache[key] = oracle;
  if (k === 1) {
    // Soft target: every sentence by how well it alone matches the reference.
    const ref = rougeTokens(article.summary);
    const gains = texts.map((t) => {
      const tokens = rougeTokens(t);
      return ngramScore(tokens, ref, 1).f1 + ngramScore(tokens, ref, 2).f1;
    });
    const max = Math.max(...gains);
    let z = 0;
    gains.forEach((g, i) => {
      target[i] = Math.exp((g - max) / SOFT_T);
      z += target[i] as number;
    });
    for (let i = 0; i < target.length; i++) target[i] = (target[i] as number) / z;
  } else {
    for (const i of oracle) target[i] = 1 / oracle.length;
  }
  const tokens = texts.map((t) => rougeTokens(t));
  const reference = rougeTokens(article.summary);
  return { texts, features, target, weight: 1, summary: article.summary, k, tokens, reference };
}

// The sentences that, added one at a time, most raise ROUGE-1 + ROUGE-2 F1 against the reference.
function greedyOracle(sentences: string[][], reference: string[], k: number): number[] {
  const chosen: number[] = [];
  let bestSoFar = 0;
  while (chosen.length < k) {
    let best = -1;
    let bestValue = bestSoFar;
    for (let i = 0; i < sentences.length; i++) {
      if (chosen.includes(i)) continue;
      const tokens = [...chosen, i].sort((a, b) => a - b).flatMap((j) => sentences[j] as string[]);
      const value = ngramScore(tokens, reference, 1).f1 + ngramScore(tokens, reference, 2).f1;
      if (value > bestValue) {
        best = i;
        bestValue = value;
      }
    }
    if (best < 0) break;
    chosen.push(best);
    bestSoFar = bestValue;
  }
  return chosen;
}

function scores(example: Example, w: Float64Array): Float64Array {
  const n = example.texts.length;
  const out = new Float64Array(n);
  const values = example.features.values;
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let f = 0; f < WIDTH; f++) s += (values[i * WIDTH + f] as number) * (w[f] as number);
    out[i] = s;
  }
  return out;
}

// Adam on the weighted cross-entropy between softmax(scores) and each article's target.
function fit(examples: readonly Example[]): Float64Array {
  const w = new Float64Array(WIDTH);
  const m = new Float64Array(WIDTH);
  const v = new Float64Array(WIDTH);
  const totalWeight = examples.reduce((sum, e) => sum + e.weight, 0);
  for (let epoch = 1; epoch <= EPOCHS; epoch++) {
    const grad = new Float64Array(WIDTH);
    let loss = 0;
    for (const example of examples) {
      if (example.target.every((t) => t === 0)) continue;
      const s = scores(example, w);
      const max = Math.max(...s);
      let z = 0;
      for (const x of s) z += Math.exp(x - max);
      const values = example.features.values;
      for (let i = 0; i < s.length; i++) {
        const p = Math.exp((s[i] as number) - max) / z;
        const t = example.target[i] as number;
        if (t > 0) loss -= (example.weight * t * Math.log(p + 1e-12)) / totalWeight;
        const g = (example.weight * (p - t)) / totalWeight;
        for (let f = 0; f < WIDTH; f++) grad[f] = (grad[f] as number) + g * (values[i * WIDTH + f] as number);
      }
    }
    for (let f = 0; f < WIDTH; f++) {
      const g = (grad[f] as number) + L2 * (w[f] as number);
      m[f] = 0.9 * (m[f] as number) + 0.1 * g;
      v[f] = 0.999 * (v[f] as number) + 0.001 * g * g;
      const mHat = (m[f] as number) / (1 - 0.9 ** epoch);
      const vHat = (v[f] as number) / (1 - 0.999 ** epoch);
      w[f] = (w[f] as number) - (LEARNING_RATE * mHat) / (Math.sqrt(vHat) + 1e-8);
    }
    if (epoch % 100 === 0) console.error(`epoch ${epoch} loss ${loss.toFixed(4)}`);
  }
  return w;
}

function meanRouge1(examples: readonly Example[], w: Float64Array, redundancy: number): number {
  let sum = 0;
  for (const example of examples) {
    const k = sentenceBudget(example.k, example.texts.length);
    const picked = selectSentences(scores(example, w), example.features, example.texts, k, redundancy);
    sum += ngramScore(
      picked.flatMap((i) => example.tokens[i] as string[]),
      example.reference,
      1,
    ).f1;
  }
  return (100 * sum) / Math.max(1, examples.length);
}

function main(argv: readonly string[]): number {
  const dir = summaryDataDir(argv);
  if (existsSync(ORACLE_CACHE))
    oracleCache = JSON.parse(readFileSync(ORACLE_CACHE, 'utf8')) as Record<string, number[]>;
  const corpora = [
    { name: 'cnndm', k: 3 },
    { name: 'xsum', k: 1 },
    { name: 'bbc', k: 3 },
  ];
  const halves: Record<string, { fit: Example[]; check: Example[] }> = {};
  for (const { name, k } of corpora) {
    const articles = loadDataset(dir, name);
    if (articles === undefined) {
      console.error(`No ${name}.jsonl in ${dir}: pass --data DIR or set PRECIS_SHARED.`);
      return 1;
    }
    const examples = articles.map((a) => prepare(a, k));
    // Even-numbered articles fit, odd-numbered ones check.
    halves[name] = {
      fit: examples.filter((_, i) => i % 2 === 0),
      check: examples.filter((_, i) => i % 2 === 1),
    };
    console.error(`prepared ${name}: ${examples.length}`);
  }
  writeFileSync(ORACLE_CACHE, JSON.stringify(oracleCache));
  const cnndm = halves.cnndm as { fit: Example[]; check: Example[] };
  const xsum = halves.xsum as { fit: Example[]; check: Example[] };
  const bbc = halves.bbc as { fit: Example[]; check: Example[] };
  for (const e of cnndm.fit) e.weight = 1 / cnndm.fit.length;
  for (const e of xsum.fit) e.weight = XSUM_SHARE / xsum.fit.length;
  const w = fit([...cnndm.fit, ...xsum.fit]);
  console.log('weights:', Object.fromEntries(FEATURE_NAMES.map((name, f) => [name, round(w[f] as number)])));
  let bestRedundancy = 0;
  let bestFitScore = -Infinity;
  console.log('redundancy  cnndm fit/check   xsum fit/check   bbc all');
  for (const redundancy of REDUNDANCY_GRID) {
    const row = [
      meanRouge1(cnndm.fit, w, redundancy),
      meanRouge1(cnndm.check, w, redundancy),
      meanRouge1(xsum.fit, w, redundancy),
      meanRouge1(xsum.check, w, redundancy),
      meanRouge1([...bbc.fit, ...bbc.check], w, redundancy),
    ];
    console.log(`${String(redundancy).padEnd(10)}  ${row.map((x) => x.toFixed(2)).join('  ')}`);
    // Only cnndm uses more than one sentence, so only it can choose the redundancy, on its fit half.
    if ((row[0] as number) > bestFitScore) {
      bestFitScore = row[0] as number;
      bestRedundancy = redundancy;
    }
  }
  if (argv.includes('--write')) writeWeights(w, bestRedundancy);
  return 0;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

function writeWeights(w: Float64Array, redundancy: number): void {
  const file = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'summarize', 'weights.ts');
  const lines = FEATURE_NAMES.map((name, f) => `  ${name}: ${round(w[f] as number)},`);
  writeFileSync(
    file,
    `import type { FEATURE_NAMES } from './sentence-features';

// Written by \`npx tsx scripts/fit-summarize.ts --write\`: fitted on the even-numbered half of cnndm and
// xsum (../shared/eval/summ), checked on the odd half; bbc is never fitted on.

/** How much each feature adds to a sentence's score (a linear model; see scripts/fit-summarize.ts). */
export const WEIGHTS: Record<(typeof FEATURE_NAMES)[number], number> = {
${lines.join('\n')}
};

/** How much similarity to an already chosen sentence costs (maximal marginal relevance). */
export const REDUNDANCY = ${redundancy};
`,
  );
  console.log(`wrote ${file}`);
}

process.exitCode = main(process.argv.slice(2));
