/**
 * Where an element sits in the page: quoted, in reader comments, in navigation or a
 * related-stories list, in the site footer, inside a link. Detectors use this to tell a
 * publisher's own notice from the same words quoted, linked or listed.
 */

export interface Region {
  /** Inside <blockquote> or <q>: someone else's words. */
  quoted: boolean;
  /** Inside a reader-comments section. */
  comments: boolean;
  /** Inside <nav>, a menu, or a related/recommended/trending list. */
  navigation: boolean;
  /** Inside the page footer (<footer>, role=contentinfo, a site-footer class). */
  footer: boolean;
  /** Inside a link. */
  link: boolean;
  /** Inside a <figcaption> or caption/credit element. */
  caption: boolean;
  /** Inside a heading (<h1>…<h6>): a title, not a notice. */
  heading: boolean;
  /** Inside a summary box ("Key takeaways", "TL;DR", "At a glance"): a notice there speaks of the summary. */
  summary: boolean;
}

// Class and id tokens, matched as whole words inside names such as "comments-area" or "relatedStories".
const COMMENTS = /(?:^|[\s_-])(?:comments?|comment-list|commentlist|disqus|respond|replies|reply|talk|discussion|user-?comments?|guest-?book|guestbook|condolences?)(?:$|[\s_-])/i;
const NAVIGATION =
  /(?:^|[\s_-])(?:nav|navbar|navigation|menu|breadcrumbs?|related|relatedposts|related-?(?:posts|stories|articles|content|links)|recommended|recommendations?|more-?(?:stories|news|articles|from)|trending|popular|most-?(?:read|popular|viewed)|read-?(?:next|more|also)|also-?read|see-?also|teasers?|promo|outbrain|taboola|newsletter|tags?|tag-?list|pagination|share|social)(?:$|[\s_-])/i;
/** A box named a sidebar or widget: navigation beside the article, an editorial box inside it ("How we made this story"). */
const SIDEBAR = /(?:^|[\s_-])(?:sidebar|widget)(?:$|[\s_-])/i;
const PLAYER = /(?:^|[\s_-])(?:audio|video|player|listen|podcast|narration)(?:$|[\s_-])/i;
const FOOTER = /(?:^|[\s_-])(?:site-?footer|page-?footer|global-?footer|footer|colophon)(?:$|[\s_-])/i;
const CAPTION = /(?:^|[\s_-])(?:caption|wp-caption-text|image-?credit|photo-?credit|img-?credit|media-?credit)(?:$|[\s_-])/i;

/**
 * A class or id that names a summary box: the word itself, with at most one word before it and a box word after
 * ("story-summary", "key-takeaways", "summary-box"). Not inside longer names: Drupal's body field is
 * "field--type-text-with-summary", on the whole article.
 */
const SUMMARY = /^(?:[a-z\d]+[-_]+)?(?:summary|summaries|takeaways?|key-?(?:points|takeaways|facts)|tl-?dr|at-?a-glance|quick-?(?:read|take)|the-?gist|highlights)(?:[-_]+(?:box|block|container|wrapper|list|panel|module|section))?$/i;

const HEADINGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

function tokens(el: Element): string {
  const cls = el.getAttribute('class') ?? '';
  const id = el.getAttribute('id') ?? '';
  return `${cls} ${id}`.trim();
}

/** The article's text itself (not .hentry or blogPost: some themes put those on list items and on wrappers that hold the sidebar too). */
const ARTICLE_TEXT = '[itemprop="articleBody"], .entry-content, .post-body, .article-body';
/**
 * The page's article itself, by the marks CMSs put on it: a box named like navigation that holds it is a
 * wrapper (Blogger wraps every post in "widget Blog"), not a list of links.
 */
const ARTICLE_BODY = `[itemprop="blogPost"], .hentry, ${ARTICLE_TEXT}`;

function holdsTheArticle(el: Element): boolean {
  try {
    // The text itself too: "entry-content no-share" is the article, whatever else its classes say.
    return el.matches(ARTICLE_TEXT) || el.querySelector(ARTICLE_BODY) !== null;
  } catch {
    return false;
  }
}

function insideTheArticle(el: Element): boolean {
  try {
    return el.parentElement?.closest(`article, ${ARTICLE_TEXT}`) != null;
  } catch {
    return false;
  }
}

export function regionOf(el: Element | null): Region {
  const region: Region = { quoted: false, comments: false, navigation: false, footer: false, link: false, caption: false, heading: false, summary: false };
  let node: Element | null = el;
  let depth = 0;
  while (node && depth++ < 60) {
    const tag = node.tagName.toUpperCase();
    if (tag === 'BODY' || tag === 'HTML') break;
    const role = node.getAttribute('role') ?? '';
    const names = tokens(node);
    if (tag === 'BLOCKQUOTE' || tag === 'Q') region.quoted = true;
    else if (tag === 'NAV' || tag === 'MENU' || role === 'navigation' || role === 'menu') region.navigation = true;
    else if ((tag === 'FOOTER' && !node.closest('article')) || role === 'contentinfo') region.footer = true;
    else if (tag === 'A') region.link = true;
    else if (tag === 'FIGCAPTION') region.caption = true;
    else if (HEADINGS.has(tag)) region.heading = true;
    if (names) {
      if (COMMENTS.test(names)) region.comments = true;
      // An audio or video player is a widget too, but it belongs to the article ("Read by a synthetic voice").
      const linkList = NAVIGATION.test(names) || (SIDEBAR.test(names) && !PLAYER.test(names) && !insideTheArticle(node));
      if (linkList && tag !== 'ARTICLE' && tag !== 'MAIN' && !holdsTheArticle(node)) region.navigation = true;
      if (FOOTER.test(names) && !/(?:article|entry|post|story)[-_]?footer/i.test(names)) region.footer = true;
      if (CAPTION.test(names)) region.caption = true;
      if (names.split(/\s+/).some((name) => SUMMARY.test(name)) && !holdsTheArticle(node)) region.summary = true;
    }
    node = node.parentElement;
  }
  return region;
}
