import { AI_SYSTEMS } from './ai-systems';

/**
 * Shared pieces of the notice patterns, as regex source. Keeping them in one place means
 * "what counts as AI" is decided once, not once per rule.
 */

/**
 * Latin letters, as a character-class body. Rules use this instead of \p{L}: under the 'iu' flags V8
 * builds the case closure of every \p{L} class it compiles (milliseconds each), and the rules only
 * need Latin-script words around them; CJK rules do not use word classes.
 */
export const LETTER = String.raw`a-zA-Z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F`;

/** Any named AI system, newsroom bot or persona. */
export const SYSTEM_NAMES = AI_SYSTEMS.map((s) => `(?:${s.pattern.source})`).join('|');

/** General models and generators by name. */
export const MODEL_NAMES = String.raw`Chat ?GPT|GPT-?\d[\w.]*|gemini-[\w.-]+|Google Gemini|Gemini(?: \d(?:\.\d)?| Pro| Flash| Ultra)+|Claude(?: \d(?:\.\d)?| Opus| Sonnet| Haiku)*|Microsoft Copilot|Copilot|Llama ?\d[\w.]*|Mistral AI|Midjourney|DALL[·-]?E(?: ?\d)?|Stable Diffusion|Adobe Firefly|Firefly|Imagen(?: \d)?|Grok|Perplexity|Jasper AI|DeepL`;

/** "AI" and its euphemisms in English, with an optional article or qualifier in front. */
export const AI_EN = String.raw`(?:(?:an?|the|our|its|their|own|in-house|proprietary|generative|advanced|automated|internal)\s+)*(?:(?:AI|A\.I\.|gen ?AI|artificial[- ]intelligence)(?:[- ](?:powered|based|driven))?(?:\s+\((?:AI|artificial intelligence)\))?(?:\s+(?:engine|tools?|models?|system|technology|assistant|software|platform|program|chatbot|writer|writing tool|service))?|(?:large\s+)?language\s+models?|LLMs?|machine[- ]learning(?:\s+(?:tools?|models?|technology))?|(?:content\s+)?automation\s+(?:technology|software|tools?)|automated\s+(?:writing|content|reporting|journalism|text)\s+(?:technology|software|tools?|systems?)|natural[- ]language[- ]generation(?:\s+(?:technology|software))?|NLG\s+(?:technology|software)|an?\s+algorithm|(?:computer|software)\s+programs?|(?:automated|automatic|robot)\s+(?:news\s+|writing\s+|content\s+|text\s+|reporting\s+)?(?:systems?|programs?|software|writers?)|(?:synthetic|synthesi[sz]ed|computer[- ]generated)\s+(?:voices?|narrators?|speech)|text-to-speech(?:\s+technology)?|${MODEL_NAMES}|${SYSTEM_NAMES})`;

/** What an English notice says was made: the article itself, said of itself. */
export const SELF_EN = String.raw`(?:this|the\s+following|the\s+above|the\s+present)\s+(?:(?!(?:is|was|has|had|includes?|contains?|uses?|features?|may)\s)[${LETTER}-]+\s+)??(?:article|story|post|content|report|text|piece|page|recap|preview|write-?up|update|newsletter|item|entry|copy|explainer|review|guide|listicle|forecast|brief|roundup|bulletin)`;

export const AI_DE = String.raw`(?:(?:einer|einem|eine|der|dem|des|generativer|generativen)\s+)?(?:künstliche[rn]?\s+Intelligenz|KI(?:-[${LETTER}]+)?|AI|(?:großen?\s+)?Sprachmodell(?:s|en|e)?|Textroboter[s]?|Algorithmus|Algorithmen|Computerprogramm|${MODEL_NAMES}|Klara\s+Indernach|Retresco|AX\s+Semantics|Tobi(?=,?\s+der\s+Textroboter))`;

export const AI_FR = String.raw`(?:(?:l['’]|une?\s+|des\s+|la\s+|le\s+|d['’]une?\s+)?\s*)(?:intelligence\s+artificielle(?:\s+g[ée]n[ée]rative)?|IA(?:\s+g[ée]n[ée]rative)?|I\.A\.|(?:outils?|syst[èe]mes?|logiciels?|programmes?)\s+d['’](?:IA|intelligence\s+artificielle)|mod[èe]les?\s+de\s+langage|${MODEL_NAMES}|Syllabs|Labsense)`;

export const AI_ES = String.raw`(?:(?:la|una|un|el)\s+)?(?:inteligencia\s+artificial(?:\s+generativa)?|IA(?:\s+generativa)?|I\.A\.|(?:herramientas?|sistemas?|programas?|software)\s+de\s+(?:IA|inteligencia\s+artificial)|modelos?\s+de\s+lenguaje|${MODEL_NAMES}|Ualter\s?AI|Narrativa(?=\s+(?:AI|Inteligencia))|ScribNews)`;

/**
 * Other languages name general models but not the (English- and German-language) newsroom systems:
 * every alternative costs compile time under the 'iu' flags, in every rule that uses the fragment.
 */
export const AI_IT = String.raw`(?:(?:l['’]|un['’]|una\s+|un\s+|il\s+|lo\s+|gli\s+|degli\s+|della\s+|dell['’]|dall['’]|all['’])\s*)?(?:intelligenz[ae]\s+artificial[ei](?:\s+generativ[ae])?|IA(?:\s+generativa)?|AI(?:\s+generativa)?|I\.A\.|(?:strumenti|software|sistem[ai]|programm[ai])\s+di\s+(?:IA|AI|intelligenza\s+artificiale)|modell[oi]\s+linguistic[oi]|${MODEL_NAMES})(?![${LETTER}])`;

export const AI_PT = String.raw`(?:(?:a|uma|um|o|as|os)\s+)?(?:intelig[êe]ncia\s+artificial(?:\s+generativa)?|IA(?:\s+generativa)?|I\.A\.|(?:ferramentas?|sistemas?|programas?|software)\s+de\s+(?:IA|intelig[êe]ncia\s+artificial)|modelos?\s+de\s+linguagem|${MODEL_NAMES})(?![${LETTER}])`;

export const AI_NL = String.raw`(?:(?:de|een|het)\s+)?(?:kunstmatige\s+intelligentie|artifici[eë]le\s+intelligentie|generatieve\s+AI|AI(?:-(?:tools?|software|systeem|systemen|model|modellen|toepassing|toepassingen))?|KI|taalmodel(?:len)?|computerprogramma|(?:AI-|computer)?algoritme|${MODEL_NAMES})(?![${LETTER}])`;

export const AI_SV = String.raw`(?:(?:en|ett)\s+)?(?:artificiell\s+intelligens|generativ\s+AI|AI(?:-(?:verktyg(?:et)?|tjänst(?:en)?|modell(?:en)?|system(?:et)?|stöd))?|språkmodell(?:er|en)?|${MODEL_NAMES})(?![${LETTER}])`;

export const AI_NO = String.raw`(?:(?:en|et|ei)\s+)?(?:kunstig\s+intelligens|generativ\s+(?:KI|AI)|(?:KI|AI)(?:-(?:verktøy(?:et)?|tjeneste(?:n)?|modell(?:en)?|system(?:et)?|støtte))?|språkmodell(?:er|en)?|${MODEL_NAMES})(?![${LETTER}])`;

export const AI_DA = String.raw`(?:(?:en|et)\s+)?(?:kunstig\s+intelligens|generativ\s+AI|(?:AI|KI)(?:-(?:værktøj(?:er|et)?|tjeneste(?:n)?|model(?:len)?|system(?:et)?))?|sprogmodel(?:ler|len)?|${MODEL_NAMES})(?![${LETTER}])`;

export const AI_PL = String.raw`(?:(?:generatywn(?:ej|ą|a)\s+)?(?:sztucznej\s+inteligencji|sztuczną\s+inteligencję|sztuczna\s+inteligencja)|(?:narzędzi(?:a|e)?|model(?:u|i)?|system(?:u|ów)?)\s+(?:AI|SI|sztucznej\s+inteligencji)|model(?:u|i)?\s+językow(?:ego|ych|y)|AI|SI|${MODEL_NAMES})(?![${LETTER}])`;

/** Japanese, Chinese and Korean: no spaces between words, so no \b around these. */
export const AI_JA = String.raw`(?:生成\s*AI|AI|ＡＩ|人工知能|チャットGPT|大規模言語モデル|LLM|${MODEL_NAMES})`;

export const AI_ZH = String.raw`(?:生成式\s*)?(?:AIGC|AI|人工智能|人工智慧|大语言模型|大語言模型|大模型|${MODEL_NAMES}|快笔小新|媒体大脑|Dreamwriter|Xiaomingbot)`;

export const AI_KO = String.raw`(?:생성형\s*)?(?:AI|인공지능|로봇\s*기자|${MODEL_NAMES}|사커봇|Soccerbot)`;

/** A short run of words in any script (gaps such as "thoroughly", "de manière originale"). */
export const FEW_WORDS = (max: number) => String.raw`(?:[${LETTER}'’-]+\s+){0,${max}}?`;
