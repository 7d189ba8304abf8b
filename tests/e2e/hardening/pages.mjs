// Hostile and extreme pages for the hardening suites, built in code so every payload is in one place.
// Served only by ./server.mjs on 127.0.0.1; nothing here is a fixture of the core.

/** Set by any payload that runs. The tests assert it stays unset in the page and in our extension pages. */
export const FLAG = '__plPwned';

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Markup and script written as page text: harmless as text, code if anyone parses it as HTML. */
export const PAYLOADS = {
  img: `<img src=x onerror="window.${FLAG}='img'">`,
  svg: `"><svg onload="window.${FLAG}='svg'">`,
  script: `<script>window.${FLAG}='script'</script>`,
  link: `[click](javascript:window.${FLAG}='md')`,
};

/** Links an article might name as its original: only the http(s) one may reach the UI. */
export const HOSTILE_LINKS = {
  javascript: `javascript:window.${FLAG}='js-link'`,
  data: `data:text/html,<script>parent.${FLAG}='data'</script>`,
  vbscript: 'vbscript:msgbox(1)',
  file: 'file:///etc/passwd',
};

const para = (topic, i) =>
  `<p>Paragraph ${i} of the story goes on about ${topic}, with quotes from residents, officials and experts who spoke at length about what the change means for the town, its budget and the people who live there.</p>`;
const paras = (topic, n = 6) => Array.from({ length: n }, (_, i) => para(topic, i + 1)).join('\n');

/** An AI notice, a byline and a title carrying markup as text; an original named only by hostile links. */
export function xssPage() {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>${esc(`Harbour plan ${PAYLOADS.svg}`)}</title>
<meta property="og:type" content="article">
<meta property="og:site_name" content="${esc(`Harbour Daily ${PAYLOADS.img}`)}">
<link rel="canonical" href="${esc(HOSTILE_LINKS.data)}">
<meta property="og:url" content="${esc(HOSTILE_LINKS.vbscript)}">
<meta name="syndication-source" content="${esc(HOSTILE_LINKS.file)}">
</head><body><main><article>
<h1>${esc(`Harbour plan ${PAYLOADS.svg}`)}</h1>
<p class="byline">By <a rel="author" href="/authors/x">${esc(`Jane Doe ${PAYLOADS.img}`)}</a></p>
${paras('the harbour')}
<p class="ai-note"><em>${esc(`This article was generated using AI. ${PAYLOADS.script} ${PAYLOADS.img} ${PAYLOADS.link}`)}</em></p>
<p><em>This article was originally published on <a href="${esc(HOSTILE_LINKS.javascript)}">Harbour Wire</a>.</em></p>
</article></main></body></html>`;
}

/**
 * A page that redefines built-ins the analysis (or a careless content script) might use, then
 * checks that its own code still works: the tests read window.__pageOk and the click counter.
 */
export function builtinsPage() {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Bridge vote – Riverside Courier</title>
<meta property="og:type" content="article">
<script>
  window.__pageErrors = [];
  window.addEventListener('error', (e) => window.__pageErrors.push(String(e.message)));
  const realMap = Array.prototype.map, realStringify = JSON.stringify, realAppend = Node.prototype.appendChild;
  Array.prototype.map = function () { throw new Error('page: no map for you'); };
  Array.prototype.forEach = function () { return 'hijacked'; };
  Array.prototype.includes = () => true;
  Array.from = () => [];
  JSON.stringify = () => '"hijacked"';
  JSON.parse = () => ({ hijacked: true });
  Node.prototype.appendChild = function (child) { window.__appendCalls = (window.__appendCalls || 0) + 1; return realAppend.call(this, child); };
  Node.prototype.contains = () => false;
  Element.prototype.querySelectorAll = function () { return []; };
  Object.defineProperty(Node.prototype, 'textContent', { get() { return 'hijacked'; }, configurable: true });
  window.MutationObserver = function () { throw new Error('page: no observers'); };
  window.__clicks = 0;
  window.__pageOk = () => realStringify.call(JSON, realMap.call([1, 2], (x) => x * 2)) === '[2,4]' && JSON.stringify({}) === '"hijacked"';
</script></head>
<body><main><article>
<h1>Council approves new river bridge</h1><p class="byline">By <a rel="author" href="/staff/jane-doe">Jane Doe</a></p>
${paras('the new bridge')}
<p class="ai-note"><em>This article was written with the help of AI tools and reviewed by our editors.</em></p>
<button id="page-button" onclick="window.__clicks++">Page button</button>
</article></main></body></html>`;
}

/**
 * Over the core's bounds: ~2.6 MB of text in 12,000 paragraphs (past the reader and text-index bounds) and a 1,500-deep subtree (deeper crashes Chromium's own layout, with or without us) built by the
 * page's own script. The page ticks a counter to show its main thread stays its own.
 */
export function hugePage() {
  const body = Array.from({ length: 12000 }, (_, i) => para('the reservoir', i + 1)).join('\n');
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Reservoir levels – Valley Post</title>
<meta property="og:type" content="article">
<script>
  window.__ticks = 0; setInterval(() => window.__ticks++, 50);
  window.__clicks = 0;
  addEventListener('DOMContentLoaded', () => {
    let el = document.getElementById('deep');
    for (let i = 0; i < 1500; i++) { const d = document.createElement('div'); el.appendChild(d); el = d; }
    el.textContent = 'The bottom of a very deep page.';
  });
</script></head>
<body><main><article>
<h1>Reservoir levels fall again</h1><p class="byline">By <a rel="author" href="/staff/sam-lee">Sam Lee</a></p>
<p class="ai-note"><em>This article was generated using AI and reviewed by our editors.</em></p>
${body}
<div id="deep"></div>
<button id="page-button" onclick="window.__clicks++">Page button</button>
</article></main></body></html>`;
}

/** A plain article with an AI notice: the badge the tamper, update and network tests use. */
export function plainAiPage(topic = 'the harbour') {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Harbour plan – Harbour Daily</title>
<meta property="og:type" content="article"></head>
<body><main><article>
<h1>Harbour plan approved</h1><p class="byline">By <a rel="author" href="/authors/jane-doe">Jane Doe</a></p>
${paras(topic)}
<p class="ai-note"><em>This article was written with the help of AI tools and reviewed by our editors.</em></p>
</article></main></body></html>`;
}

/** A copy naming an original on the same test server: fetching it unasked would show in the server's log. */
export function republishedPage(originalUrl) {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Why bees matter – Garden Weekly</title>
<meta property="og:type" content="article"></head>
<body><main><article>
<h1>Why bees matter more than we think</h1><p class="byline">By <a rel="author" href="/authors/ana-ruiz">Ana Ruiz</a></p>
${paras('pollinators and gardens')}
<p><em>This article is republished from <a href="${esc(originalUrl)}">The Conversation</a> under a Creative Commons license.</em></p>
</article></main></body></html>`;
}
