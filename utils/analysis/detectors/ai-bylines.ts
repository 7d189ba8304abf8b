import type { Detector } from '../detector';
import { aiSystemNamed, machineNamed } from '../rules/ai-systems';

/**
 * A credit to a known AI system, newsroom bot or AI persona ("By Gizmodo Bot"), or to a name that calls
 * itself a machine ("By ScoreDesk AI", "By NewsBot"), discloses AI even when no notice sentence does.
 * Runs after the credit detectors.
 */
export const aiBylines: Detector = {
  id: 'ai-bylines',
  detect(_page, findings) {
    const named = new Set<string>();
    for (const claim of findings.credits) {
      if (claim.role === 'image') continue;
      const known = aiSystemNamed(claim.name);
      const system = known ?? (machineNamed(claim.name) ? { name: claim.name.trim(), level: 'generated' as const } : null);
      if (!system || named.has(system.name)) continue;
      named.add(system.name);
      findings.disclosures.push({
        level: system.level,
        scope: 'article',
        system: system.name,
        model: null,
        reviewedBy: null,
        humanReviewed: false,
        text: claim.text ?? `${claim.source === 'byline' ? 'By ' : ''}${claim.name}`,
        kind: 'ai-byline',
        rule: `system.${system.name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`,
        language: 'und',
        location: null,
      });
    }
  },
};
