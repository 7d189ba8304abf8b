/**
 * Adds a page to the fixture corpus, Readability-style:
 *
 *   npm run add-fixture -- <slug> <source.html|URL> --url URL [--description TEXT] [--tag TAG]... [--force]
 *
 * Copies the page to tests/fixtures/<slug>/source.html (as UTF-8), runs the analyzer on it
 * with the fixture's fixed URL, and writes tests/fixtures/<slug>/expected.json from the
 * current output. That output is a DRAFT: a human must check every value against the page
 * and correct it, because expected.json is the specification, not a snapshot.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { FIXTURES_DIR, type Expectation } from '../bench/lib/fixtures';
import { FETCH_TIMEOUT_MS, MAX_PAGE_BYTES, parseHtml } from '../cli/load-document';
import { analyzeDocument } from '../utils/analysis/analyze';
import type { ProvenanceReport } from '../utils/analysis/types';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const USAGE = 'usage: npm run add-fixture -- <slug> <source.html|URL> --url URL [--description TEXT] [--tag TAG]... [--force]';

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      url: { type: 'string' },
      description: { type: 'string' },
      tag: { type: 'string', multiple: true },
      force: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const [slug, source] = positionals;
  if (!slug || !source || positionals.length !== 2) return fail(USAGE);
  if (!SLUG.test(slug)) return fail(`slug must be kebab-case ([a-z0-9-]), got "${slug}"`);
  const isRemote = /^https?:\/\//i.test(source);
  const url = values.url ?? (isRemote ? source : undefined);
  if (!url || !/^https?:\/\//i.test(url)) return fail(`--url must give the page's fixed http(s) address\n${USAGE}`);

  const folder = path.join(FIXTURES_DIR, slug);
  if (existsSync(path.join(folder, 'expected.json')) && !values.force) return fail(`${path.relative(process.cwd(), folder)} already exists (use --force to overwrite)`);

  const html = await readPage(source, isRemote);
  const report = analyzeDocument(parseHtml(html, url), url);
  const draft = {
    url,
    description: values.description ?? '',
    tags: values.tag ?? [],
    expect: expectationFrom(report),
  };

  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, 'source.html'), html);
  writeFileSync(path.join(folder, 'expected.json'), `${JSON.stringify(draft, null, 2)}\n`);

  const rel = path.relative(process.cwd(), folder);
  console.log(`Wrote ${rel}/source.html and ${rel}/expected.json`);
  console.log(`Current output: verdict ${report.verdict}, ${report.aiDisclosures.length} AI disclosure(s), republished: ${report.republication.isRepublished}.`);
  console.log('');
  console.log('REVIEW REQUIRED: expected.json was written from what the analyzer says today, not from what the');
  console.log('page says. Read the page and correct every value (verdict, the complete aiDisclosures list,');
  console.log('credits, republication, warnings) so that it states what a correct analyzer should report;');
  if (!values.description) console.log('fill in "description" (what this page tests) and "tags" ("hard-negative", language, behaviour);');
  console.log(`then run: npx vitest run tests/fixtures.test.ts -t ${slug}`);
  return 0;
}

/** The page as UTF-8 text: a file as saved, or a URL fetched once; other encodings decoded and relabelled. */
async function readPage(source: string, isRemote: boolean): Promise<string> {
  let bytes: Buffer;
  let headerCharset: string | null = null;
  if (isRemote) {
    const response = await fetch(source, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS), redirect: 'follow' });
    if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`);
    const type = response.headers.get('content-type') ?? '';
    if (type && !/html/i.test(type)) throw new Error(`not an HTML page (${type})`);
    headerCharset = /charset=([\w-]+)/i.exec(type)?.[1] ?? null;
    bytes = Buffer.from(await response.arrayBuffer());
  } else {
    bytes = readFileSync(source);
  }
  if (bytes.length > MAX_PAGE_BYTES) throw new Error(`page is larger than ${MAX_PAGE_BYTES / 1024 / 1024} MB`);
  const encoding = headerCharset ?? sniffCharset(bytes);
  if (/^utf-?8$/i.test(encoding)) return bytes.toString('utf8');
  const text = new TextDecoder(encoding).decode(bytes);
  // The fixture is stored as UTF-8, so its declaration must say so.
  return text.replace(/<meta\s+charset=["']?[\w-]+["']?/i, '<meta charset="utf-8"').replace(/(<meta[^>]+content=["'][^"']*charset=)[\w-]+/i, '$1utf-8');
}

/** The charset a browser's prescan would find: BOM, then <meta charset>, then UTF-8. */
function sniffCharset(bytes: Buffer): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  const head = bytes.subarray(0, 2048).toString('latin1');
  const declared = /<meta[^>]+charset=["']?([\w-]+)/i.exec(head)?.[1];
  if (!declared) return 'utf-8';
  try {
    new TextDecoder(declared);
    return declared;
  } catch {
    return 'utf-8';
  }
}

function expectationFrom(report: ProvenanceReport): Expectation {
  return {
    isArticle: report.isArticle,
    verdict: report.verdict,
    aiDisclosures: report.aiDisclosures.map((d) => ({ level: d.level, scope: d.scope, system: d.system, model: d.model, reviewedBy: d.reviewedBy })),
    credits: report.credits.map((c) => ({ name: c.name, role: c.role })),
    republication: {
      isRepublished: report.republication.isRepublished,
      originalUrl: report.republication.originalUrl,
      originalPublisher: report.republication.originalPublisher,
    },
    warnings: report.warnings.map((w) => w.kind),
    aiLeftovers: report.aiLeftovers.length,
  };
}

function fail(message: string): number {
  console.error(message);
  return 2;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`add-fixture: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
