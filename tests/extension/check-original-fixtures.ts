import { readFixture } from '../helpers';

/** The seed copy (WordPress autoblog) and what its original and its variants look like. */
export const COPY_URL = 'https://marketwiredaily.example/2024/01/us-reportedly/';
export const ORIGINAL_URL = 'https://www.benzinga.com/news/24/01/36712345/us-reportedly';

// Without its stylesheet links: happy-dom's DOMParser would try (and loudly fail) to load them.
const seed = readFixture('benzinga-neuro-republished').replace(/<link[^>]*rel=['"]stylesheet['"][^>]*>/g, '');
const ORIGINAL_LINK = /https:\/\/www\.benzinga\.com\/news\/24\/01\/36712345\/[^"]*/;

/** A copy that points at `originalUrl` and keeps the credit box. */
export function faithfulCopy(originalUrl = ORIGINAL_URL): string {
  return seed.replace(ORIGINAL_LINK, originalUrl);
}

/** A content farm's copy that dropped the "Engineered by Benzinga Neuro" box. */
export function strippedCopy(originalUrl = ORIGINAL_URL): string {
  return faithfulCopy(originalUrl).replace(/<div class="author-credit">[\s\S]*?<\/div>/, '');
}

/** The original as Benzinga prints it: the same story with the Neuro credit box, no "originally published" line. */
export function originalPage(): string {
  return seed.replace(/<p><a href="https:\/\/www\.benzinga\.com\/news[^"]*"[^>]*>This post was originally published on this site<\/a><\/p>/, '');
}

/** A different story at the original's address. */
export function otherArticle(): string {
  const paragraphs = [
    'Bitcoin rose on Tuesday as traders weighed fresh inflation data and comments from central bank officials about the path of interest rates this year.',
    'The largest cryptocurrency by market value climbed four percent in Asian hours before paring gains in London, while smaller tokens followed it higher.',
    'Analysts said the move reflected short covering after a week of heavy selling, and warned that thin holiday liquidity could exaggerate price swings.',
    'Exchange data showed outflows from spot funds slowing for a third day, a sign that institutional investors had stopped cutting their positions.',
  ];
  return `<!DOCTYPE html><html lang="en"><head><title>Bitcoin rises as traders weigh inflation data</title></head><body><article><h1>Bitcoin rises as traders weigh inflation data</h1><p class="byline">By Jane Roe</p>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
}
