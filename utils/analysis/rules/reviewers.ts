import { LETTER, UPPER } from '../letters';

/**
 * "edited by Navdeep Yadav", "reviewed by Jane Doe", "redigiert von …": the person an AI notice
 * names as reviewer. Names are capitalised words on one line, so "by our editors" and "by Benzinga
 * editors" name no one.
 */
export const REVIEWER = new RegExp(
  String.raw`(?:[Ee]dited|[Rr]eviewed|[Ff]act[- ][Cc]hecked|[Cc]hecked|[Vv]erified|[Oo]verseen|[Ss]upervised|[Cc]urated|redigiert|geprüft|überprüft|bearbeitet|relu|vérifiée?|éditée?|révisée?|revisad[oa]|editad[oa]|verificad[oa]|redigert|redigeret|granska(?:d|t|ts)|redigera(?:d|t|ts)|faktagranska(?:d|t|ts)|kvalitetssikret|gjennomgått|gennemgået|tjekket|gecontroleerd|geredigeerd|sprawdzon[yaoe]|zredagowan[yaoe]|rivist[oa]|revisionat[oa]|verificat[oa])(?:\s*,?\s*(?:and|&|und|et|y|e|og|och|en|i)\s+[${LETTER}-]+)*(?:\s+for\s+(?:clarity|accuracy|length|style|grammar)(?:\s+and\s+(?:clarity|accuracy|length|style|grammar))?)?\s+(?:by|von|par|por|pel[ao]|da|af|av|door|przez)\s*:?\s+(?:(?:(?:[Ss]enior|[Mm]anaging|[Dd]eputy|[Cc]hief|[Nn]ews|[Cc]opy|[Ss]taff)[ \t]+)?(?:[Ee]ditor[ae]?|[Rr]edaktör(?:en)?|[Jj]ornalista|[Gg]iornalista|[Pp]eriodista|[Rr]edakteur(?:in)?|[Jj]ournalist(?:e|in)?)[ \t]+)?(?<name>(?!(?:Our|The|An?|Its|Their|Unsere?[mnrs]?|Der|Die|Notre|Nos|Le|La|Les|Nuestro|Nuestra|El|Los|Las)\b)[${UPPER}][${LETTER}'’-]*(?:\.(?=[ \t]+[${UPPER}]))?(?:[ \t]+(?:(?:van|von|de|der|da|di|del|la|le|bin|al)[ \t]+)?[${UPPER}][${LETTER}'’-]*(?:\.(?=[ \t]+[${UPPER}]))?){0,3})(?![${LETTER}'’-])(?![ \t]*(?:editors?|staff|team|desk|newsroom|journalists?|reporters?|Redaktion|rédaction|redacción)\b)`,
);

/** Japanese: "編集部の山田太郎が内容を確認しました" (the desk's Taro Yamada checked it). */
export const REVIEWER_JA = /(?:編集部|編集者|編集長|デスク|記者)の\s*(?<name>[\u4e00-\u9fff\u3005]{2,8})\s*(?:氏|さん)?が[^\n。]{0,8}?(?:確認|監修|校閲|チェック|編集)/;

/**
 * Chinese, Japanese and Korean write words without spaces between them, so the edges the other
 * languages' words need are not there: "編集部が確認しました", "经编辑审核后发布", "편집자가 검토했습니다".
 */
const CJK_REVIEW = '(?:確認|監修|校閲|审核|審核|审阅|審閱|核实|核實|검토|감수)';

/** The notice says people looked at it, named or not. */
export const HUMAN_REVIEW = new RegExp(
  `(?<![${LETTER}])(?:edited|reviewed|fact[- ]checked|checked|verified|overseen|supervised|curated|redigiert|geprüft|überprüft|redaktionell|kontrolliert|relu|vérifiée?|éditée?|révisée?|revisad[oa]|editad[oa]|verificad[oa]|supervisad[oa]|rivist[oa]|verificat[oa]|gecontroleerd|granska(?:d|t|ts)|redigera(?:d|t|ts)|redigert|redigeret|kvalitetssikret|sprawdzon[yaoe])(?![${LETTER}])|${CJK_REVIEW}`,
  'i',
);

/** Examples the rule tests run. */
export const REVIEWER_EXAMPLES: Array<[string, string | null]> = [
  ['Engineered by Benzinga Neuro, Edited by\n\nNavdeep Yadav\nThe GPT-4-based', 'Navdeep Yadav'],
  ['written with the help of GPT-4o and reviewed by Jane Doe.', 'Jane Doe'],
  ['reviewed and published by Benzinga editors.', null],
  ['edited and fact-checked by an editor on our editorial staff.', null],
  ['geprüft von Anna M. Schmidt', 'Anna M. Schmidt'],
  ['escrita por inteligência artificial e revisada pela editora Juliana Prado.', 'Juliana Prado'],
  ['rédigé par une intelligence artificielle puis vérifié par Camille Roussel, journaliste.', 'Camille Roussel'],
  ['Résumé généré par IA, vérifié par la rédaction.', null],
  ['translated into English with the help of DeepL. It was edited for clarity by Sarah Kim.', 'Sarah Kim'],
  ['checked for accuracy by a MoneyHarbor editor.', null],
  ['Den har granskats och redigerats av Lina Berg.', 'Lina Berg'],
  ['then reviewed, rewritten where needed and fact-checked by senior editor Paul Ridley.', 'Paul Ridley'],
  ['※この記事は生成AIが執筆し、編集部の山田太郎が内容を確認しました。', '山田太郎'],
];
