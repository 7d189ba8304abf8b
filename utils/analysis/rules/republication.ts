import type { RepublicationRule } from './types';

/**
 * Lines that say the page is a copy of an article first published elsewhere. A named group
 * `publisher` captures the original publisher where the wording names one.
 */
const r = (source: string, flags = 'iu') => new RegExp(source, flags);
const TITLE = String.raw`[^\n]{1,300}?`;
const NAME = String.raw`(?<publisher>[^\n]{1,120}?)`;
const END = String.raw`\s*[.。]?\s*(?=\n|$)`;

export const REPUBLICATION_RULES: RepublicationRule[] = [
  {
    id: 'en.originally-published',
    language: 'en',
    kind: 'originally-published',
    needsForeignLink: true,
    pattern: r(String.raw`\b(?:(?:this|the)\s+(?:post|article|story|piece|interview|essay|content|entry|column|op-ed|review|text)\s+(?:was\s+|is\s+|has\s+been\s+)?(?:originally|first)\s+(?:published|posted|appeared|ran)|(?:^|\n)\W{0,3}(?:originally|first)\s+(?:published|posted|appeared))\s+(?:on|at|in|by|with)\s+${NAME}${END}`),
    matches: ['This post was originally published on this site', 'Originally published at The Atlantic.', 'This article first appeared in The Guardian.'],
    rejects: ['The report, first published in 2019, found that emissions rose.'],
  },
  {
    id: 'en.originally-posted-own-site',
    language: 'en',
    kind: 'originally-published',
    needsForeignLink: true,
    pattern: r(String.raw`\b(?:this|it)\s+was\s+originally\s+posted\s+(?:on|at)\s+${NAME}${END}`),
    matches: ['This was originally posted on my own site.'],
    rejects: ['It was posted on Facebook.'],
  },
  {
    id: 'en.appeared-first',
    language: 'en',
    kind: 'appeared-first',
    needsForeignLink: false,
    pattern: r(String.raw`\b(?:The\s+(?:post|article|entry)\s+${TITLE}\s+(?:appeared\s+first|first\s+appeared|was\s+first\s+published)\s+on|This\s+(?:post|article)\s+(?:appeared\s+first|first\s+appeared)\s+on)\s+${NAME}${END}`),
    matches: [
      'The post Updates on deprecating legacy Exchange Online tokens for Outlook add-ins appeared first on Microsoft 365 Developer Blog.',
      'This post appeared first on "Microsoft Tech Community".',
      'The post Why bees matter first appeared on Garden Notes.',
    ],
    rejects: ['The post office appeared first on the list of closures.'],
  },
  {
    id: 'en.republished-from',
    language: 'en',
    kind: 'republished-from',
    needsForeignLink: false,
    pattern: r(String.raw`\b(?:This|The)\s+(?:article|story|post|piece|interview|essay)\s+(?:is|was|has\s+been)\s+republished\s+(?:from|with\s+permission\s+(?:from|of))\s+${NAME}(?:\s+under\s+a\s+Creative\s+Commons\s+licen[cs]e|\.|\s*(?=\n|$))`),
    matches: ['This article is republished from The Conversation under a Creative Commons license. Read the original article.'],
    rejects: ['The book was republished in 2004.'],
  },
  {
    id: 'en.appeared-and-republished',
    language: 'en',
    kind: 'republished-from',
    needsForeignLink: false,
    pattern: r(String.raw`\bThis\s+(?:article|story|post|piece|interview|essay)\s+(?:originally\s+)?(?:appeared|was\s+(?:originally\s+)?published)\s+(?:originally\s+)?(?:on|in|at)\s+${NAME}\s+and\s+(?:is|has\s+been)\s+republished`),
    matches: [
      "This article originally appeared on Medium's Towards Data Science channel and is republished with permission.",
      'This interview was originally published on the 20i blog and has been republished with permission.',
    ],
    rejects: ['This article appeared in print and online.'],
  },
  {
    id: 'en.republished-with-permission',
    language: 'en',
    kind: 'republished-from',
    needsForeignLink: false,
    pattern: r(String.raw`(?:^|\n)\W{0,3}Republished\s+with\s+(?:kind\s+)?permission\s+(?:from|of)\s+${NAME}${END}`),
    matches: ['Republished with permission from Bendyworks.'],
    rejects: ['The image is used with permission from the artist.'],
  },
  {
    id: 'en.provided-by',
    language: 'en',
    kind: 'provided-by',
    needsForeignLink: false,
    pattern: r(String.raw`(?:^|\n)\W{0,3}(?:Provided\s+by|Syndicated\s+(?:from|by)|Distributed\s+by|Content\s+(?:provided|syndicated)\s+by)\s*:?\s+${NAME}${END}`),
    matches: ['Provided by The Conversation', 'Distributed by Tribune Content Agency'],
    rejects: ['Photos provided by the family show the couple in 1975 at their wedding in Ohio.'],
  },
  {
    id: 'en.syndicated-feed',
    language: 'en',
    kind: 'syndicated-feed',
    needsForeignLink: false,
    pattern: r(String.raw`\b(?:auto-?generated|published)\s+from\s+a\s+syndicated\s+(?:news\s+)?feed|\bhas\s+not\s+been\s+edited\s+by\s+[^\n]{1,40}?\s+(?:staff|team|editorial\s+team)\b`),
    matches: [
      '(Except for the headline, this story has not been edited by NDTV staff and is published from a syndicated feed.)',
      '(This story has not been edited by Devdiscourse staff and is auto-generated from a syndicated feed.)',
    ],
    rejects: ['The feed was syndicated to partners.'],
  },
  {
    id: 'en.with-inputs-from-agencies',
    language: 'en',
    kind: 'wire-agency',
    needsForeignLink: false,
    pattern: r(String.raw`\(\s*With\s+(?:inputs?|input)\s+from\s+(?<publisher>agencies|PTI|IANS|ANI|Reuters|AP|AFP|wire\s+services?)\s*\.?\s*\)`),
    matches: ['(With inputs from agencies.)', '(With inputs from PTI)'],
    rejects: ['With input from agencies across the region, the plan moved ahead.'],
  },
  {
    id: 'en.wire-copyright',
    language: 'en',
    kind: 'wire-agency',
    needsForeignLink: false,
    pattern: r(String.raw`(?:Copyright|©)\s*(?:\(c\)\s*)?(?:\d{4}\s+)?(?<publisher>The\s+Associated\s+Press|Associated\s+Press|Thomson\s+Reuters|Reuters|Agence\s+France-Presse|AFP|Deutsche\s+Presse-Agentur|dpa|Bloomberg\s+L\.?P\.?|Tribune\s+Content\s+Agency)\b[.,]?\s*(?:All\s+rights\s+reserved)?`),
    matches: ['Copyright 2024 The Associated Press. All rights reserved.', '© 2023 Thomson Reuters'],
    rejects: ['This material may not be published, broadcast, rewritten, or redistributed. ©2025 FOX News Network'],
  },
  // ---- German ----
  {
    id: 'de.erschien-zuerst',
    language: 'de',
    kind: 'appeared-first',
    needsForeignLink: false,
    pattern: r(String.raw`\b(?:(?:Der|Dieser)\s+(?:Beitrag|Artikel|Text|Post)\s+(?:${TITLE}\s+)?(?:erschien|erschienen)\s+(?:zuerst|erstmals|ursprünglich|zuvor)|(?:^|\n)\W{0,3}(?:Zuerst|Ursprünglich|Erstmals)\s+(?:erschienen|veröffentlicht))\s+(?:auf|bei|in|im|unter)\s+${NAME}${END}`),
    matches: [
      'Der Beitrag Angst vor Meta: Warum die neuen Samsung-Brillen ohne Display starten müssen erschien zuerst auf inside digital.',
      'Dieser Text erschien zuerst auf Alexandras privatem Blog.',
      'Zuerst erschienen bei Netzpolitik.org',
    ],
    rejects: ['Die Studie erschien zuerst im Jahr 2019.'],
  },
  // ---- French ----
  {
    id: 'fr.apparu-en-premier',
    language: 'fr',
    kind: 'appeared-first',
    needsForeignLink: false,
    pattern: r(String.raw`\b(?:L['’]article|Le\s+billet|Cet\s+article|L['’]entrée)\s+(?:${TITLE}\s+)?est\s+(?:apparu|paru)\s+en\s+premier\s+sur\s+${NAME}${END}`),
    matches: ['L’article Essai : Volvo XC40 Recharge Twin. Moi Lolita est apparu en premier sur BlogAutomobile.'],
    rejects: ['Le soleil est apparu en premier sur la colline.'],
  },
  {
    id: 'fr.republie',
    language: 'fr',
    kind: 'republished-from',
    needsForeignLink: false,
    pattern: r(String.raw`\bCet\s+article\s+est\s+republié\s+à\s+partir\s+de\s+${NAME}\s+sous\s+licence`),
    matches: ['Cet article est republié à partir de The Conversation sous licence Creative Commons.'],
    rejects: ['Le livre a été republié en 2004.'],
  },
  {
    id: 'fr.initialement-publie',
    language: 'fr',
    kind: 'originally-published',
    needsForeignLink: false,
    pattern: r(String.raw`\b(?:Cet\s+article\s+a\s+été|Article)\s+(?:initialement|originellement|d['’]abord)\s+(?:publié|paru)\s+(?:sur|dans|par)\s+${NAME}${END}`),
    matches: ['Cet article a été initialement publié sur Le Temps.'],
    rejects: ['Le rapport a été initialement publié en 2019.'],
  },
  // ---- Spanish ----
  {
    id: 'es.publico-primero',
    language: 'es',
    kind: 'appeared-first',
    needsForeignLink: false,
    pattern: r(String.raw`\b(?:La\s+entrada\s+${TITLE}\s+se\s+publicó\s+primero|(?:Este|El)\s+(?:artículo|texto|post)\s+(?:se\s+publicó|fue\s+publicado|apareció)\s+(?:originalmente|primero|por\s+primera\s+vez))\s+en\s+${NAME}${END}`),
    matches: ['La entrada Emmys 2025: nominaciones soñadas de Palomita de maíz se publicó primero en Palomita de maíz.', 'Este artículo se publicó primero en LinkedIn'],
    rejects: ['La eliminación lógica se publicó primero en `65e5d5f321c7894a0e61f6059ac5dc9a89fbed76` y la migración quedó aplicada.'],
  },
  {
    id: 'es.republicado',
    language: 'es',
    kind: 'republished-from',
    needsForeignLink: false,
    pattern: r(String.raw`\bEste\s+artículo\s+(?:fue|ha\s+sido)\s+(?:republicado|publicado\s+originalmente)\s+(?:de|en|desde)\s+${NAME}(?:\s+bajo\s+licencia|${END})`),
    matches: ['Este artículo fue republicado de The Conversation bajo licencia Creative Commons.'],
    rejects: ['El libro fue republicado en 2004.'],
  },
  // ---- Portuguese, Dutch, Japanese: the WordPress/Yoast feed footer ----
  {
    id: 'pt.apareceu-primeiro',
    language: 'pt',
    kind: 'appeared-first',
    needsForeignLink: false,
    pattern: r(String.raw`\bO\s+(?:post|artigo)\s+${TITLE}\s+apareceu\s+primeiro\s+(?:em|no|na)\s+${NAME}${END}`),
    matches: ['O post Como usar Image Wand no iOS 18 apareceu primeiro em Olhar Digital.'],
    rejects: ['O sol apareceu primeiro em Lisboa hoje.'],
  },
  {
    id: 'nl.verscheen-eerst',
    language: 'nl',
    kind: 'appeared-first',
    needsForeignLink: false,
    pattern: r(String.raw`\bHet\s+(?:bericht|artikel)\s+${TITLE}\s+verscheen\s+eerst\s+op\s+${NAME}${END}`),
    matches: ['Het bericht Lockdown LaserShow Forum Groningen verscheen eerst op JouwStad | Groningen.'],
    rejects: ['De zon verscheen eerst op het strand.'],
  },
  {
    id: 'ja.saisho-ni-hyoji',
    language: 'ja',
    kind: 'appeared-first',
    needsForeignLink: false,
    pattern: r(String.raw`投稿\s*${TITLE}\s*は\s*(?<publisher>[^\n]{1,60}?)\s*に最初に表示されました`),
    matches: ['投稿 「iPhone 16 Pro」と「iPhone 16 Pro Max」の両モデルが光学5倍ズームを搭載か は ネタフル に最初に表示されました。'],
    rejects: ['最初に表示されました'],
  },
];
