// @vitest-environment node
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDocument } from '@/cli/load-document';

const dir = mkdtempSync(path.join(tmpdir(), 'pl-encoding-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let n = 0;
/** A saved page of these bytes; the CLI's reading of its byline. */
async function bylineOf(bytes: Buffer): Promise<string> {
  const file = path.join(dir, `page${n++}.html`);
  writeFileSync(file, bytes);
  const { document } = await loadDocument(file);
  return document.querySelector('.byline')?.textContent ?? '';
}

/** 1.5 KB of head before the <meta charset>, as many saved pages have (scripts, styles, preloads). */
const LONG_HEAD = `<script>${'var analytics = { id: 1 };\n'.repeat(60)}</script>`;
const page = (head: string) => `<!doctype html><html><head>${head}<title>Río</title></head><body><p class="byline">Por José Muñoz y Zoë Ødegård</p></body></html>`;
const NAMES = 'Por José Muñoz y Zoë Ødegård';

describe('saved pages read in the encoding a browser would show them in', () => {
  it('reads UTF-8 declared at the top as UTF-8, and windows-1252 declared at the top as windows-1252', async () => {
    expect(await bylineOf(Buffer.from(page('<meta charset="utf-8">'), 'utf8'))).toBe(NAMES);
    expect(await bylineOf(Buffer.from(page('<meta charset="windows-1252">'), 'latin1'))).toBe(NAMES);
  });

  it('reads UTF-8 as UTF-8 when its <meta charset> comes after the first 1024 bytes', async () => {
    expect(await bylineOf(Buffer.from(page(`${LONG_HEAD}<meta charset="utf-8">`), 'utf8'))).toBe(NAMES);
  });

  it('reads UTF-8 as UTF-8 when the page declares no encoding at all', async () => {
    expect(await bylineOf(Buffer.from(page(''), 'utf8'))).toBe(NAMES);
  });

  it('reads bytes that are not UTF-8 in the encoding a late <meta> declares, else as windows-1252', async () => {
    expect(await bylineOf(Buffer.from(page(''), 'latin1'))).toBe(NAMES);
    expect(await bylineOf(Buffer.from(page(`${LONG_HEAD}<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">`), 'latin1'))).toBe(NAMES);
    const japanese = Buffer.concat([
      Buffer.from(`<!doctype html><html><head>${LONG_HEAD}<meta charset="shift_jis"></head><body><p class="byline">`),
      Buffer.from([0x93, 0xfa, 0x96, 0x7b]), // 日本 in Shift_JIS
      Buffer.from('</p></body></html>'),
    ]);
    expect(await bylineOf(japanese)).toBe('日本');
  });
});
