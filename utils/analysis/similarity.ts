import { wordsOf } from './letters';
/**
 * Is a copy the same article as its original? Word shingles of the main text, compared with
 * MinHash: a fixed-size signature per text, so two long articles compare in constant time and a
 * signature can travel in a message instead of the text.
 */

/** Words per shingle: five words in the same order rarely repeat by chance. */
const SHINGLE_WORDS = 5;
/** Signature length: the estimate's standard error is about 1/sqrt(128) ≈ 0.09. */
export const SIGNATURE_SIZE = 128;
/** Texts are cut to this many words; enough for any article, bounded for a hostile one. */
const MAX_WORDS = 20_000;

export interface TextSignature {
  /** MinHash values, one per hash function. */
  minHashes: number[];
  /** Number of distinct shingles. */
  shingles: number;
}

// Fixed seeds so signatures made in the content script, the popup and the CLI agree.
const SEEDS: number[] = Array.from({ length: SIGNATURE_SIZE }, (_, i) => (Math.imul(i + 1, 0x9e3779b1) ^ 0x5bd1e995) >>> 0);

export function words(text: string): string[] {
  return wordsOf(text.normalize('NFKC')).slice(0, MAX_WORDS);
}

/** 32-bit FNV-1a of a string. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A second, cheap mix: one base hash per shingle, re-mixed per seed. */
function mix(h: number, seed: number): number {
  let x = (h ^ seed) >>> 0;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

export function signature(text: string): TextSignature {
  const list = words(text);
  const hashes = new Set<number>();
  const n = Math.max(1, Math.min(SHINGLE_WORDS, list.length));
  for (let i = 0; i + n <= list.length; i++) hashes.add(fnv1a(list.slice(i, i + n).join(' ')));
  const minHashes = new Array<number>(SIGNATURE_SIZE).fill(0xffffffff);
  for (const h of hashes) {
    for (let k = 0; k < SIGNATURE_SIZE; k++) {
      const v = mix(h, SEEDS[k] ?? 0);
      if (v < (minHashes[k] ?? 0xffffffff)) minHashes[k] = v;
    }
  }
  return { minHashes, shingles: hashes.size };
}

/** Estimated Jaccard similarity of the two texts' shingle sets, 0..1. */
export function similarity(a: TextSignature, b: TextSignature): number {
  if (a.shingles === 0 || b.shingles === 0) return 0;
  let same = 0;
  for (let k = 0; k < SIGNATURE_SIZE; k++) if (a.minHashes[k] === b.minHashes[k]) same++;
  return same / SIGNATURE_SIZE;
}

/**
 * Above this estimated Jaccard the texts are the same article. Copies add and drop boilerplate
 * (a footer, a credit box, "Read next" lines), so identical articles land well below 1.0; two
 * different articles on the same story share almost no five-word runs and land near 0.
 */
export const SAME_ARTICLE_THRESHOLD = 0.35;
