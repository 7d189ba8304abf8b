import type { Detector } from '../detector';
import { declaredLanguages, PhraseMatcher } from '../phrase-matcher';
import { AI_TRIGGER, LANGUAGE_MARKERS } from '../rules/triggers';
import { isPolicyPage } from '../policy-page';
import { findAiModel } from '../rules/ai-models';
import { AI_NOTICE_RULES } from '../rules/ai-notices';
import { findAiSystem } from '../rules/ai-systems';
import { HUMAN_REVIEW, REVIEWER } from '../rules/reviewers';
import { cleanName } from '../names';
import { evidenceAt } from '../text-evidence';
import type { AiDisclosure, DisclosureLevel, DisclosureScope } from '../types';

const matcher = new PhraseMatcher(AI_NOTICE_RULES, { trigger: AI_TRIGGER, languages: LANGUAGE_MARKERS });
/** Two notices this close (a line break apart) are one notice split across elements. */
const MERGE_GAP = 2;
/** The UI highlights at most this many blocks of one notice. */
const MAX_PATHS = 50;
const LEVEL_STRENGTH: Record<DisclosureLevel, number> = { generated: 3, assisted: 2, media: 1 };

/** The publisher's own AI notices, in the words of the page. */
export const aiNotices: Detector = {
  id: 'ai-notices',
  detect(page, findings) {
    if (isPolicyPage(page)) return;
    const { text } = page.text;
    let previous: { disclosure: AiDisclosure; end: number; start: number } | null = null;
    for (const match of matcher.match(text, declaredLanguages(page))) {
      const evidence = evidenceAt(page, match.start, match.end);
      const { region } = evidence;
      // A heading is a title ("AI-generated images" over a section about them), not a notice.
      if (region.quoted || region.comments || region.navigation || region.link || region.heading) continue;
      if (evidence.quotedInProse && !match.rule.quotesPrompt) continue;
      if (match.rule.maxBlockLength && evidence.line.trim().length > match.rule.maxBlockLength) continue;

      const raw = text.slice(evidence.quoteStart, evidence.quoteEnd);
      const disclosure: AiDisclosure = {
        level: match.rule.level,
        scope: scopeOf(match.rule.scope, match.rule.level, raw),
        system: findAiSystem(raw)?.name ?? null,
        model: findAiModel(raw),
        reviewedBy: reviewerIn(raw),
        humanReviewed: HUMAN_REVIEW.test(raw),
        text: evidence.quote,
        kind: region.caption ? 'caption' : 'notice',
        rule: match.rule.id,
        language: match.rule.language,
        location: evidence.location,
      };

      if (previous && evidence.quoteStart - previous.end <= MERGE_GAP && sameNotice(previous.disclosure, disclosure)) {
        merge(previous.disclosure, disclosure, text.slice(previous.start, evidence.quoteEnd));
        previous.end = Math.max(previous.end, evidence.quoteEnd);
        continue;
      }
      if (previous && evidence.quoteStart < previous.end) continue; // same sentence, already quoted
      findings.disclosures.push(disclosure);
      previous = { disclosure, start: evidence.quoteStart, end: evidence.quoteEnd };
    }
  },
};

/** Lines of one notice sit in one container (a credit box); an image caption is a notice of its own. */
function sameNotice(a: AiDisclosure, b: AiDisclosure): boolean {
  if (a.level === 'media' || b.level === 'media') return false;
  const parent = (d: AiDisclosure) => d.location?.paths[0]?.slice(0, -1).join() ?? '';
  return parent(a) === parent(b);
}

function scopeOf(ruleScope: DisclosureScope, level: DisclosureLevel, raw: string): DisclosureScope {
  if (level !== 'media') return ruleScope;
  if (/\b(?:video|vidéo|vídeo)\b/i.test(raw)) return 'video';
  if (/\b(?:audio|voice|narration|voice-?over|Stimme|voix|voz)\b/i.test(raw)) return 'audio';
  return 'image';
}

export function reviewerIn(raw: string): string | null {
  const name = REVIEWER.exec(raw)?.groups?.name;
  return cleanName(name);
}

/** Fold the next line of a split notice into the one before it. */
function merge(into: AiDisclosure, next: AiDisclosure, rawSpan: string): void {
  if (LEVEL_STRENGTH[next.level] > LEVEL_STRENGTH[into.level]) {
    into.level = next.level;
    into.scope = next.scope;
    into.rule = next.rule;
  }
  into.system ??= next.system;
  into.model ??= next.model;
  into.reviewedBy ??= next.reviewedBy ?? reviewerIn(rawSpan);
  into.humanReviewed ||= next.humanReviewed;
  into.text = rawSpan.replace(/\s+/g, ' ').trim();
  if (into.location && next.location) {
    for (const path of next.location.paths) {
      if (into.location.paths.length >= MAX_PATHS) break;
      if (!into.location.paths.some((p) => p.join() === path.join())) into.location.paths.push(path);
    }
  }
}
