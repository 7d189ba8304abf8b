import type { CreditClaim } from './findings';
import { nameKey } from './names';
import { aiSystemNamed, machineNamed } from './rules/ai-systems';
import type { AiDisclosure, Credit, CreditRole, CreditSource } from './types';

/** Strongest first: a credit line says the role outright. */
const SOURCE_RANK: CreditSource[] = ['credit-line', 'byline', 'json-ld', 'meta-author', 'article-author', 'rel-author', 'ai-notice'];
/**
 * Which source's list of authors is THE byline when sources disagree: the byline the reader sees,
 * then the publisher's structured data, then explicit "Written by" lines, then <link rel=author>.
 */
const AUTHOR_SOURCE_RANK: CreditSource[] = ['byline', 'json-ld', 'meta-author', 'credit-line', 'article-author', 'rel-author'];
const ROLE_ORDER: CreditRole[] = ['author', 'ai-system', 'editor', 'contributor', 'image'];
const MAX_CREDITS = 20;

/**
 * Merge claims about the same name into one credit each; AI systems are named as such.
 *
 * Authors come from one source: the highest-ranked source that names any author. Other sources'
 * author claims only add their weight to the same names (they appear in `sources`); a name only
 * a weaker source gives as author (a sidebar link, a site-wide meta tag) is left out. Non-author
 * roles (editor, contributor, image) and AI systems are kept from every source.
 */
export function mergeCredits(claims: CreditClaim[], disclosures: AiDisclosure[]): Credit[] {
  const all: CreditClaim[] = [...claims];
  for (const d of disclosures) {
    if (d.system) all.push({ name: d.system, role: 'ai-system', source: 'ai-notice' });
    if (d.reviewedBy) all.push({ name: d.reviewedBy, role: 'editor', source: 'ai-notice' });
  }
  const authorSource = AUTHOR_SOURCE_RANK.find((source) => all.some((c) => c.source === source && c.role === 'author' && !aiSystemNamed(c.name) && !machineNamed(c.name)));
  const byName = new Map<string, CreditClaim[]>();
  for (const claim of all) {
    const key = nameKey(claim.name);
    if (!key) continue;
    const list = byName.get(key);
    if (list) list.push(claim);
    else byName.set(key, [claim]);
  }
  const credits: Credit[] = [];
  const firstSeen = new Map<Credit, number>();
  for (const list of byName.values()) {
    const system = aiSystemNamed(list[0]?.name ?? '');
    // A name the page's own notice calls an AI system is one, whatever else credits it ("By PriceWatch" and
    // "PriceWatch is ChainWire Daily's automated writer").
    const machine = !system && (machineNamed(list[0]?.name ?? '') || list.some((c) => c.source === 'ai-notice'));
    const primary = list.find((c) => c.role === 'author' && c.source === authorSource);
    const otherRole = list.find((c) => c.role !== 'author' && c.role !== 'ai-system');
    // A name that is neither the chosen byline's, nor an AI system, nor credited in another role is dropped.
    if (!system && !machine && !primary && !otherRole) continue;
    list.sort((a, b) => SOURCE_RANK.indexOf(a.source) - SOURCE_RANK.indexOf(b.source));
    const strongest = list[0];
    if (!strongest) continue;
    // An image credit stays an image credit even when a meta tag also lists the photographer.
    const role: CreditRole = system || (machine && !otherRole) ? 'ai-system' : (otherRole?.role ?? 'author');
    const credit: Credit = {
      name: system?.name ?? preferredSpelling(list, primary),
      role,
      source: strongest.source,
      sources: [...new Set(list.map((c) => c.source))],
      isAI: system !== null || role === 'ai-system',
      publisher: system?.publisher ?? null,
    };
    // Authors in the order the chosen byline gives them; the rest in the order first claimed.
    firstSeen.set(credit, primary ? all.indexOf(primary) : Math.min(...list.map((c) => all.indexOf(c))));
    credits.push(credit);
  }
  credits.sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role) || (firstSeen.get(a) ?? 0) - (firstSeen.get(b) ?? 0));
  return credits.slice(0, MAX_CREDITS);
}

/** The spelling the page shows: the chosen byline's as printed, else the strongest source's unless it is all caps. */
function preferredSpelling(list: CreditClaim[], primary: CreditClaim | undefined): string {
  if (primary) return primary.name;
  const names = list.map((c) => c.name);
  return names.find((n) => n !== n.toUpperCase()) ?? names[0] ?? '';
}
