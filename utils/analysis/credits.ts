import type { CreditClaim } from './findings';
import { nameKey } from './names';
import { aiSystemNamed } from './rules/ai-systems';
import type { AiDisclosure, Credit, CreditRole, CreditSource } from './types';

/** Strongest first: a credit line says the role outright; Readability only guesses. */
const SOURCE_RANK: CreditSource[] = ['credit-line', 'byline', 'json-ld', 'meta-author', 'article-author', 'rel-author', 'readability', 'ai-notice'];
const ROLE_ORDER: CreditRole[] = ['author', 'ai-system', 'editor', 'contributor', 'image'];
const MAX_CREDITS = 20;

/** Merge claims about the same name into one credit each; AI systems are named as such. */
export function mergeCredits(claims: CreditClaim[], disclosures: AiDisclosure[]): Credit[] {
  const all: CreditClaim[] = [...claims];
  for (const d of disclosures) {
    if (d.system) all.push({ name: d.system, role: 'ai-system', source: 'ai-notice' });
    if (d.reviewedBy) all.push({ name: d.reviewedBy, role: 'editor', source: 'ai-notice' });
  }
  const byName = new Map<string, CreditClaim[]>();
  for (const claim of all) {
    const key = nameKey(claim.name);
    if (!key) continue;
    const list = byName.get(key);
    if (list) list.push(claim);
    else byName.set(key, [claim]);
  }
  const credits: Credit[] = [];
  for (const list of byName.values()) {
    list.sort((a, b) => SOURCE_RANK.indexOf(a.source) - SOURCE_RANK.indexOf(b.source));
    const strongest = list[0];
    if (!strongest) continue;
    const system = aiSystemNamed(strongest.name);
    // An image credit stays an image credit even when a meta tag also lists the photographer.
    const role: CreditRole = system ? 'ai-system' : (list.find((c) => c.role !== 'author')?.role ?? strongest.role);
    credits.push({
      name: system?.name ?? preferredSpelling(list),
      role,
      source: strongest.source,
      sources: [...new Set(list.map((c) => c.source))],
      isAI: system !== null,
      publisher: system?.publisher ?? null,
    });
  }
  credits.sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role));
  return credits.slice(0, MAX_CREDITS);
}

/** The spelling the page shows most prominently: the strongest source's, unless it is all caps. */
function preferredSpelling(list: CreditClaim[]): string {
  const names = list.map((c) => c.name);
  return names.find((n) => n !== n.toUpperCase()) ?? names[0] ?? '';
}
