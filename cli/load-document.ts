import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import path from 'node:path';
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
 * spec's parser and sniffs the encoding (BOM, <meta charset>, then windows-1252) from the bytes,
 * as a browser would. Scripts never run.
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
  const dom = new JSDOM(bytes, { url, contentType: contentType.includes('xml') ? contentType : 'text/html', virtualConsole: new VirtualConsole() });
  return { document: dom.window.document, url };
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
