/**
 * Byline benchmark: our author credits against the bylines other extractors' test suites expect,
 * on the real pages in /work/shared/bench/bylines (see its README; the pages are read at bench
 * time only and never ship with the extension).
 *
 *   npm run bench:bylines [-- --source postlight,trafilatura] [--fails] [--json out.json] [--no-readability]
 *
 * WHAT "EXACT MATCH" MEANS HERE
 * - Normalisation, applied to the expected string and to ours alike (as the bylines README does
 *   for its Readability baseline): trim, collapse every whitespace run to one space, strip one
 *   leading "By " (case-insensitive), trim again; an empty string counts as null.
 * - OURS is the report's author-role credits, i.e. role 'author' or 'ai-system', in report order
 *   (editors, contributors and image credits are not bylines), joined with ", ". Credits are only
 *   reported for pages the core treats as articles; a page it calls "not an article" has no byline.
 * - A page MATCHES when the two normalised strings are equal, case included; or, when the expected
 *   string lists several names ("A, B and C", "A; B", "A & B", "A und B"), when our names are that
 *   same set of names, each spelt exactly (case included), in any order. Nothing else is accepted:
 *   no per-site or per-page exceptions, no partial credit, no fuzzy or case-folded comparison.
 * - Expected null: a match only when we report no author credit at all. Reporting one there is an
 *   "invented byline"; the invented rate is invented / pages expecting null.
 * - READABILITY is `new Readability(clone).parse().byline` with default options, normalised the
 *   same way and compared to the expected string only (no set comparison), which reproduces the
 *   README's baseline.
 * - The "loose" column is informational only: it also accepts differences of case, accents and
 *   punctuation (e.g. "JOSH HASKELL" vs "Josh Haskell").
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { analyzeDocument } from '../utils/analysis/analyze';

const BENCH_DIR = process.env.BYLINES_BENCH_DIR ?? '/work/shared/bench/bylines';
const FAKE_URL = 'http://fakehost/test/page.html';

interface Entry {
  id: string;
  file: string;
  source: string;
  url: string | null;
  expected_byline: string | null;
  encoding: string;
  flags?: string[];
}

interface Outcome {
  id: string;
  source: string;
  expected: string | null;
  ours: string | null;
  /** Every credit with its role and sources, for reading failures. */
  credits: string[];
  readability: string | null;
  ok: boolean;
  loose: boolean;
  readabilityOk: boolean;
  ms: number;
  detectorsMs: Record<string, number>;
  textIndexMs: number;
}

const args = process.argv.slice(2);
const argValue = (flag: string): string | undefined => {
  const i = args.indexOf(flag);
  return i >= 0 ? args[i + 1] : undefined;
};
const onlySources = argValue('--source')?.split(',');
const jsonOut = argValue('--json');
const showFails = args.includes('--fails');
const skipReadability = args.includes('--no-readability');
/** Internal: a child process that runs pages [from, to) of the selection and writes their outcomes to a file. */
const workerRange = argValue('--worker');
const workerOut = argValue('--worker-out');
/** Pages per child process: jsdom documents are not all freed, and 398 pages in one process run out of heap. */
const PAGES_PER_WORKER = 40;

export function normalise(value: string | null | undefined): string | null {
  if (value == null) return null;
  const s = value
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/^by\s+/i, '')
    .trim();
  return s || null;
}

/** "A, B and C" / "A; B" / "A & B" / "A und B" → the names, when the string lists several. */
const LIST_SPLIT = /\s*(?:,|;|\s&\s|\s+and\s+|\s+und\s+|\s+et\s+|\s+y\s+)\s*/i;
function listedNames(value: string): string[] {
  return value
    .split(LIST_SPLIT)
    .map((s) => s.trim())
    .filter(Boolean);
}

function loose(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function sameSet(a: string[], b: string[], key: (s: string) => string): boolean {
  if (a.length !== b.length) return false;
  const keys = new Set(a.map(key));
  return keys.size === a.length && b.every((s) => keys.has(key(s)));
}

function matches(expected: string | null, names: string[], key: (s: string) => string): boolean {
  const ours = normalise(names.join(', '));
  if (expected === null || ours === null) return expected === ours;
  if (key(ours) === key(expected)) return true;
  const listed = listedNames(expected);
  return listed.length > 1 && sameSet(listed, names.map((n) => normalise(n) ?? ''), key);
}

function run(entry: Entry): Outcome {
  const bytes = readFileSync(path.join(BENCH_DIR, entry.file));
  const url = entry.url ?? FAKE_URL;
  const dom = new JSDOM(bytes, { url, contentType: `text/html; charset=${entry.encoding}`, virtualConsole: new VirtualConsole() });
  const doc = dom.window.document;
  let readability: string | null = null;
  if (!skipReadability) {
    try {
      readability = normalise(new Readability(doc.cloneNode(true) as Document).parse()?.byline ?? null);
    } catch {
      readability = null;
    }
  }
  const started = performance.now();
  // A generous budget: the machine running the bench may be loaded, and accuracy is measured here, not latency.
  const report = analyzeDocument(doc, url, { budgetMs: 120_000 });
  const ms = performance.now() - started;
  dom.window.close();
  const names = report.credits.filter((c) => c.role === 'author' || c.role === 'ai-system').map((c) => c.name);
  const expected = normalise(entry.expected_byline);
  return {
    id: entry.id,
    source: entry.source,
    expected,
    ours: normalise(names.join(', ')),
    credits: report.credits.map((c) => `${c.name} [${c.role}: ${c.sources.join('+')}]`),
    readability,
    ok: matches(expected, names, (s) => s),
    loose: matches(expected, names, loose),
    readabilityOk: readability === expected,
    ms,
    detectorsMs: report.timings.detectorsMs,
    textIndexMs: report.timings.textIndexMs,
  };
}

function pct(n: number, d: number): string {
  return d === 0 ? '   -  ' : `${((100 * n) / d).toFixed(1).padStart(5)}%`;
}

function row(label: string, list: Outcome[]): string {
  const nulls = list.filter((o) => o.expected === null);
  const ok = list.filter((o) => o.ok).length;
  const looseOk = list.filter((o) => o.loose).length;
  const rOk = list.filter((o) => o.readabilityOk).length;
  const invented = nulls.filter((o) => o.ours !== null).length;
  const rInvented = nulls.filter((o) => o.readability !== null).length;
  const n = list.length;
  return [
    label.padEnd(34),
    String(n).padStart(5),
    `${String(ok).padStart(4)} ${pct(ok, n)}`,
    `${String(rOk).padStart(4)} ${pct(rOk, n)}`,
    `${String(looseOk).padStart(4)} ${pct(looseOk, n)}`,
    `${String(invented).padStart(3)}/${String(nulls.length).padEnd(3)} ${pct(invented, nulls.length)}`,
    `${String(rInvented).padStart(3)}/${String(nulls.length).padEnd(3)} ${pct(rInvented, nulls.length)}`,
  ].join('  ');
}

function main(): void {
  const manifest = JSON.parse(readFileSync(path.join(BENCH_DIR, 'manifest.json'), 'utf8')) as Entry[];
  const entries = manifest.filter((e) => !onlySources || onlySources.includes(e.source));
  if (workerRange && workerOut) {
    const [from, to] = workerRange.split(':').map(Number);
    const outcomes: Outcome[] = [];
    for (const entry of entries.slice(from, to)) {
      try {
        outcomes.push(run(entry));
      } catch (error) {
        console.error(`${entry.id}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    writeFileSync(workerOut, JSON.stringify(outcomes));
    return;
  }
  const outcomes: Outcome[] = [];
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-bylines-'));
  try {
    for (let from = 0; from < entries.length; from += PAGES_PER_WORKER) {
      process.stderr.write(`${from}/${entries.length}\n`);
      const out = path.join(dir, `${from}.json`);
      const range = `${from}:${from + PAGES_PER_WORKER}`;
      const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), ...args, '--worker', range, '--worker-out', out], { stdio: ['ignore', 'ignore', 'inherit'] });
      if (child.status !== 0) throw new Error(`worker for pages ${range} failed (${child.status ?? child.signal})`);
      outcomes.push(...(JSON.parse(readFileSync(out, 'utf8')) as Outcome[]));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  if (showFails) {
    for (const o of outcomes) {
      if (o.ok) continue;
      console.log(`✗ ${o.id}\n    expected: ${JSON.stringify(o.expected)}\n    ours:     ${JSON.stringify(o.ours)}\n    readab.:  ${JSON.stringify(o.readability)}`);
    }
    console.log('');
  }

  console.log(
    `${'source'.padEnd(34)}  pages  ours exact    readability   ours loose    invented (ours)   invented (readab.)`,
  );
  const sources = ['readability', 'postlight', 'goose3', 'trafilatura'];
  for (const source of sources) {
    const list = outcomes.filter((o) => o.source === source);
    if (list.length > 0) console.log(row(source, list));
  }
  const target = outcomes.filter((o) => o.source !== 'readability');
  if (target.length > 0) console.log(row('postlight+trafilatura+goose3', target));
  console.log(row('all', outcomes));

  const total = outcomes.reduce((s, o) => s + o.ms, 0);
  const textIndexMs = outcomes.reduce((s, o) => s + o.textIndexMs, 0);
  const detectors = new Map<string, number>();
  for (const o of outcomes) for (const [id, ms] of Object.entries(o.detectorsMs)) detectors.set(id, (detectors.get(id) ?? 0) + ms);
  const perPage = (ms: number) => `${(ms / Math.max(1, outcomes.length)).toFixed(2)} ms/page`;
  console.log(`\nanalyzeDocument: ${perPage(total)} (the text index inside it: ${perPage(textIndexMs)})`);
  for (const [id, ms] of [...detectors].sort((a, b) => b[1] - a[1])) console.log(`  ${id.padEnd(24)} ${perPage(ms)}`);

  if (jsonOut) writeFileSync(jsonOut, JSON.stringify(outcomes, null, 1));
}

main();
