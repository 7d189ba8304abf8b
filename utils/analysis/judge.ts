import type { Findings } from './findings';
import { AI_SYSTEMS } from './rules/ai-systems';
import { displayHost, registrableDomain, type SiteOf } from './urls';
import type {
  AiDisclosure,
  Credit,
  Republication,
  RepublicationSignal,
  RepublicationSignalKind,
  ReportWarning,
  Verdict,
} from './types';

/** Signals that name the original most directly come first when choosing its address. */
const SIGNAL_PRIORITY: RepublicationSignalKind[] = [
  'originally-published', 'republished-from', 'appeared-first', 'syndication-source', 'canonical', 'og-url',
  'is-based-on', 'provided-by', 'syndicated-feed', 'wire-agency',
];
/** Bylines that name a desk or the publication's staff, not a person ("La rédaction", "Redação", "Rates Desk"); names with "AI" in them are not people either. */
const DESK = /(?:^|[\s'’])(?:staff|desk|team|newsroom|editors|editorial|wire|bureau|r[ée]daction|reda[çc][ãa]o|redacci[óo]n|redazione|redaktion|redactie|redaksjonen|redakcja)(?:$|\s)/i;
const LEVEL_ORDER: Record<AiDisclosure['level'], number> = { media: 1, assisted: 2, generated: 3 };
/** A notice this far down the page text (0..1) with this much text before it is "at the end". */
const FAR_POSITION = 0.5;

export function judgeVerdict(isArticle: boolean, disclosures: AiDisclosure[]): Verdict {
  if (!isArticle) return 'not-article';
  if (disclosures.some((d) => d.level === 'generated')) return 'ai-generated';
  if (disclosures.some((d) => d.level === 'assisted')) return 'ai-assisted';
  if (disclosures.some((d) => d.level === 'media')) return 'ai-media';
  return 'no-disclosure';
}

/** One disclosure per notice: drop exact repeats, and AI-byline credits a notice already explains. */
export function dedupeDisclosures(disclosures: AiDisclosure[]): AiDisclosure[] {
  const seen = new Set<string>();
  const hasGeneratedNotice = disclosures.some((d) => d.kind === 'notice' && d.level === 'generated');
  // A notice explains the byline when it names the same system and says as much: "partially produced with the
  // help of Benzinga Neuro" under the byline "Benzinga Neuro" does not undo that the byline credits the machine.
  const explained = (byline: AiDisclosure) =>
    disclosures.some((d) => d.kind !== 'ai-byline' && d.system === byline.system && LEVEL_ORDER[d.level] >= LEVEL_ORDER[byline.level]);
  return disclosures.filter((d) => {
    if (d.kind === 'ai-byline' && (explained(d) || (hasGeneratedNotice && d.level !== 'generated'))) return false;
    const key = `${d.rule}|${d.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function judgeRepublication(signals: RepublicationSignal[], disclosures: AiDisclosure[], siteOf: SiteOf): Republication {
  const ordered = [...signals].sort((a, b) => SIGNAL_PRIORITY.indexOf(a.kind) - SIGNAL_PRIORITY.indexOf(b.kind));
  const originalUrl = ordered.find((s) => s.url)?.url ?? null;
  const named = ordered.find((s) => s.publisher)?.publisher ?? null;
  return {
    isRepublished: signals.length > 0,
    originalUrl,
    originalPublisher: publisherOf(originalUrl, disclosures, siteOf) ?? named ?? (originalUrl ? registrableDomain(originalUrl, siteOf) : null),
    signals,
  };
}

/** A publisher we know by its site (Benzinga for benzinga.com), or the one whose AI system the notice names. */
function publisherOf(url: string | null, disclosures: AiDisclosure[], siteOf: SiteOf): string | null {
  if (!url) return null;
  const domain = registrableDomain(url, siteOf);
  const system = AI_SYSTEMS.find((s) => domain !== null && s.domains.includes(domain) && s.kind === 'newsroom-system');
  if (system) return system.publisher;
  const named = disclosures.map((d) => AI_SYSTEMS.find((s) => s.name === d.system)).find((s) => s && domain && s.domains.includes(domain));
  return named?.publisher ?? null;
}

export function judgeWarnings(findings: Findings, credits: Credit[], disclosures: AiDisclosure[], republication: Republication, verdict: Verdict): ReportWarning[] {
  const warnings: ReportWarning[] = [];
  if (republication.isRepublished) {
    const where = republication.originalUrl ? ` (${displayHost(republication.originalUrl)})` : '';
    const who = republication.originalPublisher ?? (republication.originalUrl ? displayHost(republication.originalUrl) : 'another publisher');
    warnings.push({ kind: 'republished-copy', message: `This page is a copy of an article first published by ${who}${where}.` });
    if (verdict === 'ai-generated' || verdict === 'ai-assisted') {
      const what = verdict === 'ai-generated' ? 'AI-generated' : 'AI-assisted';
      warnings.push({ kind: 'ai-content-republished', message: `This copy republishes ${what} content from ${who}.` });
    }
  }
  const textNotices = disclosures.filter((d) => (d.kind === 'notice' || d.kind === 'ai-byline') && d.level !== 'media');
  const placed = textNotices.filter((d) => d.location);
  if (placed.length > 0 && placed.length === textNotices.length && placed.every((d) => (d.location?.position ?? 0) >= FAR_POSITION)) {
    warnings.push({ kind: 'notice-far-from-byline', message: 'The AI notice is printed only at the end of the page, far from the byline.' });
  }
  if (verdict === 'ai-generated') {
    const writer = disclosures.find((d) => d.level === 'generated');
    const people = credits.filter((c) => c.role === 'author' && !c.isAI && !DESK.test(c.name) && !/\bAI\b/.test(c.name) && c.name !== writer?.system);
    if (people.length > 0 && writer) {
      const names = people.map((p) => p.name).join(', ');
      const ai = writer.system ?? writer.model ?? 'an AI system';
      warnings.push({ kind: 'byline-contradicts-notice', message: `The byline credits ${names}, but the page's notice says ${ai} generated the article.` });
    }
  }
  for (const leftover of findings.leftovers.slice(0, 3)) {
    warnings.push({ kind: 'ai-leftover', message: `A chatbot's own words were left in the text: "${truncate(leftover.text, 120)}". The page does not disclose AI.` });
  }
  return warnings;
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
