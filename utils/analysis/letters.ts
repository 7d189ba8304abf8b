/**
 * Letter classes for the patterns the content script runs, as bodies of a character class ([${LETTER}]),
 * without the 'u' flag.
 *
 * \p{L}, \p{Lu} and \p{Ll} need 'u', and V8 compiles every use of one into tables for all of Unicode: a
 * few tenths of a millisecond each, several milliseconds for a pattern with a handful of them or with 'iu'.
 * The content script compiles its patterns again in every new site's process and after major garbage
 * collections, so that cost lands on pages people open (`npm run bench:perf -- --new-sites` measures it).
 * These classes cover the letters names and notices are written in — Latin with its European and
 * Vietnamese extensions, Greek, Cyrillic, Armenian, and the caseless Hebrew, Arabic, Devanagari, Thai,
 * kana, CJK and Hangul — as plain ranges, which compile in microseconds. Where every script must count
 * (name keys, title words, "has a letter"), the helpers keep \p{…} for text that is not ASCII (isAscii).
 * The phrase rules, compiled once in the background, keep \p{…}. tests/core/letters.test.ts holds each
 * class to its Unicode property.
 */

/**
 * Capital letters: Latin (Latin-1, Extended-A, Romanian Ș Ț, Vietnamese, the hooked Ɓ Ɗ and Ə of West
 * African and Azerbaijani names), Greek, Cyrillic, Armenian.
 */
export const UPPER =
  'A-Z\u00C0-\u00D6\u00D8-\u00DE' +
  'ĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĲĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ\u0218\u021A' +
  'ƠƯƁƊƏ' +
  'ẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ' +
  '\u0386\u0388-\u038A\u038C\u038E\u038F\u0391-\u03A1\u03A3-\u03AB' +
  '\u0400-\u042F\u0531-\u0556';

/** Small letters of the same scripts (and the IPA block, where ɓ ɗ ə live). */
export const LOWER =
  'a-z\u00B5\u00DF-\u00F6\u00F8-\u00FF' +
  'āăąćĉċčďđēĕėęěĝğġģĥħĩīĭįıĳĵķĸĺļľŀłńņňŉŋōŏőœŕŗřśŝşšţťŧũūŭůűųŵŷźżžſ\u0219\u021B' +
  'ơư\u0250-\u0293\u0296-\u02AF' +
  'ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ' +
  '\u0390\u03AC-\u03CE' +
  '\u0430-\u045F\u0560-\u0588';

/**
 * A letter of Latin (Extended-B, IPA and Vietnamese included), Greek, Cyrillic or Armenian in either case,
 * as a few wide ranges: cheap to compile also with the 'i' flag, which closes every range of a class under case.
 */
export const CASED = 'A-Za-z\u00B5\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u0293\u0295-\u02AF\u1E00-\u1EFF\u0386\u0388-\u038A\u038C\u038E-\u03A1\u03A3-\u03F5\u03F7-\u0481\u048A-\u04FF\u0531-\u0556\u0560-\u0588';

/**
 * Any letter: those of CASED, the modifier letters of names such as Kaʻiulani, the letters of Hebrew, Arabic,
 * Devanagari and Thai, kana (without the "・" that joins Japanese names), CJK ideographs, and Hangul as
 * syllables and as the jamo NFKD takes them apart into.
 */
export const LETTER = `${CASED}\u02B0-\u02C1\u02C6-\u02D1\u02E0-\u02E4\u02EC\u02EE\u05D0-\u05EA\u0620-\u064A\u0904-\u0939\u0E01-\u0E30\u0E32\u0E33\u0E40-\u0E46\u3041-\u3096\u309D-\u309F\u30A1-\u30FA\u30FC-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\u1100-\u11FF\uAC00-\uD7A3`;

/** A letter or a digit (the classes above and 0-9). */
export const ALNUM = `${LETTER}0-9`;

/**
 * True when every character is ASCII. Helpers that must keep \p{…}'s exact meaning for every script
 * (wordsOf, "has a letter") take a plain ASCII path first, the common case, and compile the Unicode
 * pattern only for text that needs it.
 */
export function isAscii(text: string): boolean {
  return ASCII_ONLY.test(text);
}
const ASCII_ONLY = /^[\x00-\x7f]*$/;

/** The text's words, lower-cased: runs of letters and digits of any script (\p{L}, \p{N}). */
export function wordsOf(text: string): string[] {
  const lower = text.toLowerCase();
  return lower.split(isAscii(lower) ? /[^a-z0-9]+/ : /[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
}
