/**
 * Readability's gate on its own: the package's index also loads the whole Readability parser, which
 * the analysis does not use, and a CommonJS index cannot be tree-shaken out of the content script.
 */
declare module '@mozilla/readability/Readability-readerable.js' {
  const isProbablyReaderable: typeof import('@mozilla/readability').isProbablyReaderable;
  export default isProbablyReaderable;
}
