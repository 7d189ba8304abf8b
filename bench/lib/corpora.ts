import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The shared real-page corpora (read at bench time only; never copied into the repo or the
 * extension): /work/shared/bench/bylines (398 pages with a manifest) and
 * /work/shared/bench/realpages (40 pages, no expected values).
 */
export const BYLINES_DIR = process.env.BYLINES_BENCH_DIR ?? '/work/shared/bench/bylines';
export const REALPAGES_DIR = process.env.REALPAGES_BENCH_DIR ?? '/work/shared/bench/realpages';
/** The address Readability's own tests give every page. */
export const FAKE_URL = 'http://fakehost/test/page.html';

export interface RealPage {
  id: string;
  url: string;
  html: string;
}

interface ManifestEntry {
  id: string;
  file: string;
  url: string | null;
  encoding?: string;
}

/**
 * The byline benchmark's pages, each decoded with the encoding its manifest gives, read one at
 * a time (the corpus is 58 MB). Nothing when the corpus is absent.
 */
export function* bylinePages(dir = BYLINES_DIR): Generator<RealPage> {
  const manifestPath = path.join(dir, 'manifest.json');
  if (!existsSync(manifestPath)) return;
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as ManifestEntry[];
  for (const entry of manifest) {
    yield { id: entry.id, url: entry.url ?? FAKE_URL, html: decode(readFileSync(path.join(dir, entry.file)), entry.encoding ?? 'utf-8') };
  }
}

/**
 * The realpages corpus. It has no manifest, so each page gets the address it declares
 * (rel=canonical, then og:url), as the byline manifest did, or Readability's fake one.
 */
export function* realPages(dir = REALPAGES_DIR): Generator<RealPage> {
  const pagesDir = path.join(dir, 'pages');
  if (!existsSync(pagesDir)) return;
  for (const file of readdirSync(pagesDir).filter((f) => f.endsWith('.html')).sort()) {
    const bytes = readFileSync(path.join(pagesDir, file));
    const html = decode(bytes, declaredCharset(bytes));
    yield { id: file.replace(/\.html$/, ''), url: declaredUrl(html) ?? FAKE_URL, html };
  }
}

function decode(bytes: Buffer, encoding: string): string {
  try {
    return new TextDecoder(encoding).decode(bytes);
  } catch {
    return bytes.toString('utf8');
  }
}

function declaredCharset(bytes: Buffer): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  return /<meta[^>]+charset=["']?([\w-]+)/i.exec(bytes.subarray(0, 4096).toString('latin1'))?.[1] ?? 'utf-8';
}

const CANONICAL = /<link\b[^>]*\brel=["']?canonical["']?[^>]*>/i;
const OG_URL = /<meta\b[^>]*\bproperty=["']og:url["'][^>]*>/i;

function declaredUrl(html: string): string | null {
  for (const tag of [CANONICAL.exec(html)?.[0], OG_URL.exec(html)?.[0]]) {
    const value = tag && /\b(?:href|content)=["']([^"']+)["']/i.exec(tag)?.[1];
    if (value && /^https?:\/\//i.test(value)) return value;
  }
  return null;
}
