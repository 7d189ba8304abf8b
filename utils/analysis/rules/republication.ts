import type { RepublicationRule, RulePattern } from './types';

/**
 * Lines that say the page is a copy of an article first published elsewhere. A named group
 * `publisher` captures the original publisher where the wording names one.
 */
const r = (source: string, flags = 'iu'): RulePattern => ({ source, flags });
const TITLE = String.raw`[^\n]{1,300}?`;
const NAME = String.raw`(?<publisher>[^\n]{1,120}?)`;
/** "Originally published in Korean" is a translation note, not another publisher. */
const LANGUAGE_NAME = '(?:English|Korean|Japanese|Chinese|Mandarin|Spanish|French|German|Italian|Portuguese|Dutch|Polish|Swedish|Norwegian|Danish|Finnish|Russian|Ukrainian|Arabic|Hebrew|Turkish|Greek|Hindi|Vietnamese|Indonesian|Persian|Czech|Romanian|Hungarian|Catalan)';
/** The same in Spanish, French, German and Portuguese: "publicado originalmente en inglés", "zuerst auf Englisch erschienen". */
const FOREIGN_LANGUAGE_NAME = String.raw`(?:inglés|español|castellano|francés|alemán|italiano|portugués|catalán|gallego|euskera|chino|japonés|coreano|ruso|árabe|ucraniano|neerlandés|holandés|polaco|sueco|turco|griego|anglais|français|allemand|espagnol|italien|portugais|chinois|japonais|coréen|russe|arabe|néerlandais|Englisch|Deutsch|Französisch|Spanisch|Italienisch|Portugiesisch|Russisch|Chinesisch|Japanisch|Koreanisch|Arabisch|Niederländisch|Türkisch|Polnisch|Ukrainisch|inglês|português|espanhol|francês|alemão|chinês|japonês|russo|holandês)(?!\p{L})`;
/** Months in German and Spanish ("ist bereits im März erschienen"): a date, not a publisher. */
const MONTH_NAME = String.raw`(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)(?!\p{L})`;
/** A possessive before the name ("in unserem Magazin", "en nuestra edición"): the site's own publication. */
const POSSESSIVE = String.raw`(?:our|my|unser\p{L}*|mein\p{L}*|notre|nos|nuestr[oa]s?|mis?|noss[oa]s?)(?!\p{L})`;
/** What may not open a publisher's name in these languages. */
const NOT_A_PUBLISHER = `(?!${FOREIGN_LANGUAGE_NAME}|${MONTH_NAME}|${POSSESSIVE})`;
const END = String.raw`\s*[.。]?\s*(?=\n|$)`;
/**
 * Case-sensitive rules only: a publisher's name starts with a capital or a digit ("in Dagens Nyheter", not "in another form"),
 * or is a site's address, capitals inside allowed ("elDiario.es", "netzpolitik.org").
 */
const PROPER_NAME = String.raw`(?<publisher>(?:[\p{Lu}\d"'“„«»]|(?:the|de|het|il|la|le|el|o|a|den|det)\s+[\p{Lu}\d]|[a-z\d][a-zA-Z\d-]*\.[a-z]{2,}\b)[^\n]{0,119}?)`;
/**
 * After a name in a longer paragraph: "… by Grist and is reproduced here as part of …", or the end of a
 * sentence that more sentences follow ("… by CalMatters. Sign up for …"); not the point of an
 * abbreviation or an initial ("St. Louis", "U.S. News").
 */
const SENTENCE_END = String.raw`(?:${END}|(?=\s+and\s+(?:is|was|has\s+been|are|were)\s+(?:re(?:published|produced|printed|posted)|shared|used|adapted|distributed|syndicated)\b)|(?<![\s.](?:\p{L}|St|Mr|Mrs|Ms|Dr|Inc|Co|Corp|Ltd|Jr|Sr|Ft|Mt|No|Vol))[.!?](?=\s+\p{L}))`;
/** After a name: the line's end, or a comma before an apposition ("sur Reporterre, le média de l'écologie"). */
const NAME_END = String.raw`(?:${END}|(?=,\s))`;
/** Italian "for the first time" and "originally", before and after the verb ("uscito per la prima volta", "originariamente pubblicato"). */
const FIRST_IT = String.raw`(?:originariamente|originalmente|inizialmente|per\s+la\s+prima\s+volta|in\s+origine)`;
const ORIGINALLY_IT = '(?:originariamente|originalmente|inizialmente)';
/** What a German note calls the article itself ("Dieser Beitrag", "diesen Text"): not a study, a book or a video. */
const SELF_NOUN_DE = '(?:Beitrag|Artikel|Text|Post|Kommentar|Gastbeitrag|Essay|Interview|Reportage|Kolumne)';
/** Case-sensitive: for rules that must tell a publisher's name from ordinary words. */
const rc = (source: string): RulePattern => ({ source, flags: 'u' });

/** What a line needs around it to count, beyond its words (republication-lines.ts reads these). */
export interface LineNeeds {
  /** The words name no original: only a link to an article on another site does (not a home page, a licence, a social post). */
  needsArticleLink?: boolean;
  /** The line must close the article's text and not follow a figure or table: "Source: X" under a chart or mid-story names data. */
  closingLine?: boolean;
  /** The line counts only where the page has one of it: a roundup repeats "Read the full story at X" under every item. */
  oncePerPage?: boolean;
}

export const REPUBLICATION_RULES: Array<RepublicationRule & LineNeeds> = [
  // Before en.originally-published, which would otherwise claim these lines first.
  {
    // A note that the article comes from a partner: "This article is part of a content-sharing agreement
    // with CalMatters" (and "Via our content partner X", below). Which way the sharing goes only a link to
    // the partner's article settles.
    id: 'en.content-sharing-partner',
    language: 'en',
    kind: 'republished-from',
    needsForeignLink: true,
    pattern: r(String.raw`(?:\b(?:this|the)\s+(?:article|story|post|piece|report|content)\s+(?:is|was)\s+(?:published\s+|shared\s+|republished\s+)?(?:here\s+)?(?:as\s+)?part\s+of\s+an?\s+|\b(?:published|shared|republished)\s+(?:here\s+)?(?:through|under|via|as\s+part\s+of)\s+an?\s+)(?:content[- ]sharing|news[- ]sharing|editorial|content|media)\s+(?:agreement|partnership|arrangement|collaboration)\s+with\s+${NAME}${SENTENCE_END}`),
    matches: ['This article is part of a content-sharing agreement with CalMatters.', 'This story is published here through a news-sharing partnership with The Texas Tribune.'],
    rejects: ['The company announced a content partnership with Netflix.', 'Our newsroom has a content-sharing agreement with CalMatters, which republishes our stories.'],
  },
  {
    // "Produced in partnership with Grist and originally ran there": the partner published it first.
    id: 'en.partner-ran-it-first',
    language: 'en',
    kind: 'republished-from',
    needsForeignLink: false,
    pattern: r(String.raw`\b(?:(?:this|the)\s+(?:article|story|post|piece|report|content)\s+(?:was|is)\s+)?(?:produced|reported|written|published)\s+in\s+(?:partnership|collaboration)\s+with\s+(?<publisher>[^\n,;]{1,80}?)\s*,?\s+(?:and|which)\s+(?:it\s+)?(?:originally|first)\s+(?:ran|appeared|was\s+published|published\s+it)\s+(?:there|on\s+(?:its|their)\s+(?:site|website|pages))\b`),
    matches: ['This content was produced in partnership with Grist and originally ran there.', 'This story was reported in collaboration with The Marshall Project, which first published it on its site.'],
    rejects: ['This story was produced in partnership with Grist and is published here first.', 'The series was produced in partnership with the BBC and first ran on our website.'],
  },
  {
    id: 'en.via-content-partner',
    language: 'en',
    kind: 'republished-from',
    needsForeignLink: true,
    pattern: r(String.raw`(?:^|\n)\W{0,3}via\s+(?:our\s+)?(?:content|news|media)\s+partner\s+${NAME}${SENTENCE_END}`),
    matches: ['Via our content partner Route Fifty. Read the story on their site.', 'Via news partner The 19th'],
    rejects: ['Tickets are sold via our content partner platform and the box office.'],
  },
  {
    id: 'en.appeared-and-republished',
    language: 'en',
    kind: 'republished-from',
    needsForeignLink: false,
    pattern: r(String.raw`\bThis\s+(?:article|story|post|piece|interview|essay|report)\s+(?:originally\s+)?(?:appeared|was\s+(?:originally\s+)?(?:published|produced|written|reported))\s+(?:originally\s+)?(?:on|in|at|by)\s+${NAME},?\s+and\s+(?:is|has\s+been|was)\s+(?:republished|reprinted|reproduced|co-?published)`),
    matches: [
      'This story was produced by The Trace, a nonprofit newsroom covering guns in America, and is co-published here through a partnership.',
      'This story was produced by KFF Health News, a national newsroom covering health issues, and is republished here through a content-sharing agreement.',
      "This article originally appeared on Medium's Towards Data Science channel and is republished with permission.",
      'This interview was originally published on the 20i blog and has been republished with permission.',
    ],
    rejects: ['This story was produced by our data team and was reported with help from readers.', 'This article appeared in print and online.'],
  },
  {
    id: 'en.originally-published',
    language: 'en',
    kind: 'originally-published',
    needsForeignLink: true,
    pattern: r(String.raw`(?:\b(?:this|the)\s+(?:post|article|story|piece|interview|essay|content|entry|column|op-ed|review|text)\s+(?:was\s+|is\s+|has\s+been\s+)?(?:[^\n.]{1,60}?\s+and\s+)?(?:(?:originally|first)\s+(?:published|posted|appeared|ran)|originally\s+produced)|It(?<=\bthis\s+(?:post|article|story|recap)\b[^\n]{0,200}?[.!?]\s+It)\s+was\s+(?:originally|first)\s+(?:published|posted)(?=\s+(?:by|on|at)\s(?![^\n.]{0,60}\b(?:1[6-9]|20)\d\d\b))|(?:^|\n)\W{0,3}(?:(?:originally|first)\s+(?:published|posted|appeared)|originally\s+produced)|\b(?:adapted|excerpted|reprinted)\s+from\s+(?:an?\s+)?(?:post|article|essay|piece|story|column)\s+(?:originally|first)\s+(?:published|posted|appeared)(?![^\n.]{0,60}\b(?:1[6-9]|20)\d\d\b))\s+(?:in\s+${LANGUAGE_NAME}\s+(?=on\s|at\s|by\s))?(?:(?:on|at|in(?!\s+(?:${LANGUAGE_NAME}|print)\b)|by|with)\s+${NAME}|here)${SENTENCE_END}`),
    matches: [
      'This essay is adapted from a post originally published on Medium.',
      'This post was originally published on this site',
      'This story was originally published by Grist and is reproduced here as part of Covering Climate Now, a global journalism collaboration strengthening coverage of the climate story.',
      'This story was originally published by CalMatters. Sign up for their newsletters to get the latest news from the state capitol every weekday morning.',
      'This story was originally published by the St. Louis Post-Dispatch. Read more of their coverage on their site, every day of the week.',
      'Originally published at The Atlantic.',
      'This article first appeared in The Guardian.',
      'This content was originally published here.',
      'This post was contributed by a community member and originally appeared on the Friends of Lake Park blog. The views expressed here are the author\'s own.',
      'This story was created automatically by Lede AI using game data. It was originally published by The Columbus Dispatch.',
      'This article was originally published in German on heise online.',
      'This story was originally produced by Grist, a nonprofit newsroom covering climate solutions. Read it on their site.',
      'Originally produced by Inside Climate News.',
    ],
    rejects: [
      'The film is adapted from a story first published in 1954 by Ray Bradbury.',
      'The report, first published in 2019, found that emissions rose.',
      'This article was first published here in 2019 and updated since.',
      // A translation note: the same article, first written in another language.
      'This article was originally published in Korean and translated into English with the help of DeepL.',
      'The novel is set in Maine. It was first published in 1851 by Harper & Brothers.',
      'This article looks back at the novel. It was first published in 1851 to poor reviews.',
      'This story is about The Lottery. It was first published by The New Yorker in 1948.',
      // "Produced" for a stage or a film: not "originally produced by" the article's first publisher.
      'The play was originally produced by the Royal Court Theatre.',
      'This story was first produced as a radio documentary.',
      'The story was originally scheduled to run on Sunday.',
    ],
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
    // "Originally reported by" also credits a reporter ("This story was originally reported by Ann Lee and
    // updated by ..."): only a link to an article on another site says the reporting is another publisher's.
    id: 'en.originally-reported-by',
    language: 'en',
    kind: 'originally-published',
    needsForeignLink: true,
    needsArticleLink: true,
    pattern: r(String.raw`\bThis\s+(?:story|article|report|piece|investigation)\s+was\s+originally\s+reported\s+(?:by|for|in|on)\s+${NAME}${SENTENCE_END}`),
    matches: ['This story was originally reported by Mother Jones. Read the original on their site.', 'This article was originally reported by Capital B News and is republished with permission.'],
    rejects: [
      // A scoop credit in a news story is "first reported", and about "the story", not this one.
      'The story was first reported by The Information on Tuesday.',
      'The news was originally reported by Bloomberg.',
    ],
  },
  {
    // The publisher first, as the subject: "Capital & Main first published this investigation; we are sharing it
    // with permission." The object must be this article ("this story"), with nothing after it but the end of
    // the clause: "The Washington Post first published the memo on Tuesday" reports someone else's scoop.
    id: 'en.publisher-first-published',
    language: 'en',
    kind: 'originally-published',
    needsForeignLink: true,
    pattern: rc(String.raw`(?:^|\n|[.!?:]\s+)\W{0,3}(?!(?:We|I|It|They|He|She|This|That|These|Those|Our|My|Its|Their|His|Her|You|Your|Today|Yesterday)\s)(?<publisher>(?:[\p{Lu}\d]|the\s+\p{Lu}|[a-z\d-]+\.[a-z]{2,}\b)(?:[^\n.!?;:,()]|\.(?=[\p{L}\d])){0,79}?)\s+(?:originally|first)\s+(?:published|ran|posted)\s+this\s+(?:story|article|investigation|report|piece|post|essay|column|interview|feature|op-ed|analysis)(?=\s*(?:[.;:—–(]|$)|,?\s+and\s+(?:is|was|has\s+been|we|it)\s|,\s+(?:we|it)\s)`),
    matches: [
      'Capital & Main first published this investigation; we are sharing it with permission.',
      "Editor's note: The Marshall Project originally published this story.",
      'Grist first published this article, and it is republished here as part of Covering Climate Now.',
    ],
    rejects: [
      'The Washington Post first published the memo on Tuesday.',
      'The Washington Post first published this story on Tuesday, prompting a response from the agency.',
      'We first published this story in 2019 and have updated it since.',
      'We first published this story.',
      'Our newsroom first published this investigation.',
      'The Times, which first published this story, declined to comment.',
    ],
  },
  {
    // The publisher as the subject, then how the story came here: "CalMatters reported and wrote this story. It appears on
    // KVSN through our news-sharing partnership with the nonprofit newsroom." The second half is required: "Reuters
    // reported this story" alone may credit a scoop. A name after "The" must be capitalised ("The reporter wrote ...").
    id: 'en.publisher-reported-appears-through',
    language: 'en',
    kind: 'republished-from',
    needsForeignLink: true,
    pattern: rc(String.raw`(?:^|\n|[.!?:]\s+)\W{0,3}(?!(?:We|I|It|They|He|She|This|That|These|Those|Our|My|Its|Their|His|Her|You|Your|Today|Yesterday)\s)(?!(?:The|A|An)\s+\p{Ll})(?<publisher>(?:[\p{Lu}\d]|[a-z\d][a-zA-Z\d-]*\.[a-z]{2,}\b)(?:[^\n.!?;:,()]|\.(?=[\p{L}\d])){0,79}?)\s+(?:reported\s+and\s+wrote|wrote\s+and\s+reported|reported\s+and\s+produced|produced\s+and\s+reported|produced|reported|wrote|published)\s+this\s+(?:story|article|report|piece|investigation|feature|post)(?:,?\s+and\s+(?:it\s+)?|\s*[.;,]\s+(?:It|This\s+(?:story|article|report|piece|version))\s+|\s*[.;,]\s+We\s+)(?:appears|runs|is\s+(?:published|republished|shared|distributed|reproduced|co-?published|appearing)|was\s+(?:republished|shared|co-?published|reproduced)|share\s+it|republish\s+it|are\s+(?:sharing|republishing)\s+it)\s+(?:here\s+|on\s+(?:this\s+site\s+|[^\n.;]{1,60}?\s+)|in\s+[^\n.;]{1,60}?\s+)?(?:through|via|as\s+part\s+of|under|thanks\s+to|by\s+way\s+of|with)\s+(?:an?|our|the|its|their)\s+(?:[\p{L}-]+\s+){0,4}?(?:partnership|agreement|collaboration|arrangement|alliance|permission)\b`),
    matches: [
      'CalMatters reported and wrote this story. It appears on KVSN through our news-sharing partnership with the nonprofit newsroom.',
      'The Texas Tribune produced this story and it is republished here under a content-sharing agreement.',
      'Mississippi Today wrote and reported this story, and it appears here through our partnership with the nonprofit newsroom.',
      "Editor's note: Capital B News wrote this article. We share it through our local news partnership.",
    ],
    rejects: [
      'Reuters reported this story on Tuesday, citing three people familiar with the deal.',
      'We reported and wrote this story. It appears on partner sites through our news-sharing partnership.',
      'The reporter wrote this story. It appears here through a partnership with the library.',
    ],
  },
  {
    // "This article is shared by Documented, a nonprofit newsroom covering ..., through our local news partnership."
    // The sharer is a capitalised name (not "the city", "our partners") and the note names the partnership.
    id: 'en.shared-by-through-partnership',
    language: 'en',
    kind: 'republished-from',
    needsForeignLink: true,
    pattern: rc(String.raw`(?:\b(?:[Tt]his|The)\s+(?:article|story|post|piece|report|investigation|content|feature)\s+(?:is|was|has\s+been)\s+|(?:^|\n)\W{0,3})(?:[Ss]hared|[Pp]rovided|[Cc]ontributed|[Dd]istributed|[Rr]epublished|[Cc]o-?published)\s+(?:here\s+|with\s+us\s+)?by\s+(?!(?:our|my|the\s+\p{Ll})\b)${PROPER_NAME}(?:,\s+(?:an?|the)\s+[^\n]{1,150}?,)?\s+(?:through|via|as\s+part\s+of|under)\s+(?:an?|our|the|its|their)\s+(?:[\p{L}-]+\s+){0,4}?(?:partnership|agreement|collaboration|arrangement|alliance)\b`),
    matches: [
      "This article is shared by Documented, a nonprofit newsroom covering New York City's immigrants, through our local news partnership.",
      'This story was provided by Stateline through a content-sharing agreement.',
      'Shared by The 19th via our news partnership.',
    ],
    rejects: [
      'This story was published by the city through a partnership with the library.',
      'This report is shared by our newsroom through a partnership with students.',
      'The memo was shared by Acme Corp with regulators under an agreement.',
    ],
  },
  {
    id: 'en.appeared-first',
    language: 'en',
    kind: 'appeared-first',
    needsForeignLink: false,
    pattern: r(String.raw`\b(?:The\s+(?:post|article|entry)(?!\s+(?:office|box|card|man|men|master|code|season|game|war|mortem|graduate|modern|hoc))\s+${TITLE}\s+(?:appeared\s+first|first\s+appeared|was\s+first\s+published)\s+on|This\s+(?:post|article)\s+(?:appeared\s+first|first\s+appeared)\s+on)\s+${NAME}${END}`),
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
    pattern: r(String.raw`\b(?:This|The)\s+(?:article|story|post|piece|interview|essay|column|report|content)\s+(?:is|was|has\s+been)\s+(?:republished|cross-?posted)\s+(?:here\s+)?(?:from|(?:with|by)\s+(?:kind\s+)?permission\s+(?:from|of))\s+${NAME}(?:\s+under\s+a\s+Creative\s+Commons\s+licen[cs]e|,\s|\.(?!\S)|\s*(?=\n|$))`),
    matches: ['This article is republished from The Conversation under a Creative Commons license. Read the original article.', 'This post was cross-posted from the author\'s newsletter.'],
    rejects: ['The book was republished in 2004.', 'The story was reprinted in several newspapers.'],
  },
  {
    // A blogger's note that the whole post is someone else's: "Reposted in full with the author's permission." The
    // original is named by a link elsewhere on the page, or not at all.
    id: 'en.reposted-with-permission',
    language: 'en',
    kind: 'republished-from',
    needsForeignLink: false,
    pattern: r(String.raw`(?:^|\n|[.!?]\s+)\W{0,3}(?:Reposted|Republished|Reprinted|Cross-?posted)\s+(?:here\s+)?(?:in\s+full\s+)?with\s+(?:the\s+)?(?:(?:original\s+)?author['’]s|writer['’]s|kind)\s+permission\b`),
    matches: ["Reposted in full with the author's permission. This is one of the best printer write-ups I've read in years."],
    rejects: ['Quotes reprinted with permission of the publisher.', "Photos reposted with the photographer's permission."],
  },
  {
    // Verbs of reported speech too ("The post was reposted from an account linked to ..., researchers said"):
    // they count with a publisher's name, capitalised. Case-sensitive.
    id: 'en.reprinted-from',
    language: 'en',
    kind: 'republished-from',
    needsForeignLink: false,
    pattern: rc(String.raw`\b(?:[Tt]his|The)\s+(?:article|story|post|piece|interview|essay|column|report|content)\s+(?:is|was|has\s+been)\s+(?:reprinted|syndicated|re-?posted|reproduced)\s+(?:here\s+)?(?:from|(?:with|by)\s+(?:kind\s+)?permission\s+(?:from|of))\s+${PROPER_NAME}(?:\s+under\s+a\s+Creative\s+Commons\s+licen[cs]e|,\s|\.(?!\S)|\s*(?=\n|$))`),
    matches: [
      'This article was reprinted from kffhealthnews.org, a national newsroom that produces in-depth journalism about health issues.',
      'This article was syndicated from Business 2 Community.',
      'This story is reproduced with permission from Grist.',
      'This post was reposted from the Lawfare blog.',
    ],
    rejects: [
      'This article may not be reproduced without permission.',
      'The post was reposted from an account linked to Russian military intelligence, researchers at Graphika said.',
      'The report was reproduced from an internal memo, which the agency later withdrew.',
    ],
  },
  {
    // The same verbs with an uncapitalised name count only as the article's last line, linking to an article elsewhere.
    id: 'en.reprinted-from-link',
    language: 'en',
    kind: 'republished-from',
    needsForeignLink: true,
    needsArticleLink: true,
    closingLine: true,
    pattern: r(String.raw`(?:^|\n)\W{0,3}(?:This|The)\s+(?:article|story|post|piece|interview|essay|column)\s+(?:is|was|has\s+been)\s+(?:reprinted|syndicated|re-?posted|reproduced)\s+(?:here\s+)?(?:from|(?:with|by)\s+(?:kind\s+)?permission\s+(?:from|of))\s+${NAME}${END}`),
    matches: ['This post was reposted from my colleague\'s blog.'],
    rejects: ['The report was reproduced from an internal memo, which the agency later withdrew.', 'This article may not be reproduced without permission.'],
  },
  {
    id: 'en.republished-with-permission',
    language: 'en',
    kind: 'republished-from',
    needsForeignLink: false,
    pattern: r(String.raw`(?:^|\n)\W{0,3}(?:Republished|Reprinted|Reproduced|Re-?posted)\s+(?:with|by)\s+(?:kind\s+)?permission\s+(?:from|of)\s+${NAME}${END}`),
    matches: ['Republished with permission from Bendyworks.', 'Reprinted by permission of The Ledger Line.', 'Reposted with permission from Lawfare.'],
    rejects: ['The image is used with permission from the artist.'],
  },
  {
    // Also with an apposition that says what the source is, or where it went out: "Cross-posted from Chalk Dust, my
    // newsletter on Substack, where ...". Not any comma: "Reprinted from the 1923 edition, the book ..." opens a sentence.
    id: 'en.cross-posted-from',
    language: 'en',
    kind: 'republished-from',
    needsForeignLink: false,
    pattern: r(String.raw`(?:^|\n)\W{0,3}(?:Cross-?posted|Re-?posted|Reprinted|Republished|Mirrored)\s+from\s+(?<publisher>[^\n,]{1,120}?)(?:(?:,\s+(?:[^\s,.\n]+[ \t]*){1,5})?${END}|(?=,\s+(?:(?:my|our|his|her|their|an?|the\s+author['’]s)\s+[^\n,]{0,40}?(?:newsletter|blog|site|website|Substack|column|magazine|publication|journal|podcast)\b|where\s+(?:it|this)\s)))`),
    matches: [
      'Cross-posted from Econ Notes.',
      'Reposted from the Lawfare blog',
      '(Reprinted from Nieman Lab.)',
      'Cross-posted from Chalk Dust, my newsletter on Substack, where it went out to subscribers on March 3.',
      'Mirrored from The Ledger Line, where this first ran in May.',
      "Cross-posted from the author's Substack, The Long Game.",
    ],
    rejects: [
      'Cross-posted to LinkedIn and Medium, the essay drew 400 comments in a day.',
      'The thread was reposted from an old account.',
      'Reprinted from the 1923 edition, the book has a new foreword and the original plates.',
    ],
  },
  {
    // A copy the poster says was made here with permission, naming the original only by its link or its address:
    // "Mirrored here with the author's permission. Original post: blog.example.dev/posts/one-year-in". The address,
    // linked or not, is read as the original (group `url`); without an article's address the words prove nothing.
    id: 'en.mirrored-here-with-permission',
    language: 'en',
    kind: 'republished-from',
    needsForeignLink: true,
    needsArticleLink: true,
    pattern: r(String.raw`(?:^|\n|[.!?]\s+)\W{0,3}(?:Mirrored|Cross-?posted|Re-?posted|Republished|Reprinted|Reproduced|Copied)\s+here\s+(?:(?:with|by)\s+(?:the\s+)?(?:kind\s+)?(?:(?:author|writer|publisher|owner)['’]s\s+|their\s+|his\s+|her\s+)?(?:kind\s+)?permission|from\s+(?:the\s+)?(?:(?:author|writer)['’]s|original|my|their|his|her)\s+(?:own\s+)?(?:blog|site|website|newsletter|post))\b(?:[^\n]{0,200}?\bOriginal(?:ly)?\s+(?:post(?:ed)?|article|story|piece|version|source)(?:\s+(?:here|at|on))?\s*:\s*(?<url>(?:https?:\/\/)?(?:[a-z\d-]+\.)+[a-z]{2,}\/[^\s<>"'”]*[^\s<>"'”.,;:!?)]))?`),
    matches: [
      "Mirrored here with the author's permission at the mods' request. Original post: blog.tessaquinn.dev/posts/proxmox-mini-pc-cluster-one-year",
      'Reposted here with permission. Original article: https://www.example.org/2025/03/why-bees-matter',
      'Cross-posted here from my own blog, with a few edits for this forum.',
    ],
    rejects: ['The photo was shared with permission of the family.', 'Original post: see the thread linked above, which was locked.'],
  },
  {
    // Yahoo, MSN and other portals under a partner's story.
    id: 'en.read-original-on',
    language: 'en',
    kind: 'originally-published',
    needsForeignLink: true,
    oncePerPage: true,
    pattern: r(String.raw`(?:^|\n)\W{0,3}(?:Read|View|See|Continue\s+reading)\s+(?:the\s+)?(?:original(?:\s+(?:article|story|post|report|piece))?|(?:full|complete|entire)\s+(?:article|story|post|report|piece)(?=\s+(?:on|at)\s))(?:\s+(?:on|at)\s+${NAME})?${END}`),
    matches: ['Read the original article on Business Insider', 'Read the original story at Fortune.', 'Read the full story at The Verge', 'Read the original at dispatch.com', 'Continue reading the full article on Ars Technica.'],
    rejects: ['Read the original article and the correction in full before sharing it.', 'You can read the original article here, but it is paywalled.', 'Read the full story behind the recall in our investigation.', 'Read full article'],
  },
  {
    // Feed importers (WP RSS Aggregator, WPeMatico, FeedWordPress) close a copied post with a bare link.
    id: 'en.source-link',
    language: 'en',
    kind: 'originally-published',
    needsForeignLink: true,
    needsArticleLink: true,
    closingLine: true,
    pattern: r(String.raw`(?:^|\n)\W{0,3}(?:Go\s+to\s+(?:the\s+)?(?:source|original)|(?:Original\s+)?Source\s+link|(?:Original|Source)\s+(?:article|post|story)(?:\s*:[^\n]{0,200})?)\W{0,3}(?=\n|$)`),
    matches: ['Go to Source', 'Source link', 'Original article:', 'Original article: Panama Canal cuts daily crossings again'],
    rejects: ['Go to Source settings to change the feed.', 'The source link was broken.'],
  },
  {
    // Counts only with a link to an article, as the article's last line: "Source: BLS" under a chart names data.
    id: 'en.source-label',
    language: 'en',
    kind: 'provided-by',
    needsForeignLink: true,
    needsArticleLink: true,
    closingLine: true,
    pattern: r(String.raw`(?:^|\n)\W{0,3}(?:(?:Article|News)\s+)?Source\s*:\s*(?<publisher>[^\n;|]{2,80}?)${END}`),
    matches: ['Source: The Verge', '» Source: Reuters', 'Article source: Business Insider'],
    rejects: ['Source: BLS Current Employment Statistics; EconPulse Daily calculations.', 'Average hourly earnings, percent change. Source: Bureau of Labor Statistics'],
  },
  {
    // PR Newswire, Business Wire, Newsfile and the like, on the sites that carry their releases.
    id: 'en.press-release-original',
    language: 'en',
    kind: 'originally-published',
    needsForeignLink: true,
    needsArticleLink: true,
    pattern: r(String.raw`(?:^|\n)\W{0,3}(?:SOURCE\s+[^\n]{1,80}?\s+[—–-]+\s+)?(?:View\s+original\s+content(?:[^\n:]{0,30}:)?|View\s+(?:source\s+version|the\s+original\s+press\s+release)\s+on\s|To\s+view\s+the\s+source\s+version)[^\n]{0,80}`),
    matches: [
      'View original content to download multimedia:https://www.prnewswire.com/news-releases/northwind-opens-plant-302163456.html',
      'View source version on businesswire.com: https://www.businesswire.com/news/home/20240604005123/en/',
      'To view the source version of this press release, please visit https://www.newsfilecorp.com/release/212345',
      'SOURCE Acme Robotics, Inc. — View original content',
    ],
    rejects: ['Click to view the original content of the filing.', 'View the original press release here.'],
  },
  {
    // Creative Commons attribution, title-author-source-licence: '"Title" by Ann Lee, Grist, is licensed under CC BY-NC-ND 4.0.'
    id: 'en.cc-attribution',
    language: 'en',
    kind: 'republished-from',
    needsForeignLink: true,
    needsArticleLink: true,
    pattern: r(String.raw`[“"]${TITLE}[”"],?\s+by\s+[^\n,]{2,80}?(?:,|\s+for)\s+(?!(?:is|Flickr|Wikimedia|Wikipedia|Unsplash|Pexels)\b)(?<publisher>[^\n,]{1,80}?),?\s+(?:is\s+)?licen[cs]ed\s+under\s+(?:a\s+)?(?:CC[\s-]|Creative\s+Commons)`),
    matches: [
      '“Heat pumps are winning over cold-climate skeptics” by Sam Ortega, Grist, is licensed under CC BY-NC-ND 4.0.',
      '"Why rural hospitals are closing" by Ana Ruiz for Stateline is licensed under a Creative Commons license.',
    ],
    rejects: ['"Golden Gate Bridge" by Rich Niewiroski Jr., Wikimedia Commons, is licensed under CC BY 2.5.', '"Sunset over the bay" by jdoe is licensed under CC BY 2.0.'],
  },
  {
    id: 'en.provided-by',
    language: 'en',
    kind: 'provided-by',
    needsForeignLink: false,
    pattern: r(String.raw`(?:^|\n)\W{0,3}(?:(?:©|Copyright)[^\n]{0,80}?\.\s+(?=Provided\s+by))?(?:Provided\s+by|Syndicated\s+(?:from|by)|Distributed\s+by|Content\s+(?:provided|syndicated)\s+by)\s*:?\s+${NAME}${END}`),
    matches: ['Provided by The Conversation', 'Distributed by Tribune Content Agency', '© 2026 Fortune Media IP Limited. Provided by Fortune. View on fortune.com'],
    rejects: ['Photos provided by the family show the couple in 1975 at their wedding in Ohio.', 'The budget was approved in May. Provided by the city, the figures show a deficit.'],
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
    pattern: r(String.raw`(?<!(?:Photo|Foto|Image|Picture|Bild|Illustration|Credit|Video)s?\s*(?:credit\s*)?[:/|]?\s*)(?:Copyright|©)\s*(?:\(c\)\s*|©\s*|Copyright\s+)?(?:\d{4}\s+)?(?<publisher>The\s+Associated\s+Press|Associated\s+Press|Thomson\s+Reuters|Reuters|Agence\s+France-Presse|AFP|Deutsche\s+Presse-Agentur|dpa|Bloomberg\s+L\.?P\.?|Tribune\s+Content\s+Agency)\b[.,]?\s*(?:All\s+rights\s+reserved)?`),
    matches: ['Copyright 2024 The Associated Press. All rights reserved.', '© 2023 Thomson Reuters', '© Copyright Thomson Reuters 2024'],
    rejects: ['This material may not be published, broadcast, rewritten, or redistributed. ©2025 FOX News Network', 'Photo: © AFP', 'Foto: © dpa', '(Reporting by David Shepardson; Editing by Kenneth Maxwell)'],
  },
  {
    // A syndicate's trailer: the copyright is the original paper's, the syndicate distributed it.
    id: 'en.copyright-distributed-by',
    language: 'en',
    kind: 'wire-agency',
    needsForeignLink: false,
    pattern: r(String.raw`(?:©|\(c\)|Copyright)\s*\d{4}\s+${NAME}\.\s+(?:Visit\s[^\n]{0,40}?\s)?Distributed\s+by\s`),
    matches: ['©2024 The Seattle Times. Visit seattletimes.com. Distributed by Tribune Content Agency, LLC.', '(c)2023 Los Angeles Times. Visit at latimes.com. Distributed by Tribune Content Agency, LLC.', '© 2024 The Kansas City Star. Distributed by Tribune Content Agency.'],
    rejects: ['©2024 Harbor Gazette. All rights reserved.', '© 2024 Acme Widgets. All rights reserved. Visit acme.example for more.'],
  },
  {
    // ScienceDaily and its imitators under a copied press release.
    id: 'en.materials-provided-by',
    language: 'en',
    kind: 'provided-by',
    needsForeignLink: false,
    pattern: rc(String.raw`(?:^|\n)\W{0,3}(?:Story\s+Source:\s*)?Materials\s+provided\s+by\s+${PROPER_NAME}\.\s+Note:`),
    matches: ['Materials provided by University of Leeds. Note: Content may be edited for style and length.', 'Story Source:\nMaterials provided by Stanford University. Note: Content may be edited for style and length.'],
    rejects: ['Materials provided by the school district show the plan was drafted in 2019, long before the vote.', 'Materials provided by Sheriff Dan Ross show the deputy was on duty.'],
  },
  // ---- German ----
  {
    id: 'de.erschien-zuerst',
    language: 'de',
    kind: 'appeared-first',
    needsForeignLink: false,
    pattern: r(String.raw`\b(?:(?:Der|Dieser)\s+(?:Beitrag|Artikel|Text|Post)\s+(?:${TITLE}\s+)?(?:erschien|erschienen)\s+(?:zuerst|erstmals|ursprünglich|zuvor)|(?:^|\n)\W{0,3}(?:Zuerst|Ursprünglich|Erstmals)\s+(?:erschienen|veröffentlicht))\s+(?:auf|bei|in|im|unter)\s+${NOT_A_PUBLISHER}${NAME}${END}`),
    matches: [
      'Der Beitrag Angst vor Meta: Warum die neuen Samsung-Brillen ohne Display starten müssen erschien zuerst auf inside digital.',
      'Dieser Text erschien zuerst auf Alexandras privatem Blog.',
      'Zuerst erschienen bei Netzpolitik.org',
    ],
    rejects: ['Die Studie erschien zuerst im Jahr 2019.'],
  },
  {
    // The verb at the end: "Dieser Text ist zuerst im Tagesspiegel erschienen."
    id: 'de.ist-zuerst-erschienen',
    language: 'de',
    kind: 'originally-published',
    needsForeignLink: true,
    pattern: r(String.raw`\b(?:Der|Dieser|Die|Diese|Das|Dieses)\s+(?:Beitrag|Artikel|Text|Post|Kommentar|Gastbeitrag|Essay|Interview)\s+(?:ist|war|wurde)\s+(?:zuerst|erstmals|ursprünglich)\s+(?:auf|bei|in|im|unter|von)\s+${NOT_A_PUBLISHER}${NAME}\s+(?:erschienen|veröffentlicht|publiziert)(?:\s+worden)?${SENTENCE_END}`),
    matches: ['Dieser Text ist zuerst in der Frankfurter Rundschau erschienen. Wir veröffentlichen ihn mit freundlicher Genehmigung.', 'Dieser Text ist zuerst im Tagesspiegel erschienen.', 'Der Beitrag wurde zuerst auf netzpolitik.org veröffentlicht.', 'Dieses Interview ist zuerst in der taz erschienen.'],
    rejects: [
      'Das Buch ist zuerst im Jahr 2019 erschienen.',
      'Die Studie ist zuerst in Nature erschienen.',
      'Der Text ist bereits im März erschienen.',
      'Der Text ist zuerst im März erschienen.',
      'Dieser Artikel ist zuerst in unserem Magazin erschienen.',
      'Dieser Text ist zuerst auf Englisch erschienen.',
    ],
  },
  {
    // The verb before the place: "Dieser Text wurde zuerst veröffentlicht auf X", "Zuerst erschienen bei X. Wir danken ...",
    // with more text after the name than de.erschien-zuerst allows. Only "dieser Text", said of this article.
    id: 'de.zuerst-veroeffentlicht-bei',
    language: 'de',
    kind: 'originally-published',
    needsForeignLink: true,
    pattern: r(String.raw`(?:\b(?:Dieser|Diese|Dieses)\s+${SELF_NOUN_DE}\s+(?:erschien\s+(?:zuerst|erstmals|ursprünglich)|(?:ist|war|wurde)\s+(?:zuerst|erstmals|ursprünglich)\s+(?:erschienen|veröffentlicht|publiziert))|(?:^|\n)\W{0,3}(?:Zuerst|Ursprünglich|Erstmals)\s+(?:erschienen|veröffentlicht|publiziert))\s+(?:auf|bei|beim|in|im|unter)\s+(?!(?:Jahre?s?\s+)?(?:1[6-9]|20)\d\d\b)${NOT_A_PUBLISHER}${NAME}(?:${SENTENCE_END}|(?=,\s))`),
    matches: [
      'Dieser Beitrag wurde zuerst veröffentlicht auf Übermedien. Wir danken für die Genehmigung.',
      'Zuerst erschienen bei Klimareporter°, dem Magazin für Klimaschutz und Energiewende.',
      'Dieses Interview erschien zuerst im Freitag. Die Fragen stellte Jana Berg.',
    ],
    rejects: [
      'Die Studie erschien zuerst im Fachblatt Nature. Sie wurde später ergänzt.',
      'Dieser Text erschien zuerst in unserem Newsletter. Abonnieren Sie ihn hier.',
      'Dieser Artikel wurde zuerst veröffentlicht im März, dann aktualisiert.',
      'Erstmals erschienen im Jahr 1998, gilt der Roman heute als Klassiker.',
    ],
  },
  {
    // A note that takes the article over with the first publisher's permission and says it appeared there first:
    // "Wir übernehmen diesen Text mit freundlicher Genehmigung von X, wo er zuerst veröffentlicht wurde."
    id: 'de.uebernommen-wo-zuerst',
    language: 'de',
    kind: 'republished-from',
    needsForeignLink: true,
    pattern: r(String.raw`\b(?:Wir\s+(?:übernehmen|veröffentlichen|dokumentieren|publizieren|bringen|haben|dürfen)\s+(?:diesen|den|dieses|das|diese|die)\s+${SELF_NOUN_DE}|(?:Der|Dieser|Die|Diese|Das|Dieses)\s+${SELF_NOUN_DE}\s+(?:stammt|kommt|wurde|wird|ist|erscheint))\s+(?:hier\s+)?(?:mit\s+(?:der\s+)?(?:freundliche[rn]?\s+)?(?:Genehmigung|Erlaubnis)\s+)?(?:von\s+(?:der|dem|den)\s+|vom\s+|von\s+|aus\s+(?:der|dem)\s+|der\s+|des\s+)${NOT_A_PUBLISHER}${NAME}(?:\s+(?:übernommen|veröffentlicht|übernehmen|veröffentlichen|dokumentiert)(?:\s+worden)?)?,\s+(?:wo|bei\s+de[mr]|in\s+de[mr]|auf\s+de[mr])\s+(?:er|sie|es|der\s+\S+|die\s+\S+|das\s+\S+)\s+(?:zuerst|erstmals|ursprünglich)\s+(?:erschienen|veröffentlicht|publiziert|erschien)`),
    matches: [
      'Wir übernehmen diesen Beitrag mit freundlicher Genehmigung von Riffreporter, wo er zuerst veröffentlicht wurde.',
      'Der Text stammt vom Verfassungsblog, wo er zuerst erschienen ist.',
      'Wir haben diesen Artikel mit freundlicher Genehmigung der taz übernommen, in der er zuerst erschien.',
    ],
    rejects: [
      'Das Video stammt von TikTok, wo es zuerst veröffentlicht wurde.',
      'Wir veröffentlichen diesen Text mit freundlicher Genehmigung des Autors.',
      'Das Foto wurde mit freundlicher Genehmigung von Anna Weber veröffentlicht, wo es zuerst erschien.',
    ],
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
    pattern: rc(String.raw`\b(?:[Cc]et\s+article|[Cc]e\s+(?:texte|billet)|[Cc]ette\s+(?:tribune|enquête)|Article)\s+(?:a\s+été\s+|est\s+|a\s+)?(?:(?:initialement|originellement|d['’]abord)\s+(?:été\s+)?(?:publiée?|parue?)|(?:publiée?|parue?)\s+(?:initialement|originellement|d['’]abord|pour\s+la\s+première\s+fois))\s+(?:sur|dans|par)\s+${PROPER_NAME}${NAME_END}`),
    matches: ['Cet article a été initialement publié sur Le Temps.', "Cet article est paru initialement sur Reporterre, le média de l'écologie.", 'Ce texte a d’abord été publié dans Le Devoir.'],
    rejects: ['Le rapport a été initialement publié en 2019.', 'Cet article a été initialement publié dans une version plus courte, puis complété.'],
  },
  {
    // "Cet article est repris, avec son aimable autorisation, du quotidien de l'écologie Reporterre, où il a paru le 12 février."
    // Taken over from a named publication, with its permission or where it appeared: "Cet article est repris du Code civil"
    // (a law's article) says neither.
    id: 'fr.repris-de-ou-il-a-paru',
    language: 'fr',
    kind: 'republished-from',
    needsForeignLink: true,
    pattern: rc(String.raw`\b(?:[Cc]et\s+article|[Cc]e\s+(?:texte|billet|reportage|papier|portrait)|[Cc]ette\s+(?:tribune|enquête|chronique|interview|analyse))\s+(?:est|a\s+été)\s+(?:repris|reproduit|republié)e?\s*,?\s*(?:(?:avec\s+(?:son|leur|l['’])\s*(?:aimable\s+|gracieuse\s+)?(?:autorisation|accord)(?:\s+de\s+(?:la\s+rédaction|l['’]auteur|l['’]autrice))?)\s*,?\s*)?(?:du|de\s+la|de\s+l['’]|des|de|d['’])\s*(?:(?:site|quotidien|journal|magazine|média|hebdomadaire|mensuel|revue|blog|webzine|lettre|partenaire)\s+(?:[\p{Ll}'’-]+\s+){0,4}?)?(?!(?:Code|Article|Loi|Règlement|Traité|Constitution|Directive)\b)${PROPER_NAME}(?:,\s+(?:où|dans\s+lequel|dans\s+laquelle|qui\s+l['’]a)\s+(?:il|elle)?\s*(?:a|avait|l['’]a)\s+(?:d['’]abord\s+|initialement\s+|été\s+)?(?:paru|publiée?|publié)|\s+sous\s+licence|(?<=\bavec\s[^\n]{1,200}?)${NAME_END}|(?<=\bavec\s[^\n]{1,200}?)(?<![\s.]\p{L})[.!?](?=\s+\p{L}))`),
    matches: [
      "Cet article est repris, avec son aimable autorisation, du quotidien de l'écologie Reporterre, où il a paru le 12 février 2026.",
      'Ce reportage a été reproduit avec l’autorisation de Mediapart.',
      'Cette tribune est reprise du site Basta!, où elle a paru le 3 mars.',
    ],
    rejects: [
      'Cet article est repris du Code civil, où il figurait sous un autre numéro.',
      'Cet article est repris dans notre newsletter du dimanche.',
      'Cet article est repris de Libération sans autorisation, accuse le syndicat.',
    ],
  },
  // ---- Spanish ----
  {
    id: 'es.publico-primero',
    language: 'es',
    kind: 'appeared-first',
    needsForeignLink: false,
    pattern: r(String.raw`\b(?:La\s+entrada\s+${TITLE}\s+se\s+publicó\s+primero|(?:Este|El)\s+(?:artículo|texto|post)\s+(?:se\s+publicó|fue\s+publicado|apareció)\s+(?:originalmente|primero|por\s+primera\s+vez))\s+en\s+${NOT_A_PUBLISHER}${NAME}${END}`),
    matches: ['La entrada Emmys 2025: nominaciones soñadas de Palomita de maíz se publicó primero en Palomita de maíz.', 'Este artículo se publicó primero en LinkedIn'],
    rejects: [
      'La eliminación lógica se publicó primero en `65e5d5f321c7894a0e61f6059ac5dc9a89fbed76` y la migración quedó aplicada.',
      'Este artículo fue publicado originalmente en inglés.',
      'Este artículo se publicó primero en nuestra newsletter.',
    ],
  },
  {
    id: 'es.republicado',
    language: 'es',
    kind: 'republished-from',
    needsForeignLink: false,
    pattern: r(String.raw`\bEste\s+(?:artículo|texto|reportaje)\s+(?:fue|ha\s+sido)\s+(?:republicado|publicado\s+originalmente|originalmente\s+publicado)\s+(?:de|en|desde|por)\s+${NOT_A_PUBLISHER}${NAME}(?:\s+bajo\s+licencia|${END})`),
    matches: ['Este artículo fue republicado de The Conversation bajo licencia Creative Commons.', 'Este texto fue originalmente publicado en El Diario.'],
    rejects: ['El libro fue republicado en 2004.', 'Este texto fue publicado originalmente en inglés.', 'Este reportaje fue publicado originalmente en nuestra edición impresa.'],
  },
  {
    // "Este reportaje se publicó primero en Agencia Ocote y se reproduce aquí ...", "Publicado originalmente en El Faro.":
    // what this article (este, esta) did first, with a name after it. Case-sensitive: "en la revista", "en 2019" are no names.
    id: 'es.se-publico-primero-en',
    language: 'es',
    kind: 'originally-published',
    needsForeignLink: true,
    pattern: rc(String.raw`(?:\b[Ee]st[ea]\s+(?:artículo|texto|reportaje|crónica|entrevista|columna|nota|noticia|información|pieza|investigación|análisis|ensayo|post)\s+(?:(?:se\s+publicó|fue\s+publicad[oa]|ha\s+sido\s+publicad[oa]|apareció|se\s+difundió)\s+(?:originalmente|primero|inicialmente|por\s+primera\s+vez)|(?:fue|ha\s+sido)\s+(?:originalmente|inicialmente)\s+publicad[oa])|(?:^|\n)\W{0,3}(?:Publicad[oa]|Artículo\s+publicado)\s+(?:originalmente|primero|inicialmente|por\s+primera\s+vez))\s+(?:en|por)\s+(?:(?:el\s+)?(?:sitio|portal|blog|diario|periódico|medio)\s+(?:web\s+)?(?:de\s+)?)?(?!(?:1[6-9]|20)\d\d\b)${NOT_A_PUBLISHER}${PROPER_NAME}(?:\s+bajo\s+licencia|${SENTENCE_END}|(?=,\s)|(?=\s+y\s+(?:se\s+(?:reproduce|republica|comparte|publica|difunde)|(?:es|fue|ha\s+sido)\s+(?:reproducid|republicad|compartid|publicad))))`),
    matches: [
      'Esta crónica se publicó primero en El Faro y se reproduce con autorización.',
      'Esta investigación fue publicada originalmente por Plaza Pública, medio aliado.',
      'Publicado originalmente en Animal Político. Lea la nota original aquí.',
      'Fuente: esta noticia fue publicada originalmente por el periódico El Altiplano y se reproduce aquí con fines informativos.',
      // A site's address as its name, capitals inside: "elDiario.es".
      'Este reportaje se publicó primero en elDiario.es y se reproduce con autorización del medio.',
    ],
    rejects: [
      'Esta columna se publicó primero en 2019 y fue actualizada.',
      'Esta nota fue publicada originalmente en la revista del colegio.',
      'Esta entrevista se publicó primero en nuestra edición impresa.',
      'La investigación fue publicada originalmente en Nature y se reproduce en varios medios.',
    ],
  },
  // ---- Italian ----
  {
    id: 'it.sembra-essere-il-primo',
    language: 'it',
    kind: 'appeared-first',
    needsForeignLink: false,
    pattern: r(String.raw`\bL['’]articolo\s+${TITLE}\s+(?:sembra\s+essere\s+il\s+primo|è\s+apparso\s+(?:per\s+la\s+)?prima(?:\s+volta)?)\s+(?:su|in)\s+${NAME}${END}`),
    matches: [
      "L'articolo Ma perché le app Android non si aggiornano da sole? sembra essere il primo su Smartworld.",
      'L’articolo Nuove regole per i monopattini è apparso per la prima volta su Corriere Torino.',
    ],
    rejects: ["L'articolo 5 della legge sembra essere il primo passo verso la riforma, secondo gli esperti."],
  },
  {
    id: 'it.pubblicato-originariamente',
    language: 'it',
    kind: 'originally-published',
    needsForeignLink: true,
    // "Il testo" only with "originariamente": "Il testo è stato pubblicato per la prima volta in Gazzetta Ufficiale" is a law's.
    pattern: rc(String.raw`\b(?:(?:Questo|Quest['’])\s*(?:articolo|testo|pezzo|post|intervento|contributo|racconto|reportage)\s+(?:è\s+(?:stato\s+)?)?(?:(?:pubblicato|apparso|uscito)\s+${FIRST_IT}|${ORIGINALLY_IT}\s+(?:pubblicato|apparso|uscito))|Questa\s+(?:intervista|inchiesta|analisi|recensione|lettera|rubrica)\s+(?:è\s+(?:stata\s+)?)?(?:(?:pubblicata|apparsa|uscita)\s+${FIRST_IT}|${ORIGINALLY_IT}\s+(?:pubblicata|apparsa|uscita))|Il\s+(?:testo|pezzo|post)\s+(?:è\s+(?:stato\s+)?)?(?:pubblicato|apparso|uscito)\s+(?:originariamente|originalmente|in\s+origine)|(?:^|\n)\W{0,3}(?:Articolo\s+|Testo\s+)?(?:[Pp]ubblicat[oa]|[Aa]ppars[oa]|[Uu]scit[oa])\s+(?:originariamente|originalmente|per\s+la\s+prima\s+volta|in\s+origine))\s+(?:in\s+(?:inglese|francese|tedesco|spagnolo|portoghese|cinese|giapponese|russo|arabo|olandese|polacco|svedese)\s+)?(?:su|in|sul|sulla|sullo|nel|nella|nello)\s+(?:(?:blog|sito|portale|giornale|quotidiano|settimanale|mensile|rivista|magazine)\s+(?:di\s+)?)?(?!(?:1[6-9]|20)\d\d\b)${PROPER_NAME}(?:${SENTENCE_END}|(?=,\s)|(?=\s+e\s+(?:viene|è\s+stat[oa])\s+ripubblicat))`),
    matches: [
      'Questo articolo è apparso per la prima volta su Valigia Blu e viene ripubblicato su gentile concessione.',
      "Questo articolo è stato pubblicato originariamente in inglese su Rest of World. La traduzione in italiano è stata realizzata con l'ausilio dell'intelligenza artificiale.",
      'Questo articolo è stato pubblicato originariamente su Il Post.',
      'Articolo pubblicato originariamente su The Conversation',
      'Il pezzo è uscito originariamente sul sito di Internazionale. Lo ripubblichiamo con il permesso della redazione.',
      'Questa intervista è stata originariamente pubblicata sul quotidiano Domani.',
      'Uscito per la prima volta su Doppiozero',
    ],
    rejects: [
      'Il rapporto, pubblicato originariamente nel 2019, mostrava un aumento delle emissioni.',
      'Il testo è stato pubblicato per la prima volta sulla Gazzetta Ufficiale il 5 marzo.',
      'Questo articolo è uscito per la prima volta sulla nostra newsletter.',
      'Pubblicato per la prima volta nel 1998, il romanzo racconta una famiglia di pescatori.',
    ],
  },
  {
    // "Il testo è apparso per la prima volta su Valigia Blu, che ringraziamo per averne concesso la ripubblicazione."
    // "Il testo" is also a law's or a viral message's ("Il testo è apparso per la prima volta su Facebook"): only with
    // thanks, permission, a licence or a republication after the name.
    id: 'it.testo-apparso-prima-volta-su',
    language: 'it',
    kind: 'originally-published',
    needsForeignLink: true,
    pattern: rc(String.raw`\b(?:Il|Questo)\s+(?:testo|pezzo|post|articolo|reportage|contributo|racconto)\s+(?:è\s+(?:stato\s+)?)?(?:apparso|uscito|pubblicato)\s+${FIRST_IT}\s+(?:su|in|sul|sulla|sullo|nel|nella|nello)\s+(?:(?:blog|sito|portale|giornale|quotidiano|settimanale|mensile|rivista|magazine)\s+(?:di\s+)?)?(?!(?:1[6-9]|20)\d\d\b|Gazzetta\b)${PROPER_NAME}(?=(?:,\s|\.\s|;\s|\s+(?:e|che|con|per|grazie)\s)[^\n]{0,120}?(?:ringrazi|ripubblic|riprodott|riprodu|concession|concess[oa]|autorizzazione|permesso|licenza|Creative\s+Commons|CC\s+BY))`),
    matches: [
      'Il testo è apparso per la prima volta su Valigia Blu, che ringraziamo per averne concesso la ripubblicazione.',
      'Il pezzo è uscito per la prima volta sul sito di Internazionale e viene ripubblicato con il permesso della redazione.',
    ],
    rejects: [
      'Il testo, diventato virale, è apparso per la prima volta su Facebook nel 2019.',
      'Il testo è apparso per la prima volta su Facebook, dove è stato condiviso migliaia di volte.',
      'Il testo è stato pubblicato per la prima volta sulla Gazzetta Ufficiale, con il permesso del ministero.',
    ],
  },
  // ---- Portuguese ----
  {
    id: 'pt.apareceu-primeiro',
    language: 'pt',
    kind: 'appeared-first',
    needsForeignLink: false,
    pattern: r(String.raw`\bO\s+(?:post|artigo)\s+${TITLE}\s+(?:apareceu\s+primeiro|foi\s+publicado\s+primeiro)\s+(?:em|no|na)\s+${NAME}${END}`),
    matches: ['O post Como usar Image Wand no iOS 18 apareceu primeiro em Olhar Digital.', 'O artigo Dez dicas para poupar energia apareceu primeiro em Jornal Económico.'],
    rejects: ['O sol apareceu primeiro em Lisboa hoje.'],
  },
  {
    id: 'pt.publicado-originalmente',
    language: 'pt',
    kind: 'originally-published',
    needsForeignLink: true,
    pattern: rc(String.raw`\b(?:Est[ea]\s+(?:artigo|texto|post|reportagem|matéria|coluna|conteúdo|notícia|entrevista|análise)\s+(?:foi\s+)?(?:publicad[oa]\s+(?:originalmente|originariamente|inicialmente|primeiro)|(?:originalmente|originariamente|inicialmente)\s+publicad[oa]|republicad[oa](?:\s+a\s+partir)?)|(?:^|\n)\W{0,3}(?:Publicado|Artigo\s+publicado)\s+originalmente)\s+(?:em|no|na|do|da|pelo|pela)\s+(?:(?:minha|nossa)\s+(?:newsletter|coluna|página)\s+|(?:site|portal|jornal|blog)\s+(?:d[oa]\s+)?)?${PROPER_NAME}(?:\s+sob\s+(?:uma\s+)?licen[çc]a|${NAME_END}|(?=\s+e\s+(?:é|foi)\s+(?:republicad|reproduzid)))`),
    matches: ['Este artigo foi publicado originalmente na minha newsletter A Conta Fecha, no Substack.', 'Este conteúdo foi publicado originalmente pela Agência Brasil e é reproduzido sob licença Creative Commons CC BY 4.0.', 'Este texto foi publicado originalmente no site da Agência Pública e é republicado aqui sob licença Creative Commons.', 'Este artigo foi publicado originalmente em The Conversation Brasil.', 'Este artigo foi republicado do The Conversation sob uma licença Creative Commons.', 'Este texto foi originalmente publicado no Nexo Jornal.', 'Esta reportagem foi publicada originalmente na Agência Pública, parceira do site.'],
    rejects: ['O relatório foi publicado originalmente em 2019.', 'Este conteúdo foi publicado originalmente em inglês.'],
  },
  {
    // The credit line of a Creative Commons copy: "Reportagem da Agência Pública, reproduzida mediante licença Creative Commons".
    id: 'pt.reproduzida-mediante-licenca',
    language: 'pt',
    kind: 'republished-from',
    needsForeignLink: true,
    pattern: rc(String.raw`(?:^|\n|[.|]\s+)\W{0,3}(?:Reportagem|Artigo|Texto|Matéria|Entrevista|Conteúdo|Análise|Coluna|Publicado|Publicada)\s+(?:(?:originalmente\s+)?publicad[oa]\s+)?(?:originalmente\s+)?(?:d[aoe]|n[oa]|em|pel[oa])\s+${PROPER_NAME},?\s+(?:e\s+)?(?:reproduzid[oa]|republicad[oa]|replicad[oa])\s+(?:aqui\s+)?(?:mediante|sob|com\s+base\s+n[ao]|conforme|por\s+meio\s+d[ae]|nos\s+termos\s+d[ae])\s+(?:a\s+|uma\s+)?licen[çc]a`),
    matches: ['Reportagem da Agência Pública, reproduzida mediante licença Creative Commons CC BY-ND 4.0.', 'Texto publicado originalmente no Nexo Jornal e republicado sob licença Creative Commons.'],
    rejects: ['Reportagem de Ana Lima, reproduzida sem autorização por outros sites.', 'O relatório foi reproduzido mediante licença da editora.'],
  },
  // ---- Dutch ----
  {
    id: 'nl.verscheen-eerst',
    language: 'nl',
    kind: 'appeared-first',
    needsForeignLink: false,
    pattern: r(String.raw`\b(?:Het\s+bericht|De\s+post|Het\s+artikel)\s+${TITLE}\s+verscheen\s+(?:eerst|als\s+eerste)\s+op\s+${NAME}${END}`),
    matches: ['Het bericht Lockdown LaserShow Forum Groningen verscheen eerst op JouwStad | Groningen.', 'De post Tien tips voor je moestuin verscheen eerst op Tuinblog.'],
    rejects: ['De zon verscheen eerst op het strand.', 'Het bericht verscheen eerst in de krant en later online, zei de woordvoerder.'],
  },
  {
    id: 'nl.oorspronkelijk-gepubliceerd',
    language: 'nl',
    kind: 'originally-published',
    needsForeignLink: true,
    pattern: rc(String.raw`\b(?:(?:Dit|Het)\s+(?:artikel|stuk|bericht|verhaal|interview)\s+(?:verscheen|is|werd)\s+(?:eerder|oorspronkelijk|eerst)\s+(?:gepubliceerd\s+|verschenen\s+)?|(?:^|\n)\W{0,3}(?:Oorspronkelijk|Eerder|Eerst)\s+(?:gepubliceerd|verschenen))\s*(?:op|in|bij)\s+(?:(?:onze|ons|de|het)\s+(?:media|samenwerkings|nieuws|content)?partner\s+|(?:onze|de)\s+(?:zusterkrant|zustertitel|collega['’]s\s+(?:van|bij))\s+)?${PROPER_NAME}(?:${END}|(?=,\s))`),
    matches: ['Dit artikel verscheen eerder op De Correspondent.', 'Oorspronkelijk gepubliceerd op Follow the Money', 'Eerder verschenen bij onze partner Follow the Money', 'Dit stuk verscheen eerder in De Groene Amsterdammer, het opinieweekblad.'],
    rejects: ['Het rapport werd eerder gepubliceerd in 2019 en zorgde voor ophef in de Kamer.', 'Eerder verschenen in onze krant: de serie over de haven.'],
  },
  // ---- Swedish ----
  {
    id: 'sv.dok-forst-upp',
    language: 'sv',
    kind: 'appeared-first',
    needsForeignLink: false,
    pattern: r(String.raw`\bInlägget\s+${TITLE}\s+dök\s+först\s+upp\s+(?:på|hos|i)\s+${NAME}${END}`),
    matches: ['Inlägget Fredagsmys med match på Parken dök först upp på IFK Norrköping .', 'Inlägget Jinx?! dök först upp på Arga Klara'],
    rejects: ['Regular Expressions dök först upp på 1950-talet.', 'Inlägget har redigerats.'],
  },
  {
    id: 'sv.publicerades-forst',
    language: 'sv',
    kind: 'originally-published',
    needsForeignLink: true,
    pattern: rc(String.raw`\b(?:(?:Artikeln|Texten|Krönikan|Inlägget)\s+(?:publicerades|har\s+tidigare\s+publicerats|är\s+tidigare\s+publicerad)\s+(?:först|ursprungligen)?\s*|(?:^|\n)\W{0,3}(?:Publicerades\s+först|Tidigare\s+publicerad|Ursprungligen\s+publicerad)\s+)(?:i|på|hos)\s+${PROPER_NAME}${END}`),
    matches: ['Artikeln publicerades först i Dagens Nyheter.', 'Texten har tidigare publicerats på Kvartal.'],
    rejects: ['Artikeln publicerades först i en annan form.'],
  },
  // ---- Norwegian ----
  {
    id: 'no.dukket-forst-opp',
    language: 'no',
    kind: 'appeared-first',
    needsForeignLink: false,
    pattern: r(String.raw`\bInnlegget\s+${TITLE}\s+dukket\s+først\s+opp\s+(?:på|hos|i)\s+${NAME}${END}`),
    matches: ['Innlegget Slik lykkes du med surdeig dukket først opp på Matbloggen.'],
    rejects: ['Ideen bak festivalen dukket først opp på en bandøving i 2014.'],
  },
  {
    id: 'no.forst-publisert',
    language: 'no',
    kind: 'originally-published',
    needsForeignLink: true,
    pattern: rc(String.raw`\b(?:(?:Artikkelen|Saken|Teksten|Innlegget|Kronikken|Denne\s+(?:artikkelen|saken|teksten|kronikken))\s+(?:ble|vart|er)\s+(?:først|opprinnelig|tidligare|tidligere)\s+(?:publisert|publisert\s+først|trykket|trykt)|(?:^|\n)\W{0,3}(?:Først\s+publisert|Opprinnelig\s+publisert|Publisert\s+først))\s+(?:i|på|hos)\s+(?!\d{4}\b)${PROPER_NAME}${END}`),
    matches: ['Artikkelen ble først publisert i Aftenposten.', 'Denne kronikken ble opprinnelig publisert på Khrono.'],
    rejects: ['Rapporten ble først publisert i 2019.', 'Saken ble opprinnelig publisert i 2021, men er oppdatert med nye tall.'],
  },
  // ---- Danish ----
  {
    id: 'da.vist-forst',
    language: 'da',
    kind: 'appeared-first',
    needsForeignLink: false,
    pattern: r(String.raw`\bIndlægget\s+${TITLE}\s+(?:blev\s+(?:først\s+)?(?:vist|bragt|offentliggjort)\s+(?:først\s+)?|dukkede\s+først\s+op|optrådte\s+først|blev\s+først\s+publiceret)\s*(?:på|hos|i)\s+${NAME}${END}`),
    matches: ['Indlægget Sådan passer du din have om vinteren blev vist først på Haveliv.', 'Indlægget Fem gode bøger til sommeren dukkede først op på Bogbloggen.'],
    rejects: ['Indlægget findes ikke længere på siden.'],
  },
  {
    id: 'da.forst-bragt',
    language: 'da',
    kind: 'originally-published',
    needsForeignLink: true,
    pattern: rc(String.raw`\b(?:(?:Artiklen|Teksten|Indlægget|Kronikken|Denne\s+(?:artikel|tekst|kronik))\s+(?:blev|er)\s+(?:først|oprindeligt|oprindelig|tidligere)\s+(?:bragt|publiceret|offentliggjort|trykt)|(?:^|\n)\W{0,3}(?:Først\s+bragt|Oprindeligt\s+(?:bragt|publiceret)))\s+(?:i|på|hos)\s+${PROPER_NAME}${END}`),
    matches: ['Artiklen blev først bragt i Information.', 'Denne kronik er oprindeligt publiceret på Altinget.'],
    rejects: ['Rapporten blev først offentliggjort i 2019.'],
  },
  // ---- Polish ----
  {
    id: 'pl.pojawil-sie-pierwszy',
    language: 'pl',
    kind: 'appeared-first',
    needsForeignLink: false,
    pattern: rc(String.raw`(?:^|\n)\W{0,3}(?:Wpis|Artykuł|Post)\s+${TITLE}\s+(?:pojawił\s+się\s+po\s?raz\s+pierwszy|pochodzi\s+z\s+serwisu)\s+(?:w|na|z)?\s*${PROPER_NAME}${END}`),
    matches: ['Wpis Jak wybrać rower miejski pojawił się poraz pierwszy w Blog Rowerowy.', 'Artykuł Nowe przepisy drogowe od lipca pochodzi z serwisu Moto Portal.'],
    rejects: ['Mapa na stronie kontaktowej pochodzi z serwisu OpenStreetMap.', 'Artykuł 5 ustawy pojawił się po raz pierwszy w projekcie z 2019 roku, ale potem go usunięto z tekstu.'],
  },
  {
    id: 'pl.ukazal-sie-pierwotnie',
    language: 'pl',
    kind: 'originally-published',
    needsForeignLink: true,
    pattern: rc(String.raw`\b(?:(?:Ten|Niniejszy)\s+(?:artykuł|tekst|materiał|wpis)\s+(?:ukazał\s+się|został\s+opublikowany|pochodzi\s+z\s+serwisu)|(?:Artykuł|Tekst|Materiał)\s+(?:ukazał\s+się|został\s+opublikowany)\s+(?:pierwotnie|pierwszy\s+raz|po\s+raz\s+pierwszy|oryginalnie))\s*(?:pierwotnie\s+|oryginalnie\s+)?(?:w|na)?\s+${PROPER_NAME}${END}`),
    matches: ['Artykuł ukazał się pierwotnie w Tygodniku Powszechnym.', 'Ten tekst pochodzi z serwisu Sestry.eu'],
    rejects: ['Raport ukazał się pierwotnie w 2019 roku.'],
  },
  // ---- Japanese ----
  {
    id: 'ja.saisho-ni-hyoji',
    language: 'ja',
    kind: 'appeared-first',
    needsForeignLink: false,
    pattern: r(String.raw`投稿\s*${TITLE}\s*は\s*(?<publisher>[^\n]{1,60}?)\s*に最初に表示されました`),
    matches: ['投稿 「iPhone 16 Pro」と「iPhone 16 Pro Max」の両モデルが光学5倍ズームを搭載か は ネタフル に最初に表示されました。'],
    rejects: ['最初に表示されました'],
  },
  {
    id: 'ja.tensai',
    language: 'ja',
    kind: 'republished-from',
    needsForeignLink: false,
    pattern: r(String.raw`(?:(?:この|本)\s*(?:記事|コンテンツ|投稿)は\s*[、,]?\s*|(?:^|\n)\s*※\s*(?:(?:この|本)\s*(?:記事|コンテンツ)は\s*)?)(?<publisher>[^\n。※]{1,60}?)\s*(?:から|より)(?:の)?(?:転載|再掲)`),
    matches: ['この記事は「東洋経済オンライン」からの転載です。', '※本記事はITmedia NEWSより転載しています'],
    rejects: ['無断転載を禁じます。', '記事の無断転載・複製を禁じます'],
  },
  {
    id: 'ja.saisho-ni-keisai',
    language: 'ja',
    kind: 'originally-published',
    needsForeignLink: true,
    pattern: r(String.raw`(?:この|本)\s*(?:記事|コンテンツ|投稿)は\s*[、,]?\s*(?<publisher>[^\n。]{1,60}?)\s*(?:に|で)\s*(?:[\d０-９]{4}\s*年\s*[\d０-９]{1,2}\s*月\s*[\d０-９]{1,2}\s*日\s*(?:付\s*)?(?:で|に)?\s*)?(?:最初に|初めて|初出)?(?:掲載|公開|配信)された(?:もの|記事)(?:です|を[^\n。]{0,20})`),
    // "…に2026年1月19日付で掲載された記事を、許諾を得て転載": the date is not part of the outlet's name.
    matches: ['この記事は日経ビジネス電子版に掲載されたものです。', '本記事は、東洋経済オンラインに2026年1月19日付で掲載された記事を、許諾を得て転載したものです。'],
    rejects: ['この記事は2023年に公開されました。'],
  },
  // ---- Chinese ----
  {
    id: 'zh.zhuanzai-zi',
    language: 'zh',
    kind: 'republished-from',
    needsForeignLink: false,
    pattern: r(String.raw`(?:(?:本文|文章|原文|此文|本篇)?(?:转载自|轉載自|转自|轉自)|(?:本文|文章|本篇)(?:首发于|首發於|最早发表于|最早發表於|原载于|原載於))\s*[:：]?\s*(?<publisher>[^\n，。,;；]{1,60})`),
    matches: ['本文转载自微信公众号“科技日报”', '本文首发于虎嗅网'],
    rejects: ['转载请注明出处', '未经授权，禁止转载。', '数据来源于国家统计局。'],
  },
  {
    id: 'zh.zui-xian-chu-xian',
    language: 'zh',
    kind: 'appeared-first',
    needsForeignLink: false,
    pattern: r(String.raw`(?:^|\n)\W{0,3}(?:文章|帖子|這篇文章|这篇文章)\s*${TITLE}\s*(?:最先|首先|首次|最早)(?:出现在|出現在|出現於|出现于|發表於|发表于)\s*(?<publisher>[^\n。]{1,60}?)\s*上?\s*[。.]?\s*(?=\n|$)`),
    matches: ['文章 如何构建服务器渲染的React应用 最先出现在 LogRocket 博客。'],
    rejects: ['DNF首先出现在 Fedora 18 这个发行版中。', '使用块的想法首先出现在牛津大学的VGG网络中。'],
  },
  // ---- Korean ----
  {
    id: 'ko.cheoeum-gejae',
    language: 'ko',
    kind: 'originally-published',
    needsForeignLink: true,
    pattern: r(String.raw`(?:이|본)\s*(?:글|기사|게시물|칼럼)(?:은|는)\s*(?<publisher>[^\n.。]{1,60}?)(?:에|에서)\s*(?:처음|먼저|최초로?)\s*(?:게재|게시|발행|공개|실린)`),
    matches: ['이 글은 브런치에 처음 게재되었습니다.', '본 기사는 한겨레21에 먼저 실린 기사입니다.'],
    rejects: ['아나키즘은 19세기 중반에 처음 등장했습니다.'],
  },
];
