/**
 * Accuracy benchmark: the core over the fixture corpus (tests/fixtures, with expected values)
 * and over real pages with no AI notices to find (/work/shared/bench/bylines, 398 pages) or
 * none known (/work/shared/bench/realpages, 40 pages, listed for review).
 *
 *   npm run bench:accuracy [-- --quiet]
 *
 * WHAT IS COUNTED
 * - AI disclosures, per disclosure: expected and reported disclosures are paired one to one on
 *   level + scope. A pair is a true positive, a reported one left over a false positive, an
 *   expected one left over a false negative.
 * - AI disclosures, per page: a page is positive when it has at least one disclosure (expected
 *   or reported); a reported positive on an expected positive is a true positive.
 * - Verdict accuracy: report verdict equal to the expected one.
 * - Republication, per page: isRepublished. Original-URL accuracy: of the fixtures whose
 *   expectation names the original URL, those where the report gives exactly that URL.
 * - Real pages: every AI disclosure and chatbot leftover is a finding. The bylines corpus is
 *   news, blogs and docs with no AI notices, so the target there is 0.
 * - Rule coverage: a rule (AI_NOTICE_RULES, REPUBLICATION_RULES, LEFTOVER_RULES) is exercised
 *   when it produced a correct finding on some fixture: a disclosure paired with an expected
 *   one, a leftover on a fixture that expects leftovers, a republication line on a fixture that
 *   expects a republication. Republication signals carry no rule id, so a signal is credited to
 *   the rules of its kind whose pattern matches its quoted text.
 * Figures only; nothing here is timed or asserted.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseHtml } from '../cli/load-document';
import { analyzeDocument } from '../utils/analysis/analyze';
import { ruleMatches } from '../utils/analysis/phrase-matcher';
import { AI_NOTICE_RULES } from '../utils/analysis/rules/ai-notices';
import { LEFTOVER_RULES } from '../utils/analysis/rules/chatbot-leftovers';
import { REPUBLICATION_RULES } from '../utils/analysis/rules/republication';
import type { ProvenanceReport } from '../utils/analysis/types';
import { bylinePages, type RealPage, realPages } from './lib/corpora';
import { checkReport, type Fixture, isHardNegative, loadFixtures } from './lib/fixtures';

const quiet = process.argv.includes('--quiet');
const LANGUAGE_TAG = /^[a-z]{2}$/;

interface Ratio {
  hit: number;
  of: number;
}

function pct({ hit, of }: Ratio): string {
  return of === 0 ? 'n/a' : `${((100 * hit) / of).toFixed(1)}%`;
}

function analyze(html: string, url: string): ProvenanceReport {
  const doc = parseHtml(html, url);
  try {
    // What is found, not how fast a loaded machine finds it: no time budget (bench:perf measures speed).
    return analyzeDocument(doc, url, { budgetMs: 120_000 });
  } finally {
    // Free each page's window at once: 400 live jsdom windows take gigabytes.
    doc.defaultView?.close();
  }
}

function quote(text: string, max = 140): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `"${flat.length > max ? `${flat.slice(0, max - 1)}…` : flat}"`;
}

// ---- fixtures ---------------------------------------------------------------------------
interface FixtureScores {
  fixtures: Fixture[];
  failing: Array<{ slug: string; problems: string[] }>;
  disclosure: { tp: number; fp: number; fn: number };
  page: { tp: number; fp: number; fn: number };
  verdict: Ratio;
  republication: { tp: number; fp: number; fn: number };
  originalUrl: Ratio;
  hardNegativesWithFalseFinding: string[];
  exercised: Set<string>;
}

function scoreFixtures(): FixtureScores {
  const fixtures = loadFixtures();
  const s: FixtureScores = {
    fixtures,
    failing: [],
    disclosure: { tp: 0, fp: 0, fn: 0 },
    page: { tp: 0, fp: 0, fn: 0 },
    verdict: { hit: 0, of: 0 },
    republication: { tp: 0, fp: 0, fn: 0 },
    originalUrl: { hit: 0, of: 0 },
    hardNegativesWithFalseFinding: [],
    exercised: new Set(),
  };
  for (const fixture of fixtures) {
    const report = analyze(fixture.html, fixture.url);
    const want = fixture.expect;
    const problems = checkReport(want, report);
    if (problems.length > 0) s.failing.push({ slug: fixture.slug, problems });

    // Disclosures paired on level + scope only.
    const left = [...report.aiDisclosures];
    for (const e of want.aiDisclosures) {
      const i = left.findIndex((a) => a.level === e.level && a.scope === e.scope);
      if (i === -1) {
        s.disclosure.fn++;
        continue;
      }
      s.disclosure.tp++;
      const [paired] = left.splice(i, 1);
      if (paired) s.exercised.add(paired.rule);
    }
    s.disclosure.fp += left.length;

    const expectedPositive = want.aiDisclosures.length > 0;
    const reportedPositive = report.aiDisclosures.length > 0;
    if (expectedPositive && reportedPositive) s.page.tp++;
    else if (reportedPositive) s.page.fp++;
    else if (expectedPositive) s.page.fn++;

    s.verdict.of++;
    if (report.verdict === want.verdict) s.verdict.hit++;

    const rep = report.republication;
    if (want.republication.isRepublished && rep.isRepublished) s.republication.tp++;
    else if (rep.isRepublished) s.republication.fp++;
    else if (want.republication.isRepublished) s.republication.fn++;
    if (want.republication.isRepublished && typeof want.republication.originalUrl === 'string') {
      s.originalUrl.of++;
      if (rep.originalUrl === want.republication.originalUrl) s.originalUrl.hit++;
    }

    if (isHardNegative(fixture)) {
      const falseAi = !expectedPositive && reportedPositive;
      const falseLeftover = (want.aiLeftovers ?? 0) === 0 && report.aiLeftovers.length > 0;
      const falseCopy = !want.republication.isRepublished && rep.isRepublished;
      if (falseAi || falseLeftover || falseCopy) s.hardNegativesWithFalseFinding.push(fixture.slug);
    }

    if ((want.aiLeftovers ?? 0) > 0) for (const l of report.aiLeftovers) s.exercised.add(l.rule);
    if (want.republication.isRepublished) {
      for (const signal of rep.signals) {
        for (const rule of REPUBLICATION_RULES) {
          if (rule.kind === signal.kind && ruleMatches(rule, signal.text)) s.exercised.add(rule.id);
        }
      }
    }
  }
  return s;
}

// ---- real pages ---------------------------------------------------------------------------
interface Finding {
  page: string;
  what: string;
}

function aiFindings(page: RealPage, report: ProvenanceReport): Finding[] {
  return [
    ...report.aiDisclosures.map((d) => ({ page: page.id, what: `${d.level}/${d.scope} ${d.kind} (${d.rule}) ${quote(d.text)}` })),
    ...report.aiLeftovers.map((l) => ({ page: page.id, what: `leftover (${l.rule}) ${quote(l.text)}` })),
  ];
}

interface CorpusScore {
  pages: number;
  articles: number;
  findings: Finding[];
  republished: Finding[];
}

const CORPORA = { bylines: bylinePages, realpages: realPages } as const;
type CorpusName = keyof typeof CORPORA;
/**
 * Pages per child process. jsdom keeps every parsed document reachable even after
 * window.close() (about 10 MB a page here), so a long run in one process ends in GC thrash;
 * each chunk runs in a fresh process, one after another.
 */
const CHUNK = 50;

function scoreCorpus(name: CorpusName): CorpusScore {
  const total: CorpusScore = { pages: 0, articles: 0, findings: [], republished: [] };
  for (let start = 0; ; start += CHUNK) {
    const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--worker', name, String(start), String(start + CHUNK)], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    if (child.status !== 0) throw new Error(`${name} pages ${start}-${start + CHUNK}: worker exited with ${child.status ?? child.signal}`);
    const part = JSON.parse(child.stdout) as CorpusScore;
    total.pages += part.pages;
    total.articles += part.articles;
    total.findings.push(...part.findings);
    total.republished.push(...part.republished);
    if (part.pages > 0) process.stderr.write(`  ${name}: ${total.pages} pages\n`);
    if (part.pages < CHUNK) return total;
  }
}

function* slice<T>(items: Iterable<T>, start: number, end: number): Generator<T> {
  let i = 0;
  for (const item of items) {
    if (i >= end) return;
    if (i++ >= start) yield item;
  }
}

function scoreRealPages(pages: Iterable<RealPage>, withRepublication: boolean): CorpusScore {
  const findings: Finding[] = [];
  const republished: Finding[] = [];
  let articles = 0;
  let count = 0;
  for (const page of pages) {
    count++;
    let report: ProvenanceReport;
    try {
      report = analyze(page.html, page.url);
    } catch (error) {
      findings.push({ page: page.id, what: `analysis threw: ${error instanceof Error ? error.message : String(error)}` });
      continue;
    }
    if (report.isArticle) articles++;
    findings.push(...aiFindings(page, report));
    if (withRepublication && report.republication.isRepublished) {
      const signals = report.republication.signals.map((sig) => `${sig.kind} ${quote(sig.text, 100)}`).join('; ');
      republished.push({ page: page.id, what: `original ${report.republication.originalUrl ?? '?'} (${report.republication.originalPublisher ?? '?'}): ${signals}` });
    }
  }
  return { pages: count, articles, findings, republished };
}

// ---- report ---------------------------------------------------------------------------------
function prf(c: { tp: number; fp: number; fn: number }): { precision: Ratio; recall: Ratio } {
  return { precision: { hit: c.tp, of: c.tp + c.fp }, recall: { hit: c.tp, of: c.tp + c.fn } };
}

function row(name: string, value: string, detail: string): string {
  return `| ${name.padEnd(56)} | ${value.padStart(8)} | ${detail.padEnd(30)} |`;
}

function main(): void {
  const f = scoreFixtures();
  const byline = scoreCorpus('bylines');
  const real = scoreCorpus('realpages');

  const allRules = [...AI_NOTICE_RULES, ...REPUBLICATION_RULES, ...LEFTOVER_RULES].map((r) => r.id);
  const unexercised = allRules.filter((id) => !f.exercised.has(id));
  const hardNegatives = f.fixtures.filter(isHardNegative).length;
  const languages = [...new Set(f.fixtures.flatMap((x) => x.tags.filter((t) => LANGUAGE_TAG.test(t))))].sort();
  const d = prf(f.disclosure);
  const p = prf(f.page);
  const r = prf(f.republication);
  const passing = f.fixtures.length - f.failing.length;

  const lines = [
    `Fixtures: ${f.fixtures.length} (${hardNegatives} hard negatives; languages: ${languages.join(', ')})`,
    '',
    row('metric', 'value', 'counts'),
    `|${'-'.repeat(58)}|${'-'.repeat(10)}|${'-'.repeat(32)}|`,
    row('fixtures meeting their whole expectation', pct({ hit: passing, of: f.fixtures.length }), `${passing}/${f.fixtures.length}`),
    row('AI disclosure precision (per disclosure, level+scope)', pct(d.precision), `${d.precision.hit}/${d.precision.of}`),
    row('AI disclosure recall (per disclosure, level+scope)', pct(d.recall), `${d.recall.hit}/${d.recall.of}`),
    row('AI disclosure precision (per page)', pct(p.precision), `${p.precision.hit}/${p.precision.of}`),
    row('AI disclosure recall (per page)', pct(p.recall), `${p.recall.hit}/${p.recall.of}`),
    row('verdict accuracy', pct(f.verdict), `${f.verdict.hit}/${f.verdict.of}`),
    row('republication precision (per page)', pct(r.precision), `${r.precision.hit}/${r.precision.of}`),
    row('republication recall (per page)', pct(r.recall), `${r.recall.hit}/${r.recall.of}`),
    row('original-URL accuracy', pct(f.originalUrl), `${f.originalUrl.hit}/${f.originalUrl.of}`),
    row('hard negatives with a false finding', String(f.hardNegativesWithFalseFinding.length), `of ${hardNegatives}`),
    row(`AI findings on byline-benchmark pages (target 0)`, String(byline.findings.length), `${byline.pages} pages, ${byline.articles} articles`),
    row('AI findings on realpages (for review)', String(real.findings.length), `${real.pages} pages, ${real.articles} articles`),
    row('republished realpages (for review)', String(real.republished.length), `of ${real.pages}`),
    row('rules exercised by a fixture', pct({ hit: allRules.length - unexercised.length, of: allRules.length }), `${allRules.length - unexercised.length}/${allRules.length}`),
  ];
  console.log(lines.join('\n'));

  const section = (title: string, items: string[]) => {
    console.log(`\n${title}${items.length === 0 ? ': none' : ''}`);
    for (const item of items) console.log(`  ${item}`);
  };
  if (!quiet) {
    section(
      `Failing fixtures (${f.failing.length})`,
      f.failing.flatMap(({ slug, problems }) => [slug, ...problems.map((x) => `    ${x}`)]),
    );
    section('Hard negatives with a false finding', f.hardNegativesWithFalseFinding);
  }
  section(`AI findings on the byline-benchmark pages (${byline.findings.length})`, byline.findings.map((x) => `${x.page}: ${x.what}`));
  if (!quiet) {
    section(`AI findings on realpages, for review (${real.findings.length})`, real.findings.map((x) => `${x.page}: ${x.what}`));
    section(`Republication on realpages, for review (${real.republished.length})`, real.republished.map((x) => `${x.page}: ${x.what}`));
  }
  section(`Rules not exercised by any fixture (${unexercised.length})`, unexercised);

  console.log(
    `\nSUMMARY: fixtures ${passing}/${f.fixtures.length} pass; AI disclosures P ${pct(d.precision)} R ${pct(d.recall)} (per page P ${pct(p.precision)} R ${pct(p.recall)}); ` +
      `verdict ${pct(f.verdict)}; republication P ${pct(r.precision)} R ${pct(r.recall)}, original URL ${pct(f.originalUrl)}; ` +
      `byline pages ${byline.findings.length} AI findings (target 0); realpages ${real.findings.length} for review; rules ${allRules.length - unexercised.length}/${allRules.length} exercised`,
  );
}

const worker = process.argv.indexOf('--worker');
if (worker === -1) {
  main();
} else {
  const name = process.argv[worker + 1] as CorpusName;
  const start = Number(process.argv[worker + 2]);
  const end = Number(process.argv[worker + 3]);
  process.stdout.write(JSON.stringify(scoreRealPages(slice(CORPORA[name](), start, end), name === 'realpages')));
}
