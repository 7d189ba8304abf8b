import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import sniffHtmlEncoding from 'html-encoding-sniffer';
import { JSDOM, VirtualConsole } from 'jsdom';

/** Pages bigger than this are refused rather than parsed. */
export const MAX_PAGE_BYTES = 25 * 1024 * 1024;
export const FETCH_TIMEOUT_MS = 15_000;

export interface LoadedPage {
  document: Document;
  url: string;
}

/**
 * A saved page, stdin ("-") or an http(s) URL as a DOM Document. jsdom parses with the HTML
 * spec's parser and sniffs the encoding (BOM, the server's charset, <meta charset>) from the bytes,
 * as a browser would; where none is declared in time, decodeUndeclared reads it as a browser shows it.
 * Scripts never run.
 */
export async function loadDocument(input: string, urlOverride?: string): Promise<LoadedPage> {
  let bytes: Buffer;
  let url: string;
  let contentType = 'text/html';
  if (/^https?:\/\//i.test(input)) {
    const response = await fetch(input, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS), redirect: 'follow' });
    if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`);
    bytes = Buffer.from(await response.arrayBuffer());
    url = response.url || input;
    contentType = response.headers.get('content-type') ?? contentType;
    if (!/html|xml/i.test(contentType)) throw new Error(`not an HTML page (${contentType})`);
  } else if (input === '-') {
    bytes = await readStdin();
    url = 'file:///dev/stdin';
  } else {
    bytes = await readFile(input);
    url = pathToFileURL(path.resolve(input)).href;
  }
  if (bytes.length > MAX_PAGE_BYTES) throw new Error(`page is larger than ${MAX_PAGE_BYTES / 1024 / 1024} MB`);
  url = urlOverride ?? url;
  const xml = contentType.includes('xml');
  const charset = charsetOf(contentType);
  const page = xml ? bytes : decodeUndeclared(bytes, charset);
  const htmlType = charset ? `text/html; charset=${charset}` : 'text/html';
  const dom = new JSDOM(page, { url, contentType: xml ? contentType : htmlType, virtualConsole: new VirtualConsole() });
  return { document: dom.window.document, url };
}

/** Where the meta prescan looks for a charset past its first 1024 bytes: the head, within this many bytes. */
const LATE_META_BYTES = 64 * 1024;

/**
 * A page whose encoding the spec's sniffing cannot find (no BOM, no charset from the server, no
 * <meta charset> in its first 1024 bytes) as text, decoded as a browser shows it: UTF-8 when its
 * bytes are UTF-8 (saved pages often put the <meta> after 1 KB of scripts and styles, or drop it; a
 * text in another encoding is all but never valid UTF-8), else the charset a later <meta> in the head
 * declares, else windows-1252. Pages that declare their encoding in time stay bytes: jsdom sniffs them.
 */
function decodeUndeclared(bytes: Uint8Array, transportCharset: string | null): Uint8Array | string {
  if (sniffHtmlEncoding(bytes, { transportLayerEncodingLabel: transportCharset ?? undefined, defaultEncoding: UNDECLARED }) !== UNDECLARED) return bytes;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // not UTF-8: what the head says, if anything
  }
  const head = Buffer.from(bytes.subarray(0, LATE_META_BYTES)).toString('latin1');
  const declared = /<meta\s[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head.split(/<body[\s>]/i)[0] ?? '')?.[1];
  for (const label of [declared, 'windows-1252']) {
    if (!label) continue;
    try {
      return new TextDecoder(label).decode(bytes);
    } catch {
      // a label TextDecoder does not know
    }
  }
  return bytes;
}

const UNDECLARED = 'undeclared';

/** The charset parameter of a Content-Type header, if it names an encoding at all. */
function charsetOf(contentType: string): string | null {
  const label = /;\s*charset\s*=\s*["']?([^"';\s]+)/i.exec(contentType)?.[1] ?? null;
  if (!label) return null;
  try {
    new TextDecoder(label);
    return label;
  } catch {
    return null; // a server's typo: sniff as if it had said nothing
  }
}

/** Parse HTML text directly (tests). */
export function parseHtml(html: string, url: string): Document {
  return new JSDOM(html, { url, contentType: 'text/html', virtualConsole: new VirtualConsole() }).window.document;
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
    size += buffer.length;
    if (size > MAX_PAGE_BYTES) throw new Error(`input is larger than ${MAX_PAGE_BYTES / 1024 / 1024} MB`);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}
