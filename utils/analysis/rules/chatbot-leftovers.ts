import type { LeftoverRule } from './types';

/**
 * What a chatbot says about itself, left in a published text by someone who pasted its
 * answer. Evidence of undisclosed AI text, never a publisher's disclosure.
 */
const r = (source: string) => new RegExp(source, 'iu');

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
    pattern: r(String.raw`(?:^|\n)\W{0,3}(?:Certainly|Sure|Absolutely|Of course)[!,.]\s+(?:Here(?:'s|’s|\s+is|\s+are)\s+(?:a|an|the|your|some)\s+(?:\w+\s+){0,4}?(?:article|blog post|rewritten|revised|version|summary|paragraph|draft|introduction|conclusion|outline|text|list))`),
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
    id: 'de.als-ki-sprachmodell',
    language: 'de',
    pattern: r(String.raw`\bAls\s+(?:KI-Sprachmodell|KI-Modell|künstliche\s+Intelligenz)\s+(?:kann|habe|bin)\s+ich\b`),
    matches: ['Als KI-Sprachmodell kann ich keine persönlichen Meinungen äußern.'],
    rejects: ['Als KI-Forscherin kann ich das bestätigen.'],
  },
  {
    id: 'es.como-modelo-de-lenguaje',
    language: 'es',
    pattern: r(String.raw`\bComo\s+(?:un\s+)?modelo\s+de\s+lenguaje(?:\s+de\s+IA)?,?\s+(?:no\s+)?(?:puedo|tengo)\b`),
    matches: ['Como modelo de lenguaje de IA, no puedo dar opiniones.'],
    rejects: ['Como modelo de negocio, no puedo recomendarlo.'],
  },
  {
    id: 'fr.en-tant-que-modele',
    language: 'fr',
    pattern: r(String.raw`\bEn\s+tant\s+qu['’](?:IA|intelligence\s+artificielle|modèle\s+de\s+langage)(?:\s+de\s+langage)?,?\s+je\b`),
    matches: ["En tant qu'IA, je ne peux pas avoir d'opinion."],
    rejects: ["En tant qu'ingénieur, je pense que c'est faux."],
  },
];
