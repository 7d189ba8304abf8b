/**
 * The provenance report: plain, serialisable data. This shape is the CLI's JSON contract
 * (`npm run analyze -- --json`), so fields are only ever added, never renamed or removed.
 */

export type Verdict = 'ai-generated' | 'ai-assisted' | 'ai-media' | 'no-disclosure' | 'not-article';

export type CreditRole = 'author' | 'editor' | 'ai-system' | 'contributor' | 'image';

/** Where a credit claim came from, strongest first when several agree. */
export type CreditSource =
  | 'credit-line' // "Engineered by X, Edited by Y", "Written by X"
  | 'byline' // the visible byline element
  | 'json-ld' // JSON-LD author / editor / contributor
  | 'meta-author' // <meta name="author">
  | 'article-author' // <meta property="article:author">
  | 'rel-author' // <a rel="author">
  | 'ai-notice'; // named inside an AI notice ("... edited by Jane Doe")

export interface Credit {
  name: string;
  role: CreditRole;
  /** The strongest source of this claim. */
  source: CreditSource;
  /** Every source that made the same claim. */
  sources: CreditSource[];
  /** True when the name is a known AI system, newsroom bot or AI persona. */
  isAI: boolean;
  /** For AI systems: who runs it (e.g. "Benzinga"). */
  publisher: string | null;
}

export type DisclosureLevel = 'generated' | 'assisted' | 'media';
export type DisclosureScope = 'article' | 'summary' | 'translation' | 'image' | 'audio' | 'video' | 'part';
/** How the page made the claim. */
export type DisclosureKind = 'notice' | 'structured' | 'ai-byline' | 'caption';

/** Where a finding sits in the page, so the UI can scroll to it and highlight it. */
export interface PageLocation {
  /**
   * Each path is the element-child indexes from <html> down to one block that holds part of the
   * quote. Several paths when the notice is split across elements.
   */
  paths: number[][];
  /** Fraction (0..1) of the page's text before the quote: 0.95 means near the very end. */
  position: number;
}

export interface AiDisclosure {
  level: DisclosureLevel;
  scope: DisclosureScope;
  /** The AI system, newsroom bot or persona named ("Benzinga Neuro", "Automated Insights"). */
  system: string | null;
  /** The general model named ("GPT-4", "Claude"). */
  model: string | null;
  /** The person named as reviewer or editor. */
  reviewedBy: string | null;
  /** The notice says people reviewed, edited or fact-checked it (named or not). */
  humanReviewed: boolean;
  /** The notice exactly as the page prints it (whitespace collapsed). */
  text: string;
  kind: DisclosureKind;
  /** Id of the rule that matched. */
  rule: string;
  /** Language of the rule that matched (BCP 47 primary tag). */
  language: string;
  location: PageLocation | null;
}

/** Text a chatbot left in the article ("As an AI language model, ..."): evidence, not a disclosure. */
export interface AiLeftover {
  text: string;
  rule: string;
  location: PageLocation | null;
}

/** A page that declares its content human-made (e.g. `<meta name="ai-content-declaration" content="Human-authored">`). */
export interface HumanDeclaration {
  text: string;
  source: string;
}

export type RepublicationSignalKind =
  | 'originally-published' // "This post was originally published on <a>this site</a>"
  | 'appeared-first' // "The post X appeared first on Y" and translations
  | 'republished-from' // "This article is republished from X under a Creative Commons license"
  | 'provided-by' // "Provided by X"
  | 'syndicated-feed' // "auto-generated from a syndicated feed"
  | 'wire-agency' // "(With inputs from agencies)", wire copyright lines
  | 'canonical' // <link rel=canonical> on another site
  | 'og-url' // og:url on another site
  | 'syndication-source' // <meta name="syndication-source">, <meta name="original-source">
  | 'is-based-on'; // JSON-LD isBasedOn pointing elsewhere

export interface RepublicationSignal {
  kind: RepublicationSignalKind;
  /** The line or tag as the page has it. */
  text: string;
  /** Absolute http(s) URL of the original, when the signal gives one. */
  url: string | null;
  /** The original publisher, when the signal names one. */
  publisher: string | null;
  location: PageLocation | null;
}

export interface Republication {
  isRepublished: boolean;
  originalUrl: string | null;
  originalPublisher: string | null;
  signals: RepublicationSignal[];
}

export type WarningKind =
  | 'republished-copy'
  | 'ai-content-republished'
  | 'notice-far-from-byline'
  | 'byline-contradicts-notice'
  | 'ai-leftover';

export interface ReportWarning {
  kind: WarningKind;
  message: string;
}

/** A detector that threw: the rest of the report still stands. */
export interface DetectorError {
  detector: string;
  message: string;
}

/** Milliseconds of the analysis' own work; time it spent paused, giving the page its turn, is apart. */
export interface Timings {
  totalMs: number;
  /** Waiting between slices (analyzeDocumentInSlices); 0 when run in one go. */
  pausedMs: number;
  /** Always 0: the analysis no longer runs Readability's parse. Kept because the JSON contract never drops a field. */
  readabilityMs: number;
  /** Building the page's visible-text index. */
  textIndexMs: number;
  detectorsMs: Record<string, number>;
}

export interface ProvenanceReport {
  url: string;
  isArticle: boolean;
  title: string | null;
  siteName: string | null;
  lang: string | null;
  publishedTime: string | null;
  verdict: Verdict;
  credits: Credit[];
  aiDisclosures: AiDisclosure[];
  aiLeftovers: AiLeftover[];
  humanDeclarations: HumanDeclaration[];
  republication: Republication;
  warnings: ReportWarning[];
  errors: DetectorError[];
  /**
   * True when the analysis stopped early: its time budget ran out (each detector cut short or
   * not run is named in `errors` with "time budget exceeded"), the page was larger than the
   * bounds and only its start was read, or the analysis failed outright. Always set by
   * analyzeDocument; optional only so reports saved before it still type-check.
   */
  incomplete?: boolean;
  timings: Timings;
}
