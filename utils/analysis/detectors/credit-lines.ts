import { siteNameKeys } from '../bylines';
import type { Detector } from '../detector';
import { compactKey, splitNames } from '../names';
import { CREDIT_LINE, roleOfVerb } from '../rules/credit-lines';
import { evidenceAt } from '../text-evidence';

/** Credit lines are short; a longer line is prose that happens to say "written by". */
const MAX_CREDIT_LINE = 200;

/** "Written by X", "Engineered by X, Edited by Y", "(Reporting by X; Editing by Y)", "Image by X via Y". */
export const creditLines: Detector = {
  id: 'credit-lines',
  detect(page, findings) {
    const { text } = page.text;
    const pattern = new RegExp(CREDIT_LINE.source, CREDIT_LINE.flags);
    let count = 0;
    let siteNames: Set<string> | undefined;
    for (let m = pattern.exec(text); m && count < 40; m = pattern.exec(text)) {
      const verb = m.groups?.verb ?? '';
      const names = m.groups?.names ?? '';
      const start = m.index + m[0].indexOf(verb);
      const evidence = evidenceAt(page, start, m.index + m[0].length);
      if (evidence.line.trim().length > MAX_CREDIT_LINE) continue;
      if (evidence.region.comments || evidence.region.navigation || evidence.region.quoted) continue;
      count++;
      const role = roleOfVerb(verb);
      for (const name of splitNames(names)) {
        // "Written by <the site's own name>" credits no one (as in the byline, bylines.ts).
        siteNames ??= siteNameKeys(page.metadata);
        if (role === 'author' && siteNames.has(compactKey(name))) continue;
        findings.credits.push({ name, role, source: 'credit-line', text: evidence.quote, offset: start });
      }
    }
  },
};
