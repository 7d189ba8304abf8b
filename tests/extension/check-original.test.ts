import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { signature, similarity } from '@/utils/analysis/similarity';
import { mainText } from '@/utils/extension/main-text';
import { isSignatureReply, parsePageToContent, parseSignatureRequest } from '@/utils/extension/messages';
import { checkCacheKey, copySignature, loadCheck, originPattern, saveCheck, type CheckOutcome } from '@/utils/extension/original-check';
import { checkOriginal, decodeHtml, fetchOriginal, readCapped } from '@/utils/extension/original-check-run';
import { analyzeHtml } from '../helpers';
import { COPY_URL, faithfulCopy, ORIGINAL_URL, originalPage, otherArticle, strippedCopy } from './check-original-fixtures';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const sigOf = (html: string) => signature(mainText(parse(html)));
const html = (body: string, init: ResponseInit = {}) =>
  new Response(body, { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, ...init });

afterEach(() => fakeBrowser.reset());

describe('the permission asked for', () => {
  it("is the original's site on any port, http(s) only", () => {
    expect(originPattern(ORIGINAL_URL)).toBe('https://www.benzinga.com/*');
    expect(originPattern('http://127.0.0.2:8123/original/neuro')).toBe('http://127.0.0.2/*');
    expect(originPattern('javascript:alert(1)')).toBeNull();
    expect(originPattern('ftp://example.org/a')).toBeNull();
    expect(originPattern('file:///etc/passwd')).toBeNull();
  });
});

describe('main text', () => {
  it('reads the article body and leaves out navigation, scripts and forms', () => {
    const doc = parse(
      '<body><nav>Home News Sports</nav><article><p>The first paragraph of the story is long enough to count as prose.</p><script>var tracking = 1;</script><p>The second paragraph is also long enough to be part of the article.</p><form><p>Subscribe to our newsletter for more stories like this one.</p></form></article><aside><p>Related: another story that is long enough to look like prose.</p></aside></body>',
    );
    expect(mainText(doc)).toBe(
      'The first paragraph of the story is long enough to count as prose. The second paragraph is also long enough to be part of the article.',
    );
  });

  it('scores a copy and its original as the same article, a different story as not', () => {
    const original = sigOf(originalPage());
    expect(similarity(sigOf(strippedCopy()), original)).toBeGreaterThan(0.6);
    expect(similarity(sigOf(faithfulCopy()), original)).toBeGreaterThan(0.6);
    expect(similarity(sigOf(otherArticle()), original)).toBeLessThan(0.1);
  });
});

describe('messages for the copy signature', () => {
  it('are their own type, which the main content script ignores', () => {
    expect(parseSignatureRequest({ type: 'page:get-signature' })).toEqual({ type: 'page:get-signature' });
    expect(parseSignatureRequest({ type: 'page:ping' })).toBeNull();
    expect(parsePageToContent({ type: 'page:get-signature' })).toBeNull();
  });

  it('accept only a well-formed signature reply', () => {
    const sig = signature('one two three four five six');
    expect(isSignatureReply({ url: COPY_URL, signature: sig })).toBe(true);
    expect(isSignatureReply({ url: COPY_URL, signature: { ...sig, minHashes: sig.minHashes.slice(1) } })).toBe(false);
    expect(isSignatureReply({ url: COPY_URL, signature: { ...sig, minHashes: sig.minHashes.map(() => -1) } })).toBe(false);
    expect(isSignatureReply({ url: '', signature: sig })).toBe(false);
    expect(isSignatureReply(null)).toBe(false);
  });

  it("take the copy's signature from the tab, and refuse one from another address", async () => {
    const sig = signature('one two three four five six');
    const spy = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ url: `${COPY_URL}#comments`, signature: sig });
    await expect(copySignature(4, COPY_URL)).resolves.toEqual(sig);
    expect(spy).toHaveBeenCalledWith(4, { type: 'page:get-signature' });
    spy.mockResolvedValue({ url: 'https://marketwiredaily.example/another-story/', signature: sig });
    await expect(copySignature(4, COPY_URL)).rejects.toThrow('The page has changed');
    spy.mockRejectedValue(new Error('Receiving end does not exist.'));
    await expect(copySignature(4, COPY_URL)).rejects.toThrow('Reload it');
  });
});

describe('fetching the original', () => {
  it('asks without cookies, cache or referrer, with a timeout signal, and only for http(s)', async () => {
    const fetchImpl = vi.fn(async () => html('<p>x</p>'));
    await fetchOriginal(ORIGINAL_URL, { fetchImpl });
    expect(fetchImpl).toHaveBeenCalledTimes(1);
    const [url, init] = fetchImpl.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe(ORIGINAL_URL);
    expect(init).toMatchObject({ method: 'GET', credentials: 'omit', cache: 'no-store', redirect: 'follow', referrerPolicy: 'no-referrer' });
    expect(init.signal).toBeInstanceOf(AbortSignal);
    fetchImpl.mockClear();
    expect(await fetchOriginal('javascript:alert(1)', { fetchImpl })).toMatchObject({ ok: false });
    expect(fetchImpl).not.toHaveBeenCalled();
  });

  it('tells a 404, a network failure, being offline, a timeout and a non-page apart', async () => {
    expect(await fetchOriginal(ORIGINAL_URL, { fetchImpl: async () => html('gone', { status: 404 }) })).toEqual({ ok: false, reason: 'http', httpStatus: 404 });
    const broken = async () => {
      throw new TypeError('Failed to fetch');
    };
    expect(await fetchOriginal(ORIGINAL_URL, { fetchImpl: broken, online: () => true })).toMatchObject({ ok: false, reason: 'network' });
    expect(await fetchOriginal(ORIGINAL_URL, { fetchImpl: broken, online: () => false })).toMatchObject({ ok: false, reason: 'offline' });
    const hangs = (_: unknown, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)));
    expect(await fetchOriginal(ORIGINAL_URL, { fetchImpl: hangs as typeof fetch, timeoutMs: 30 })).toMatchObject({ ok: false, reason: 'timeout' });
    const pdf = async () => new Response('%PDF', { headers: { 'content-type': 'application/pdf' } });
    expect(await fetchOriginal(ORIGINAL_URL, { fetchImpl: pdf })).toMatchObject({ ok: false, reason: 'not-html' });
  });

  it('reads no more than the size cap and stops the download', async () => {
    let cancelled = false;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.enqueue(new Uint8Array(400).fill(97));
      },
      cancel() {
        cancelled = true;
      },
    });
    const { bytes, truncated } = await readCapped(new Response(body), 1000);
    expect(bytes.length).toBe(1000);
    expect(truncated).toBe(true);
    expect(cancelled).toBe(true);
  });

  it('decodes with the charset the page declares', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('<meta charset="windows-1252"><p>caf'), 0xe9, ...new TextEncoder().encode('</p>')]);
    expect(decodeHtml(bytes, 'text/html')).toContain('café');
    expect(decodeHtml(new TextEncoder().encode('<p>café</p>'), 'text/html; charset=utf-8')).toBe('<p>café</p>');
    expect(decodeHtml(new TextEncoder().encode('<p>ok</p>'), 'text/html; charset=no-such-charset')).toBe('<p>ok</p>');
  });
});

describe('checking the original', () => {
  const run = async (copyHtml: string, originalHtml: string | Response) => {
    const fetchImpl = vi.fn(async () => (typeof originalHtml === 'string' ? html(originalHtml) : originalHtml));
    const outcome = await checkOriginal(
      { copyReport: analyzeHtml(copyHtml, COPY_URL), copySignature: sigOf(copyHtml), originalUrl: ORIGINAL_URL },
      { fetchImpl, now: () => 1700000000000 },
    );
    return { outcome, fetchImpl };
  };

  it('warns when the copy dropped the AI notice the original carries', async () => {
    const { outcome } = await run(strippedCopy(), originalPage());
    expect(outcome.status).toBe('compared');
    if (outcome.status !== 'compared') return;
    expect(outcome.comparison.sameArticle).toBe(true);
    expect(outcome.comparison.warnings).toEqual([
      { kind: 'original-discloses-ai', message: 'The original discloses AI generation by Benzinga Neuro; this copy does not show it.' },
    ]);
    expect(outcome.comparison.original.verdict).toBe('ai-generated');
    expect(outcome.comparison.original.authors).toContain('Benzinga Neuro');
    expect(outcome.checkedAt).toBe(1700000000000);
  });

  it('has nothing to say about a faithful copy', async () => {
    const { outcome } = await run(faithfulCopy(), originalPage());
    expect(outcome.status === 'compared' && outcome.comparison.sameArticle).toBe(true);
    expect(outcome.status === 'compared' && outcome.comparison.warnings).toEqual([]);
  });

  it('says when the original address holds a different article', async () => {
    const { outcome } = await run(faithfulCopy(), otherArticle());
    expect(outcome.status === 'compared' && outcome.comparison.sameArticle).toBe(false);
    expect(outcome.status === 'compared' && outcome.comparison.warnings.map((w) => w.kind)).toEqual(['not-same-article']);
  });

  it('links to the Wayback Machine when the original is gone', async () => {
    const { outcome } = await run(strippedCopy(), html('not found', { status: 404 }));
    expect(outcome).toEqual({
      status: 'unreachable',
      originalUrl: ORIGINAL_URL,
      checkedAt: 1700000000000,
      reason: 'http',
      httpStatus: 404,
      archiveUrl: `https://web.archive.org/web/*/${ORIGINAL_URL}`,
    });
  });
});

describe('the session cache', () => {
  const outcome: CheckOutcome = {
    status: 'unreachable',
    originalUrl: ORIGINAL_URL,
    checkedAt: 1,
    reason: 'network',
    httpStatus: null,
    archiveUrl: `https://web.archive.org/web/*/${ORIGINAL_URL}`,
  };

  it('keeps one result per copy in storage.session, for that original only', async () => {
    await saveCheck(`${COPY_URL}#top`, outcome);
    expect(await fakeBrowser.storage.session.get(checkCacheKey(COPY_URL).slice('session:'.length))).toEqual({
      [`original-check:${COPY_URL}`]: outcome,
    });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await loadCheck(COPY_URL, ORIGINAL_URL)).toEqual(outcome);
    expect(await loadCheck(COPY_URL, 'https://elsewhere.example/story')).toBeNull();
    expect(await loadCheck('https://other.example/', ORIGINAL_URL)).toBeNull();
  });
});
