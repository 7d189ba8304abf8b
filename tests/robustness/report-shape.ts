import type { ProvenanceReport } from '../../utils/analysis/types';

/**
 * A runtime check of the report contract (utils/analysis/types.ts): every field present with
 * the right type, every republication URL absolute http(s), the verdict consistent with the
 * disclosures. Returns the problems found, [] for a valid report.
 */

const VERDICTS = ['ai-generated', 'ai-assisted', 'ai-media', 'no-disclosure', 'not-article'];
const ROLES = ['author', 'editor', 'ai-system', 'contributor', 'image'];
const SOURCES = ['credit-line', 'byline', 'json-ld', 'meta-author', 'article-author', 'rel-author', 'ai-notice'];
const LEVELS = ['generated', 'assisted', 'media'];
const SCOPES = ['article', 'summary', 'translation', 'image', 'audio', 'video', 'part'];
const KINDS = ['notice', 'structured', 'ai-byline', 'caption'];
const SIGNAL_KINDS = [
  'originally-published', 'appeared-first', 'republished-from', 'provided-by', 'syndicated-feed', 'wire-agency',
  'canonical', 'og-url', 'syndication-source', 'is-based-on',
];
const WARNING_KINDS = ['republished-copy', 'ai-content-republished', 'notice-far-from-byline', 'byline-contradicts-notice', 'ai-leftover'];
/** The UI refuses longer paths and more of them (utils/extension/messages.ts). */
const MAX_PATH_LENGTH = 500;
const MAX_PATHS = 50;

type Obj = Record<string, unknown>;

export function reportProblems(report: unknown): string[] {
  const problems: string[] = [];
  const fail = (what: string) => problems.push(what);
  const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
  const str = (o: Obj, key: string, where: string) => typeof o[key] === 'string' || fail(`${where}.${key} is not a string`);
  const strOrNull = (o: Obj, key: string, where: string) => o[key] === null || typeof o[key] === 'string' || fail(`${where}.${key} is not a string or null`);
  const bool = (o: Obj, key: string, where: string) => typeof o[key] === 'boolean' || fail(`${where}.${key} is not a boolean`);
  const oneOf = (o: Obj, key: string, values: string[], where: string) => values.includes(o[key] as string) || fail(`${where}.${key} = ${String(o[key])} is not one of ${values.join('|')}`);
  const list = (o: Obj, key: string, where: string): unknown[] => {
    const v = o[key];
    if (Array.isArray(v)) return v;
    fail(`${where}.${key} is not an array`);
    return [];
  };
  const objects = (o: Obj, key: string, where: string): Obj[] =>
    list(o, key, where).filter((item, i) => {
      if (isObj(item)) return true;
      fail(`${where}.${key}[${i}] is not an object`);
      return false;
    }) as Obj[];
  const location = (o: Obj, where: string) => {
    const loc = o.location;
    if (loc === null) return;
    if (!isObj(loc)) {
      fail(`${where}.location is not an object or null`);
      return;
    }
    const paths = list(loc, 'paths', `${where}.location`);
    if (paths.length > MAX_PATHS) fail(`${where}.location has ${paths.length} paths`);
    for (const path of paths) {
      if (!Array.isArray(path) || path.length > MAX_PATH_LENGTH || !path.every((i) => Number.isInteger(i) && i >= 0)) fail(`${where}.location.paths holds a bad path`);
    }
    const position = loc.position;
    if (typeof position !== 'number' || !(position >= 0 && position <= 1)) fail(`${where}.location.position = ${String(position)}`);
  };
  const httpOrNull = (o: Obj, key: string, where: string) => {
    const v = o[key];
    if (v === null) return;
    if (typeof v !== 'string') fail(`${where}.${key} is not a string or null`);
    else if (!isAbsoluteHttpUrl(v)) fail(`${where}.${key} = ${v} is not an absolute http(s) URL`);
  };

  if (!isObj(report)) return ['the report is not an object'];
  const r = report;
  str(r, 'url', 'report');
  bool(r, 'isArticle', 'report');
  for (const key of ['title', 'siteName', 'lang', 'publishedTime']) strOrNull(r, key, 'report');
  oneOf(r, 'verdict', VERDICTS, 'report');
  bool(r, 'incomplete', 'report');

  objects(r, 'credits', 'report').forEach((c, i) => {
    const w = `credits[${i}]`;
    str(c, 'name', w);
    oneOf(c, 'role', ROLES, w);
    oneOf(c, 'source', SOURCES, w);
    const sources = list(c, 'sources', w);
    if (!sources.every((s) => SOURCES.includes(s as string))) fail(`${w}.sources holds an unknown source`);
    bool(c, 'isAI', w);
    strOrNull(c, 'publisher', w);
  });
  const disclosures = objects(r, 'aiDisclosures', 'report');
  disclosures.forEach((d, i) => {
    const w = `aiDisclosures[${i}]`;
    oneOf(d, 'level', LEVELS, w);
    oneOf(d, 'scope', SCOPES, w);
    oneOf(d, 'kind', KINDS, w);
    for (const key of ['system', 'model', 'reviewedBy']) strOrNull(d, key, w);
    bool(d, 'humanReviewed', w);
    for (const key of ['text', 'rule', 'language']) str(d, key, w);
    location(d, w);
  });
  objects(r, 'aiLeftovers', 'report').forEach((l, i) => {
    str(l, 'text', `aiLeftovers[${i}]`);
    str(l, 'rule', `aiLeftovers[${i}]`);
    location(l, `aiLeftovers[${i}]`);
  });
  objects(r, 'humanDeclarations', 'report').forEach((h, i) => {
    str(h, 'text', `humanDeclarations[${i}]`);
    str(h, 'source', `humanDeclarations[${i}]`);
  });
  const rep = r.republication;
  if (!isObj(rep)) fail('report.republication is not an object');
  else {
    bool(rep, 'isRepublished', 'republication');
    httpOrNull(rep, 'originalUrl', 'republication');
    strOrNull(rep, 'originalPublisher', 'republication');
    const signals = objects(rep, 'signals', 'republication');
    signals.forEach((s, i) => {
      const w = `republication.signals[${i}]`;
      oneOf(s, 'kind', SIGNAL_KINDS, w);
      str(s, 'text', w);
      httpOrNull(s, 'url', w);
      strOrNull(s, 'publisher', w);
      location(s, w);
    });
    if (rep.isRepublished !== signals.length > 0) fail('republication.isRepublished disagrees with its signals');
    if (rep.originalUrl !== null && !signals.some((s) => s.url === rep.originalUrl)) fail('republication.originalUrl comes from no signal');
  }
  objects(r, 'warnings', 'report').forEach((w, i) => {
    oneOf(w, 'kind', WARNING_KINDS, `warnings[${i}]`);
    str(w, 'message', `warnings[${i}]`);
  });
  objects(r, 'errors', 'report').forEach((e, i) => {
    str(e, 'detector', `errors[${i}]`);
    str(e, 'message', `errors[${i}]`);
  });
  const t = r.timings;
  if (!isObj(t)) fail('report.timings is not an object');
  else {
    for (const key of ['totalMs', 'pausedMs', 'readabilityMs', 'textIndexMs']) if (!(typeof t[key] === 'number' && Number.isFinite(t[key]) && (t[key] as number) >= 0)) fail(`timings.${key} = ${String(t[key])}`);
    const per = t.detectorsMs;
    if (!isObj(per) || !Object.values(per).every((v) => typeof v === 'number' && Number.isFinite(v))) fail('timings.detectorsMs is not a map of numbers');
  }

  // The verdict follows from the disclosures, and only articles get one.
  const expected = r.isArticle !== true ? 'not-article' : verdictOf(disclosures.map((d) => d.level));
  if (r.verdict !== expected) fail(`verdict ${String(r.verdict)} but the disclosures say ${expected}`);
  if (r.isArticle !== true && disclosures.length > 0) fail('a page that is not an article has disclosures');
  // And it is plain data: it survives JSON as it is.
  try {
    if (JSON.stringify(JSON.parse(JSON.stringify(report))) !== JSON.stringify(report)) fail('the report does not round-trip through JSON');
  } catch (error) {
    fail(`the report is not JSON: ${String(error)}`);
  }
  return problems;
}

function verdictOf(levels: unknown[]): string {
  if (levels.includes('generated')) return 'ai-generated';
  if (levels.includes('assisted')) return 'ai-assisted';
  if (levels.includes('media')) return 'ai-media';
  return 'no-disclosure';
}

export function isAbsoluteHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '' && url.href === value;
  } catch {
    return false;
  }
}

/** Every URL-valued field of the report (originalUrl and each signal's url). */
export function reportUrls(report: ProvenanceReport): string[] {
  const urls = report.republication.signals.map((s) => s.url);
  urls.push(report.republication.originalUrl);
  return urls.filter((u): u is string => u !== null);
}
