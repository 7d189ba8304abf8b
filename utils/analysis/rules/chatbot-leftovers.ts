import type { LeftoverRule, RulePattern } from './types';
import { LETTER } from './fragments';

/**
 * What a chatbot says about itself, left in a published text by someone who pasted its
 * answer. Evidence of undisclosed AI text, never a publisher's disclosure.
 */
const r = (source: string): RulePattern => ({ source, flags: 'iu' });

export const LEFTOVER_RULES: LeftoverRule[] = [
  {
    id: 'en.as-an-ai-language-model',
    language: 'en',
    pattern: r(String.raw`\bAs an AI(?:\s+language)?\s+model,?\s+I\b|\bAs a large language model,?\s+I\b|\bI(?:'m|\s+am)\s+(?:just\s+)?an?\s+AI(?:\s+language)?\s+model\b`),
    matches: ['As an AI language model, I cannot create an article without a specific article title.'],
    rejects: ['"As an AI language model" has become a meme since the phrase turned up in Amazon reviews.'],
  },
  {
    id: 'en.cannot-fulfill-request',
    language: 'en',
    pattern: r(String.raw`\bI(?:'m\s+sorry,?\s+but\s+I)?\s*(?:cannot|can't|can’t|am\s+unable\s+to)\s+(?:fulfill|complete|comply\s+with|assist\s+with|help\s+with)\s+(?:this|that|your)\s+request\b`),
    matches: ["I'm sorry, but I cannot fulfill this request.", 'I cannot fulfill this request as it goes against OpenAI use policy.'],
    rejects: ['The agency said it cannot fulfill requests for records older than 1990.'],
  },
  {
    id: 'en.certainly-heres',
    language: 'en',
    pattern: r(String.raw`(?:^|\n)\W{0,3}(?:Certainly|Sure|Absolutely|Of course)[!,.]\s+(?:Here(?:'s|’s|\s+is|\s+are)\s+(?:a|an|the|your|some)\s+(?:[\w-]+\s+){0,4}?(?:article|blog post|rewritten|revised|version|summary|paragraph|draft|introduction|conclusion|outline|text|list))`),
    matches: ["Certainly! Here's a rewritten version of the article:", 'Sure! Here is an SEO-optimized article about dog food:'],
    rejects: ['Certainly, the mayor said, here is a town that knows how to party.'],
  },
  {
    id: 'en.knowledge-cutoff',
    language: 'en',
    pattern: r(String.raw`\bas\s+of\s+my\s+(?:last\s+)?(?:knowledge\s+(?:update|cutoff|cut-off)|training\s+(?:data|cutoff))\b`),
    matches: ['As of my last knowledge update in September 2021, the company had not announced plans.'],
    rejects: ['As of my last visit, the shop was still open.'],
  },
  {
    id: 'en.regenerate-response',
    language: 'en',
    pattern: r(String.raw`(?:^|\n)\s*Regenerate\s+response\s*(?=\n|$)`),
    matches: ['Regenerate response'],
    rejects: ['The regenerate response of the liver is remarkable.'],
  },
  {
    id: 'en.ai-developed-by',
    language: 'en',
    pattern: r(String.raw`\bAs an?\s+(?:AI|artificial\s+intelligence)(?:\s+(?:assistant|chatbot|model))?\s+(?:developed|created|trained|made)\s+by\s+(?:OpenAI|Google|Anthropic|Meta|Microsoft)\b`),
    matches: ['As an AI developed by OpenAI, I do not have personal opinions.'],
    rejects: ['As an AI company developed by former Google staff, the startup raised $10 million.'],
  },
  {
    id: 'en.no-real-time-access',
    language: 'en',
    pattern: r(String.raw`\bI\s+(?:don't|don’t|do\s+not)\s+have\s+(?:access\s+to\s+)?(?:real-time|current|up-to-date)\s+(?:data|information|browsing|internet\s+access)(?:\s+or\s+[\w\s-]{1,30}?)?(?:,|\.|\s+(?:beyond|after|past|as\s+of))`),
    matches: ["I don't have access to real-time data, but as of 2021 the company employed 300 people."],
    rejects: ['We do not have real-time data for every station, the agency said.'],
  },
  {
    id: 'de.als-ki-sprachmodell',
    language: 'de',
    pattern: r(String.raw`\bAls\s+(?:KI-Sprachmodell|KI-Modell|künstliche\s+Intelligenz)\s+(?:kann|habe|bin)\s+ich\b`),
    matches: ['Als KI-Sprachmodell kann ich keine persönlichen Meinungen äußern.'],
    rejects: ['Als KI-Forscherin kann ich das bestätigen.'],
  },
  {
    id: 'de.gerne-hier-ist',
    language: 'de',
    pattern: r(String.raw`(?:^|\n)\W{0,3}(?:Gerne|Natürlich|Sicher|Selbstverständlich|Klar)[!,.]\s+Hier\s+(?:ist|sind)\s+(?:ein|eine|einen|der|die|das|dein|deine|Ihr|Ihre|einige)\s+(?:[${LETTER}-]+\s+){0,3}?(?:Artikel|Text|Zusammenfassung|Entwurf|Version|Einleitung|Fazit|Gliederung|Blogbeitrag|Beitrag|Überarbeitung)`),
    matches: ['Gerne! Hier ist ein SEO-optimierter Artikel über Hundefutter:'],
    rejects: ['Gerne, sagte der Bürgermeister, hier ist die Stadt, die zu feiern weiß.'],
  },
  {
    id: 'es.como-modelo-de-lenguaje',
    language: 'es',
    pattern: r(String.raw`\bComo\s+(?:un\s+)?modelo\s+de\s+lenguaje(?:\s+de\s+IA)?,?\s+(?:no\s+)?(?:puedo|tengo)\b`),
    matches: ['Como modelo de lenguaje de IA, no puedo dar opiniones.'],
    rejects: ['Como modelo de negocio, no puedo recomendarlo.'],
  },
  {
    id: 'es.claro-aqui-tienes',
    language: 'es',
    pattern: r(String.raw`(?:^|\n)\W{0,3}(?:Claro|Por\s+supuesto|Desde\s+luego|Ciertamente)[!,.]\s+Aquí\s+(?:tienes|tiene|está|están|te\s+dejo)\s+(?:un|una|el|la|tu|su|algunos|algunas)\s+(?:[${LETTER}-]+\s+){0,3}?(?:artículo|texto|resumen|versión|borrador|introducción|conclusión|esquema|publicación)`),
    matches: ['¡Claro! Aquí tienes un artículo optimizado para SEO sobre comida para perros:'],
    rejects: ['Claro, dijo el alcalde, aquí tienes una ciudad que sabe divertirse.'],
  },
  {
    id: 'fr.bien-sur-voici',
    language: 'fr',
    pattern: r(String.raw`(?:^|\n)\W{0,3}(?:Bien\s+sûr|Certainement|Absolument)\s*[!,.]\s+Voici\s+(?:un|une|le|la|les|votre|quelques)\s+(?:[${LETTER}'’-]+\s+){0,3}?(?:article|texte|résumé|version|brouillon|introduction|conclusion|plan)`),
    matches: ['Bien sûr ! Voici un article optimisé pour le référencement :'],
    rejects: ['Bien sûr, dit le maire, voici une ville qui sait faire la fête.'],
  },
  {
    id: 'fr.en-tant-que-modele',
    language: 'fr',
    pattern: r(String.raw`\bEn\s+tant\s+qu['’](?:IA|intelligence\s+artificielle|modèle\s+de\s+langage)(?:\s+de\s+langage)?,?\s+je\b`),
    matches: ["En tant qu'IA, je ne peux pas avoir d'opinion."],
    rejects: ["En tant qu'ingénieur, je pense que c'est faux."],
  },
  {
    id: 'it.come-modello-linguistico',
    language: 'it',
    pattern: r(String.raw`\bCome\s+(?:un\s+)?(?:modello\s+(?:di\s+linguaggio|linguistico)(?:\s+(?:di\s+)?(?:IA|AI|intelligenza\s+artificiale))?|(?:un['’]\s*)?(?:IA|intelligenza\s+artificiale)),?\s+(?:non\s+)?(?:posso|ho)\b`),
    matches: ['Come modello linguistico di IA, non posso esprimere opinioni personali.'],
    rejects: ['Come modello di business, non posso consigliarlo.'],
  },
  {
    id: 'it.certo-ecco',
    language: 'it',
    pattern: r(String.raw`(?:^|\n)\W{0,3}(?:Certo|Certamente|Ovviamente|Sicuro)[!,.]\s+Ecco\s+(?:un|una|un['’]|il|la|lo|l['’]|i|le|alcuni|alcune)\s*(?:[${LETTER}'’-]+\s+){0,3}?(?:articolo|testo|riassunto|versione|bozza|introduzione|conclusione|schema)`),
    matches: ['Certo! Ecco un articolo ottimizzato SEO sul cibo per cani:'],
    rejects: ['Certo, disse il sindaco, ecco una città che sa fare festa.'],
  },
  {
    id: 'nl.als-ai-taalmodel',
    language: 'nl',
    pattern: r(String.raw`\bAls\s+(?:een\s+)?(?:AI-taalmodel|AI-model|taalmodel|AI-assistent)\s+(?:kan|heb|ben)\s+ik\b`),
    matches: ['Als AI-taalmodel kan ik geen persoonlijke meningen geven.'],
    rejects: ['Als AI-onderzoeker kan ik dat bevestigen.'],
  },
  {
    id: 'pt.como-modelo-de-linguagem',
    language: 'pt',
    pattern: r(String.raw`\bComo\s+(?:um\s+)?(?:modelo\s+de\s+linguagem(?:\s+de\s+(?:IA|intelig[êe]ncia\s+artificial))?|(?:uma\s+)?(?:IA|intelig[êe]ncia\s+artificial)),?\s+(?:eu\s+)?(?:não\s+)?(?:posso|tenho|consigo)\b`),
    matches: ['Como modelo de linguagem de IA, não posso dar opiniões pessoais.'],
    rejects: ['Como modelo de negócio, não posso recomendar.'],
  },
  {
    id: 'sv.som-en-ai-sprakmodell',
    language: 'sv',
    pattern: r(String.raw`\bSom\s+(?:en\s+)?(?:AI-språkmodell|AI-modell|språkmodell)\s+(?:kan|har|är)\s+jag\b`),
    matches: ['Som en AI-språkmodell kan jag inte ha personliga åsikter.'],
    rejects: ['Som AI-forskare kan jag bekräfta det.'],
  },
  {
    id: 'no.som-en-ki-sprakmodell',
    language: 'no',
    pattern: r(String.raw`\bSom\s+(?:en\s+)?(?:(?:KI|AI)-språkmodell|(?:KI|AI)-modell|språkmodell)\s+(?:kan|har|er)\s+jeg\b`),
    matches: ['Som en AI-språkmodell kan jeg ikke ha personlige meninger.'],
    rejects: ['Som KI-forsker kan jeg bekrefte det.'],
  },
  {
    id: 'da.som-en-ai-sprogmodel',
    language: 'da',
    pattern: r(String.raw`\bSom\s+(?:en\s+)?(?:AI-sprogmodel|AI-model|sprogmodel)\s+(?:kan|har|er)\s+jeg\b`),
    matches: ['Som en AI-sprogmodel kan jeg ikke have personlige meninger.'],
    rejects: ['Som AI-forsker kan jeg bekræfte det.'],
  },
  {
    id: 'pl.jako-model-jezykowy',
    language: 'pl',
    pattern: r(String.raw`\bJako\s+(?:model\s+językowy(?:\s+(?:AI|SI|sztucznej\s+inteligencji))?|sztuczna\s+inteligencja|AI)\s*,?\s+(?:nie\s+)?(?:mogę|mam|jestem)(?![${LETTER}])`),
    matches: ['Jako model językowy AI nie mogę wyrażać opinii.'],
    rejects: ['Jako model biznesowy nie mogę tego polecić.'],
  },
  {
    id: 'ja.ai-gengo-model',
    language: 'ja',
    pattern: r(String.raw`(?:AI|ＡＩ|人工知能)\s*(?:言語\s*)?モデル(?:として|である私は|なので)[、,]?\s*(?:私は)?[^\n。]{0,40}?(?:できません|ありません|持っていません)|申し訳(?:ありません|ございません)が[、,]?\s*(?:その|この|ご)?(?:リクエスト|ご要望|ご依頼|依頼)(?:には|に)(?:お応え|お答え|対応)(?:でき|いたしかね)`),
    matches: ['AI言語モデルとして、私は個人的な意見を持っていません。', '申し訳ありませんが、そのリクエストにはお応えできません。'],
    rejects: ['AI言語モデルとしての性能を比較した。'],
  },
  {
    id: 'zh.zuowei-ai-yuyan-moxing',
    language: 'zh',
    pattern: r(String.raw`(?:作为|作為)(?:一个|一個|一名)?\s*(?:AI|人工智能|人工智慧)\s*(?:语言模型|語言模型|助手|模型)?\s*[，,]?\s*我(?:无法|無法|不能|没有|沒有|不具备|不具備)`),
    matches: ['作为一个AI语言模型，我无法提供个人观点。'],
    rejects: ['作为人工智能领域的专家，他认为监管必不可少。'],
  },
  {
    id: 'ko.ai-eoneo-model',
    language: 'ko',
    pattern: r(String.raw`(?:AI|인공지능)\s*(?:언어\s*)?모델(?:로서|이기\s*때문에)\s*,?\s*(?:저는\s*)?[^\n.]{0,40}?(?:없습니다|수\s*없습니다|않습니다)`),
    matches: ['AI 언어 모델로서, 저는 개인적인 의견을 가질 수 없습니다.'],
    rejects: ['AI 언어 모델로서의 성능을 비교했다.'],
  },
];
