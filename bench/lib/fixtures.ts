import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AiDisclosure, DisclosureLevel, DisclosureScope, ProvenanceReport, Verdict, WarningKind } from '../../utils/analysis/types';

/**
 * The fixture corpus (tests/fixtures/<slug>/{source.html, expected.json}) and the one place
 * that decides whether a report meets a fixture's expectation. tests/fixtures.test.ts and
 * bench/accuracy.ts both use it, so the test and the benchmark cannot disagree.
 * The format is documented in tests/fixtures/README.md.
 */

export const FIXTURES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../tests/fixtures');

export interface ExpectedDisclosure {
  level: DisclosureLevel;
  scope: DisclosureScope;
  system?: string | null;
  model?: string | null;
  reviewedBy?: string | null;
}

export interface Expectation {
  isArticle: boolean;
  verdict: Verdict;
  /** The complete list, written in page order; order is not checked. */
  aiDisclosures: ExpectedDisclosure[];
  credits?: Array<{ name: string; role: string }>;
  absentCredits?: string[];
  republication: { isRepublished: boolean; originalUrl?: string | null; originalPublisher?: string | null };
  warnings?: WarningKind[];
  absentWarnings?: WarningKind[];
  aiLeftovers?: number;
}

export interface Fixture {
  slug: string;
  url: string;
  description: string;
  /** Free labels: "hard-negative", a language code, the behaviour tested. */
  tags: string[];
  expect: Expectation;
  html: string;
}

export function fixtureSlugs(dir = FIXTURES_DIR): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(path.join(dir, e.name, 'expected.json')))
    .map((e) => e.name)
    .sort();
}

export function loadFixture(slug: string, dir = FIXTURES_DIR): Fixture {
  const folder = path.join(dir, slug);
  const raw = JSON.parse(readFileSync(path.join(folder, 'expected.json'), 'utf8')) as Omit<Fixture, 'slug' | 'html'>;
  return { slug, url: raw.url, description: raw.description, tags: raw.tags ?? [], expect: raw.expect, html: readFileSync(path.join(folder, 'source.html'), 'utf8') };
}

export function loadFixtures(dir = FIXTURES_DIR): Fixture[] {
  return fixtureSlugs(dir).map((slug) => loadFixture(slug, dir));
}

export function isHardNegative(fixture: Fixture): boolean {
  return fixture.tags.includes('hard-negative');
}

/** "generated/article system=Benzinga Neuro" */
export function describeDisclosure(d: ExpectedDisclosure | AiDisclosure): string {
  const extras = (['system', 'model', 'reviewedBy'] as const)
    .filter((k) => k in d && d[k] !== undefined && d[k] !== null)
    .map((k) => `${k}=${d[k]}`);
  const text = 'text' in d ? ` "${d.text.length > 90 ? `${d.text.slice(0, 89)}…` : d.text}" (${d.rule})` : '';
  return [`${d.level}/${d.scope}`, ...extras].join(' ') + text;
}

/** An actual disclosure meets an expected one: same level and scope, and every key the expectation gives. */
export function disclosureMatches(expected: ExpectedDisclosure, actual: AiDisclosure): boolean {
  if (expected.level !== actual.level || expected.scope !== actual.scope) return false;
  for (const key of ['system', 'model', 'reviewedBy'] as const) {
    if (key in expected && expected[key] !== undefined && (expected[key] ?? null) !== actual[key]) return false;
  }
  return true;
}

/** Pairs expected with actual disclosures one to one (level+scope first, then the named keys). */
export function pairDisclosures(expected: ExpectedDisclosure[], actual: AiDisclosure[]): { matched: number; missing: ExpectedDisclosure[]; extra: AiDisclosure[] } {
  const left = [...actual];
  const missing: ExpectedDisclosure[] = [];
  for (const e of expected) {
    const i = left.findIndex((a) => disclosureMatches(e, a));
    if (i === -1) missing.push(e);
    else left.splice(i, 1);
  }
  return { matched: expected.length - missing.length, missing, extra: left };
}

/** Every way the report misses the expectation, as readable lines; empty when it meets it. */
export function checkReport(expect: Expectation, report: ProvenanceReport): string[] {
  const problems: string[] = [];
  if (report.isArticle !== expect.isArticle) problems.push(`isArticle: expected ${expect.isArticle}, got ${report.isArticle}`);
  if (report.verdict !== expect.verdict) problems.push(`verdict: expected ${expect.verdict}, got ${report.verdict}`);

  const { missing, extra } = pairDisclosures(expect.aiDisclosures, report.aiDisclosures);
  for (const m of missing) problems.push(`aiDisclosures: missing ${describeDisclosure(m)}`);
  for (const x of extra) problems.push(`aiDisclosures: unexpected ${describeDisclosure(x)}`);

  for (const credit of expect.credits ?? []) {
    const found = report.credits.some((c) => c.name === credit.name && c.role === credit.role);
    if (!found) {
      const got = report.credits.map((c) => `${c.name} (${c.role})`).join(', ') || 'none';
      problems.push(`credits: missing ${credit.name} (${credit.role}); got ${got}`);
    }
  }
  for (const name of expect.absentCredits ?? []) {
    const found = report.credits.find((c) => c.name.toLowerCase() === name.toLowerCase());
    if (found) problems.push(`credits: ${found.name} (${found.role}, from ${found.source}) should not be credited`);
  }

  const rep = report.republication;
  const want = expect.republication;
  if (rep.isRepublished !== want.isRepublished) {
    const signals = rep.signals.map((s) => `${s.kind} "${s.text.slice(0, 80)}"`).join('; ');
    problems.push(`republication.isRepublished: expected ${want.isRepublished}, got ${rep.isRepublished}${signals ? ` (signals: ${signals})` : ''}`);
  }
  if (want.originalUrl !== undefined && rep.originalUrl !== want.originalUrl) problems.push(`republication.originalUrl: expected ${want.originalUrl}, got ${rep.originalUrl}`);
  if (want.originalPublisher !== undefined && rep.originalPublisher !== want.originalPublisher) {
    problems.push(`republication.originalPublisher: expected ${want.originalPublisher}, got ${rep.originalPublisher}`);
  }

  const kinds = report.warnings.map((w) => w.kind);
  for (const kind of expect.warnings ?? []) if (!kinds.includes(kind)) problems.push(`warnings: missing ${kind}; got [${kinds.join(', ')}]`);
  for (const kind of expect.absentWarnings ?? []) if (kinds.includes(kind)) problems.push(`warnings: unexpected ${kind}`);

  if (expect.aiLeftovers !== undefined && report.aiLeftovers.length !== expect.aiLeftovers) {
    const texts = report.aiLeftovers.map((l) => `"${l.text.slice(0, 80)}" (${l.rule})`).join('; ');
    problems.push(`aiLeftovers: expected ${expect.aiLeftovers}, got ${report.aiLeftovers.length}${texts ? `: ${texts}` : ''}`);
  }
  return problems;
}
