import { AI_MODELS } from './ai-models';
import { AI_SYSTEMS } from './ai-systems';

/**
 * Cheap gates in front of the rules. Phrase rules are many and the page text can be long, so the
 * matcher first finds the lines that could hold a match at all (a trigger word on the line or a
 * neighbour), and the languages present there, and runs only those languages' rules on those
 * lines. tests/core/triggers.test.ts checks that every example a rule must match passes its gates.
 */

// Display names as plain words: a trigger only has to be cheap and never miss, the rules are exact.
const names = [...AI_SYSTEMS, ...AI_MODELS].map((s) => s.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');

/** Words every AI notice, in any of our languages, contains at least one of. */
export const AI_TRIGGER = new RegExp(
  String.raw`text-to-speech|dall·e|\b(?:AI|A\.I\.|KI|K\.I\.|IA|I\.A\.|SI|LLMs?|NLG|GPT)\b|ＡＩ|AI[가-힣]|artificia|künstlich|kunstig|kunstmatig|intelig|intelligen|sztuczn|automat|algorit|computer\s*program|roboti?|\bbot\b|[a-z]bot\b|machine|maschinell|language\s+model|sprachmodell|språkmodell|sprogmodel|taalmodel|modèle|modelo|modello|generat|generier|génér|gener(?!al|ous)|syntheti|synthes|\b(?:${names})\b|人工知能|人工智能|人工智慧|大模型|大语言|大語言|生成|自動|自动|機械翻訳|机器翻译|翻訳|翻译|인공지능|생성|로봇|자동`,
  // No 'u': the unicode flag makes this scan five times slower, and nothing here needs it.
  'i',
);

/** Words every republication line contains at least one of. */
export const REPUBLICATION_TRIGGER = new RegExp(
  String.raw`sharing\s+(?:agreement|partnership|arrangement)|(?:content|news|media)\s+partner|publi|pubbl|appear|erschien|appar|paru|aparec|apareci|pochodzi|först|forst|først|bragt|primo|prima\s+volta|originaria|sembra|verscheen|visades|dukket|udkom|pojawi|ukazał|ursprünglich|zuerst|original|first|republi|reprint|repost|cross-?post|mirror|\brepris|verschenen|shared\s+by|creative\s+commons|source\s*(?::|link)|to\s+source|source\s+version|reprodu|riprodu|licen[cs]ed\s+under|provided|(?:full|complete|entire)\s+(?:article|story|post|report|piece)|distributed|syndicat|inputs?\s+from|copyright|©|\(c\)|最初|首发|首發|出现|出現|掲載|처음|먼저|실린|원문|転載|转载|轉載`,
  'i',
);

/** Words every chatbot leftover contains at least one of. */
export const LEFTOVER_TRIGGER = new RegExp(
  String.raw`\bAI\b|\bKI\b|\bIA\b|language\s+model|sprachmodell|modelo\s+de|modèle\s+de|modello\s+di|taalmodel|språkmodell|sprogmodel|model\s+językowy|request|certainly|sure!|absolutely|of\s+course|knowledge|training|regenerate|real-time|gerne|claro|bien\s+sûr|certo|voici|aquí|ecco|hier\s+ist|言語モデル|语言模型|語言模型|언어\s*모델|申し訳|リクエスト|AI\s*(?:として|作为|로서)`,
  'i',
);

/**
 * Words that tell languages apart, by language: a language's rules run only where at least
 * MIN_MARKER_WORDS different ones appear near a trigger, or where the page declares that language
 * (one character is enough for a script of its own). Short words shared across languages ("a",
 * "de", "i") are left out: they would wake every language on every page.
 */
export const MIN_MARKER_WORDS = 2;

/**
 * A marker of whole words: bounded by letters, not by \\b, which knows only ASCII letters and so never
 * sees the edge of "publicó", "è" or "är".
 */
const LATIN_LETTERS = 'a-zA-Z\\u00C0-\\u024F';
const words = (alternation: string) => new RegExp(`(?<![${LATIN_LETTERS}])(?:${alternation})(?![${LATIN_LETTERS}])`, 'i');

/** True for a marker of words (words() or \\b-bounded: a language of the Latin script), false for a script's own characters. */
export function isWordMarker(marker: RegExp): boolean {
  return marker.source.startsWith('(?<![') || /\\b/.test(marker.source);
}

export const LANGUAGE_MARKERS: Record<string, RegExp> = {
  en: words(`the|this|was|and|with|written|article|story|by|of|is`),
  de: words(`der|die|das|dieser|diese|dieses|wurde|und|mit|von|auf|ist|zuerst|erschien|Beitrag|Artikel|mithilfe|erstellt|künstlicher`),
  fr: words(`le|les|cet|cette|ce|été|avec|par|et|est|une|l['’]article|générée?|créée?|intelligence`),
  es: words(`el|los|las|este|esta|fue|sido|con|por|una|artículo|generado|creado|inteligencia|publicó`),
  it: words(`il|lo|gli|questo|questa|stato|stata|con|della|è|articolo|generato|creato|intelligenza|su`),
  pt: words(`os|este|esta|foi|com|por|uma|artigo|gerado|criado|inteligência|apareceu|primeiro|em|reportagem|reproduzida|licença`),
  nl: words(`het|een|dit|deze|werd|met|door|van|bericht|artikel|gegenereerd|verscheen|eerst|op|eerder|verschenen|onze`),
  sv: words(`och|det|denna|artikeln|är|med|av|har|skapad|hjälp|inlägget|först|upp`),
  no: words(`og|det|denne|artikkelen|er|med|av|har|laget|hjelp|innlegget|først|kunstig`),
  da: words(`og|det|denne|artiklen|er|med|af|har|lavet|hjælp|indlægget|først|kunstig`),
  pl: words(`ten|ta|został|została|przez|przy|jest|się|artykuł|pomocy|sztucznej|pojawił|pochodzi`),
  ja: /[\u3040-\u30ff\u4e00-\u9fff]/,
  zh: /[\u4e00-\u9fff]/,
  ko: /[\uac00-\ud7af]/,
};
