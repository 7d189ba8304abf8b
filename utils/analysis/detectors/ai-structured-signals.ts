import type { Detector } from '../detector';
import { type JsonObject, jsonLdArticles, jsonLdTypes } from '../metadata';
import { findAiModel } from '../rules/ai-models';
import type { AiDisclosure, DisclosureLevel, DisclosureScope } from '../types';

/**
 * Machine-readable AI signals: IPTC / schema.org digitalSourceType in JSON-LD, microdata or
 * meta; <meta name="ai-disclosure">, <meta name="ai-content">, the ai-disclosure attribute
 * proposal; and human-authorship declarations.
 */

/** IPTC Digital Source Type codes that mean a model made the media. */
const AI_SOURCE_TYPES: Array<[RegExp, DisclosureLevel]> = [
  [/compositeWithTrainedAlgorithmicMedia/i, 'media'],
  [/trainedAlgorithmicMedia|TrainedAlgorithmicMediaDigitalSource/i, 'generated'],
  [/algorithmicallyEnhanced|AlgorithmicallyEnhancedDigitalSource/i, 'media'],
  [/(?:^|[/#])algorithmicMedia$|AlgorithmicMediaDigitalSource/i, 'generated'],
  [/compositeSynthetic|CompositeSyntheticDigitalSource/i, 'media'],
];
const MEDIA_TYPES = /^(?:ImageObject|VideoObject|AudioObject|MediaObject|Photograph|Clip)$/;
const DISCLOSURE_VALUES: Array<[RegExp, DisclosureLevel]> = [
  [/^(?:ai-?generated|generated|fully-?ai|ai|true|yes|1|machine-?generated)$/i, 'generated'],
  [/^(?:ai-?assisted|assisted|partially-?ai|mixed|hybrid|ai-?edited)$/i, 'assisted'],
  [/^(?:ai-?media|ai-?images?|media)$/i, 'media'],
];
/** schema.org types of a program: an article's author of one of these types is software, not a person. */
const SOFTWARE_TYPES = /^(?:SoftwareApplication|WebApplication|MobileApplication|ComputerProgram)$/;
/** A status value must name the machine: "generated" alone could mean a page built by a CMS. */
const AI_WORD = /\b(?:AI|machine|automat)/i;
const HUMAN_VALUE = /\b(?:human[- ](?:authored|written|created|made|generated)|no\s+ai|none|written\s+by\s+humans?)\b/i;

export const aiStructuredSignals: Detector = {
  id: 'ai-structured-signals',
  detect(page, findings) {
    const push = (level: DisclosureLevel, scope: DisclosureScope, text: string, rule: string, model: string | null = null) =>
      findings.disclosures.push(structured(level, scope, text, rule, model));

    // JSON-LD: on the article itself, or on its images and videos.
    for (const obj of page.metadata.jsonLd) {
      const value = sourceTypeOf(obj);
      if (!value) continue;
      const level = sourceTypeLevel(value);
      if (!level) continue;
      const types = [obj['@type']].flat().filter((t): t is string => typeof t === 'string');
      const isMedia = types.some((t) => MEDIA_TYPES.test(t));
      const scope: DisclosureScope = isMedia ? mediaScope(types) : 'article';
      push(isMedia ? 'media' : level === 'media' ? 'assisted' : level, scope, `"digitalSourceType": "${value}"`, 'structured.json-ld-digital-source-type', findAiModel(JSON.stringify(obj).slice(0, 2000)));
    }
    // The article's own JSON-LD: an author that is software, or a status that says AI made it.
    for (const obj of jsonLdArticles(page.metadata)) {
      for (const author of [obj.author].flat()) {
        if (!author || typeof author !== 'object' || Array.isArray(author)) continue;
        const types = jsonLdTypes(author);
        const name = typeof author.name === 'string' ? author.name.trim().slice(0, 200) : '';
        if (!types.some((t) => SOFTWARE_TYPES.test(t)) || !name) continue;
        findings.disclosures.push({ ...structured('generated', 'article', `"author": {"@type": "${types[0]}", "name": "${name}"}`, 'structured.json-ld-software-author', findAiModel(name)), system: name });
      }
      const status = obj.creativeWorkStatus;
      if (typeof status === 'string' && AI_WORD.test(status)) {
        const level = disclosureLevel(status);
        if (level) push(level, level === 'media' ? 'image' : 'article', `"creativeWorkStatus": "${status.trim().slice(0, 200)}"`, 'structured.json-ld-work-status');
      }
    }
    // Microdata and the ai-disclosure attribute, found in one pass over the DOM.
    const marked = page.doc.querySelectorAll('[itemprop="digitalSourceType" i], [ai-disclosure]');
    const microdataValues = new Set<string>();
    for (let i = 0; i < marked.length && i < 40; i++) {
      const el = marked[i];
      if (!el) continue;
      const tag = el.tagName.toUpperCase(); // XHTML keeps tag names lower-case
      if (el.hasAttribute('ai-disclosure')) {
        const value = el.getAttribute('ai-disclosure') ?? '';
        const level = disclosureLevel(value);
        if (!level) continue;
        const isWholePage = el === page.doc.documentElement || el === page.doc.body || tag === 'ARTICLE' || tag === 'MAIN';
        const model = el.getAttribute('ai-model');
        const partLevel: DisclosureLevel = level === 'generated' ? 'assisted' : level;
        push(isWholePage ? level : partLevel, isWholePage ? 'article' : 'part', `<${tag.toLowerCase()} ai-disclosure="${value}"${model ? ` ai-model="${model}"` : ''}>`, 'structured.ai-disclosure-attribute', model ? (findAiModel(model) ?? model) : null);
        continue;
      }
      if (tag === 'META' && !el.closest('[itemscope]')) continue; // a bare meta is read below
      const value = el.getAttribute('content') ?? el.getAttribute('href') ?? el.textContent ?? '';
      const level = sourceTypeLevel(value);
      if (!level) continue;
      microdataValues.add(value.trim());
      const scope = el.closest('[itemtype*="ImageObject" i], [itemtype*="VideoObject" i], figure') ? 'image' : 'article';
      push(scope === 'image' ? 'media' : level, scope, `itemprop="digitalSourceType" ${value.trim()}`, 'structured.microdata-digital-source-type');
    }
    for (const key of ['digitalsourcetype', 'iptc:digitalsourcetype', 'og:image:digitalsourcetype']) {
      for (const value of page.metadata.meta.get(key) ?? []) {
        const level = sourceTypeLevel(value);
        if (!level || microdataValues.has(value.trim())) continue; // an itemprop meta inside an item, read above
        const image = key.includes('image');
        push(image ? 'media' : level, image ? 'image' : 'article', `<meta name="${key}" content="${value}">`, 'structured.meta-digital-source-type');
      }
    }
    // The ai-disclosure and ai-content proposals.
    for (const key of ['ai-disclosure', 'ai-content', 'ai-generated']) {
      for (const value of page.metadata.meta.get(key) ?? []) {
        const level = disclosureLevel(value);
        if (level) push(level, level === 'media' ? 'image' : 'article', `<meta name="${key}" content="${value}">`, 'structured.meta-ai-disclosure');
      }
    }
    // Declarations that a person made it.
    for (const key of ['ai-content-declaration', 'ai-disclosure', 'ai-content']) {
      for (const value of page.metadata.meta.get(key) ?? []) {
        if (HUMAN_VALUE.test(value)) findings.humanDeclarations.push({ text: value, source: `meta[name=${key}]` });
      }
    }
  },
};

function sourceTypeOf(obj: JsonObject): string | null {
  for (const key of ['digitalSourceType', 'iptc:digitalSourceType', 'https://schema.org/digitalSourceType']) {
    const value = obj[key];
    if (typeof value === 'string') return value;
    if (value && typeof value === 'object' && !Array.isArray(value) && typeof value['@id'] === 'string') return value['@id'];
  }
  return null;
}

function sourceTypeLevel(value: string): DisclosureLevel | null {
  for (const [pattern, level] of AI_SOURCE_TYPES) if (pattern.test(value.trim())) return level;
  return null;
}

function disclosureLevel(value: string): DisclosureLevel | null {
  const v = value.trim();
  if (HUMAN_VALUE.test(v)) return null;
  for (const [pattern, level] of DISCLOSURE_VALUES) if (pattern.test(v)) return level;
  return null;
}

function mediaScope(types: string[]): DisclosureScope {
  if (types.some((t) => /Video|Clip/.test(t))) return 'video';
  if (types.some((t) => /Audio/.test(t))) return 'audio';
  return 'image';
}

function structured(level: DisclosureLevel, scope: DisclosureScope, text: string, rule: string, model: string | null): AiDisclosure {
  return { level, scope, system: null, model, reviewedBy: null, humanReviewed: false, text, kind: 'structured', rule, language: 'und', location: null };
}
