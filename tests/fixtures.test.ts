// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { checkReport, loadFixtures } from '../bench/lib/fixtures';
import { analyzeHtml } from './helpers';

/**
 * Every page in tests/fixtures/<slug>/ through the core, checked against its expected.json
 * (format: tests/fixtures/README.md). The expectations are the specification: when one fails,
 * fix the analyzer, not the expectation.
 */
const fixtures = loadFixtures();

describe('fixtures', () => {
  it('has a corpus to check', () => {
    expect(fixtures.length).toBeGreaterThan(0);
  });

  for (const fixture of fixtures) {
    it(`${fixture.slug}: ${fixture.description}`, () => {
      const report = analyzeHtml(fixture.html, fixture.url);
      const problems = checkReport(fixture.expect, report);
      expect(problems, `${fixture.slug} (${fixture.url})\n  ${problems.join('\n  ')}`).toEqual([]);
    });
  }
});
