// The built bundles: the e2e test hook exists only in `--mode e2e` builds, and no build asks for more than it needs.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import zlib from 'node:zlib';

const HOOK = /e2e-open-popup/;

function filesUnder(dir) {
  return fs.readdirSync(dir, { recursive: true }).map((f) => path.join(dir, f)).filter((f) => f.endsWith('.js'));
}

for (const dir of ['.output/chrome-mv3', '.output/firefox-mv2']) {
  test(`${dir}: production bundles carry no test hook`, () => {
    const files = filesUnder(dir);
    assert.ok(files.length > 0, `build first: ${dir}`);
    for (const file of files) assert.doesNotMatch(fs.readFileSync(file, 'utf8'), HOOK, file);
  });
  test(`${dir}: permissions are exactly "storage"; page access only through the content script's http(s) matches`, () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
    assert.deepEqual(manifest.permissions, ['storage']);
    assert.equal(manifest.host_permissions, undefined);
    assert.equal(manifest.web_accessible_resources, undefined);
    assert.deepEqual(manifest.content_scripts.map((c) => c.matches), [['http://*/*', 'https://*/*']]);
  });
  test(`${dir}: "Check the original" can only ask for sites at run time (optional), never at install`, () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
    const optional = dir.includes('firefox') ? manifest.optional_permissions : manifest.optional_host_permissions;
    assert.deepEqual(optional, ['http://*/*', 'https://*/*']);
    assert.ok(!JSON.stringify(manifest.permissions).includes('127.0.0.2'), 'the e2e host stays out of production');
  });
}

for (const dir of ['.output/chrome-mv3-e2e', '.output/firefox-mv2-e2e']) {
  test(`${dir}: the e2e build holds only the test's original site up front (a headless browser cannot answer the prompt)`, () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
    if (dir.includes('firefox')) assert.deepEqual(manifest.permissions, ['storage', 'http://127.0.0.2/*']);
    else assert.deepEqual([manifest.permissions, manifest.host_permissions], [['storage'], ['http://127.0.0.2/*']]);
  });
}

for (const dir of ['.output/chrome-mv3-e2e', '.output/firefox-mv2-e2e']) {
  test(`${dir}: the e2e build has the hook (so the check above can fail)`, () => {
    const content = fs.readFileSync(path.join(dir, 'content-scripts/content.js'), 'utf8');
    assert.match(content, HOOK);
  });
}

test('the background carries every phrase rule but none of their examples (test data, dropped at build); the content script none', () => {
  const background = fs.readFileSync('.output/chrome-mv3/background.js', 'utf8');
  const content = fs.readFileSync('.output/chrome-mv3/content-scripts/content.js', 'utf8');
  // Detectors may name a rule ("en.generated-by-credit" looks for the name on the next line).
  const detectors = fs.readdirSync('utils/analysis/detectors').map((f) => fs.readFileSync(`utils/analysis/detectors/${f}`, 'utf8')).join('\n');
  for (const file of ['ai-notices', 'republication', 'chatbot-leftovers']) {
    const source = fs.readFileSync(`utils/analysis/rules/${file}.ts`, 'utf8');
    const ids = [...source.matchAll(/^\s+id: '([^']+)',$/gm)].map((m) => m[1]);
    const blocks = [...source.matchAll(/\b(?:matches|rejects): \[([\s\S]*?)\],?\n/g)].map((m) => m[1]);
    const examples = blocks.flatMap((block) => [...block.matchAll(/(['"])([^'"\\\n]{30,})\1/g)].map((m) => m[2]));
    assert.ok(ids.length > 10 && examples.length > 10, `read the rules of ${file}`);
    for (const id of ids) assert.ok(background.includes(`"${id}"`), `rule ${id} is in the background`);
    // The content script sends the lines near trigger words; the background matches the rules (phrase-matching.ts).
    for (const id of ids) assert.ok(detectors.includes(`'${id}'`) || !content.includes(`"${id}"`), `rule ${id} is in the content script`);
    for (const example of examples) assert.ok(!background.includes(example) && !content.includes(example), `example left in a bundle: ${example}`);
  }
});

test('the content script stays within 60 kB gzipped (it loads on every page)', (t) => {
  const raw = fs.readFileSync('.output/chrome-mv3/content-scripts/content.js');
  const gz = zlib.gzipSync(raw, { level: 9 }).length;
  t.diagnostic(`content.js: ${(raw.length / 1024).toFixed(1)} kB raw, ${(gz / 1024).toFixed(1)} kB gzip`);
  assert.ok(gz <= 60 * 1024, `content.js is ${(gz / 1024).toFixed(1)} kB gzipped`);
});
