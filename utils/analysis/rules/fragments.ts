import { AI_SYSTEMS } from './ai-systems';

/**
 * Shared pieces of the notice patterns, as regex source. Keeping them in one place means
 * "what counts as AI" is decided once, not once per rule.
 */

/** Any named AI system, newsroom bot or persona. */
export const SYSTEM_NAMES = AI_SYSTEMS.map((s) => `(?:${s.pattern.source})`).join('|');

/** General models and generators by name. */
export const MODEL_NAMES = String.raw`Chat ?GPT|GPT-?\d[\w.]*|gemini-[\w.-]+|Google Gemini|Gemini(?: \d(?:\.\d)?| Pro| Flash| Ultra)+|Claude(?: \d(?:\.\d)?| Opus| Sonnet| Haiku)*|Microsoft Copilot|Copilot|Llama ?\d[\w.]*|Mistral AI|Midjourney|DALL[·-]?E(?: ?\d)?|Stable Diffusion|Adobe Firefly|Firefly|Imagen(?: \d)?|Grok|Perplexity|Jasper AI|DeepL`;

/** "AI" and its euphemisms in English, with an optional article or qualifier in front. */
export const AI_EN = String.raw`(?:(?:an?|the|our|its|their|own|in-house|proprietary|generative|advanced|automated|internal)\s+)*(?:(?:AI|A\.I\.|gen ?AI|artificial[- ]intelligence)(?:[- ](?:powered|based|driven))?(?:\s+\((?:AI|artificial intelligence)\))?(?:\s+(?:engine|tools?|models?|system|technology|assistant|software|platform|program|chatbot|writer|writing tool|service))?|(?:large\s+)?language\s+models?|LLMs?|machine[- ]learning(?:\s+(?:tools?|models?|technology))?|(?:content\s+)?automation\s+(?:technology|software|tools?)|automated\s+(?:writing|content|reporting|journalism|text)\s+(?:technology|software|tools?|systems?)|natural[- ]language[- ]generation(?:\s+(?:technology|software))?|NLG\s+(?:technology|software)|an?\s+algorithm|${MODEL_NAMES}|${SYSTEM_NAMES})`;

/** What an English notice says was made: the article itself, said of itself. */
export const SELF_EN = String.raw`(?:this|the\s+following|the\s+above|the\s+present)\s+(?:news\s+|blog\s+|sponsored\s+)?(?:article|story|post|content|report|text|piece|page|recap|preview|write-?up|update|newsletter|item|entry|copy|explainer|review|guide|listicle)`;

export const AI_DE = String.raw`(?:(?:einer|einem|eine|der|dem|des|generativer|generativen)\s+)?(?:künstliche[rn]?\s+Intelligenz|KI(?:-[\p{L}]+)?|AI|(?:großen?\s+)?Sprachmodell(?:s|en|e)?|Textroboter[s]?|Algorithmus|Algorithmen|${MODEL_NAMES}|${SYSTEM_NAMES})`;

export const AI_FR = String.raw`(?:(?:l['’]|une?\s+|des\s+|la\s+|le\s+|d['’]une?\s+)?\s*)(?:intelligence\s+artificielle(?:\s+g[ée]n[ée]rative)?|IA(?:\s+g[ée]n[ée]rative)?|I\.A\.|outils?\s+d['’](?:IA|intelligence\s+artificielle)|mod[èe]les?\s+de\s+langage|${MODEL_NAMES}|${SYSTEM_NAMES})`;

export const AI_ES = String.raw`(?:(?:la|una|un|el)\s+)?(?:inteligencia\s+artificial(?:\s+generativa)?|IA(?:\s+generativa)?|I\.A\.|herramientas?\s+de\s+(?:IA|inteligencia\s+artificial)|modelos?\s+de\s+lenguaje|${MODEL_NAMES}|${SYSTEM_NAMES})`;

/** A short run of words in any script (gaps such as "thoroughly", "de manière originale"). */
export const FEW_WORDS = (max: number) => String.raw`(?:[\p{L}'’-]+\s+){0,${max}}?`;
