// What each served page must produce, shared by the Chromium and Firefox suites.
export const SEED = {
  path: '/seed/',
  chips: ['AI-generated · Benzinga Neuro · edited by Navdeep Yadav', 'Republished · original on benzinga.com'],
  toolbar: 'AI',
  verdict: 'AI-generated — Benzinga Neuro (GPT-4), edited by Navdeep Yadav',
  original: 'https://www.benzinga.com/news/24/01/36712345/us-reportedly-shared-advanced-intel-with-iran-on-isis-attack-that-killed-84-civilians-officials',
};

export const FIXTURES = [
  { path: '/pages/ai-assisted.html', chips: ['AI-assisted'], toolbar: 'ASST', verdict: 'AI-assisted' },
  { path: '/pages/ai-images.html', chips: ['AI images'], toolbar: 'IMG', verdict: 'AI images' },
  {
    path: '/pages/republished.html',
    chips: ['Republished · original on theconversation.com'],
    toolbar: 'COPY',
    verdict: 'No AI disclosure found',
  },
  { path: '/pages/plain.html', chips: null, toolbar: '', verdict: 'No AI disclosure found' },
  { path: '/pages/not-article.html', chips: null, toolbar: '', verdict: 'Not an article' },
];

/** Runs in the page: the inline badge as the reader gets it (null when there is none). */
export function readBadge() {
  const hosts = document.querySelectorAll('[data-testid="provenance-badge"]');
  const host = hosts[0];
  if (!host) return null;
  return {
    count: hosts.length,
    aria: host.getAttribute('aria-label'),
    role: host.getAttribute('role'),
    afterHeadline: host.previousElementSibling?.localName === 'h1',
    chips: [...(host.shadowRoot?.querySelectorAll('.pl-chip') ?? [])].map((c) => c.textContent),
  };
}

/** Runs in the popup page: what it shows, by test id. */
export function readPopup() {
  const all = (id) => [...document.querySelectorAll(`[data-testid="${id}"]`)];
  return {
    verdict: all('verdict')[0]?.textContent ?? null,
    credits: all('credit').map((el) => el.textContent),
    disclosures: all('disclosure').map((el) => el.querySelector('blockquote')?.textContent ?? ''),
    originals: all('original-source').map((a) => ({ href: a.getAttribute('href'), target: a.getAttribute('target'), rel: a.getAttribute('rel') })),
    warnings: all('warning').map((el) => el.textContent),
    siteSwitch: document.querySelector('[data-testid="site-switch"]')?.checked ?? null,
  };
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Polls `fn` until `ok(value)` or the timeout; returns the last value either way. */
export async function until(fn, ok, timeoutMs = 20000, stepMs = 100) {
  const end = Date.now() + timeoutMs;
  let value = await fn();
  while (!ok(value) && Date.now() < end) {
    await sleep(stepMs);
    value = await fn();
  }
  return value;
}
