/**
 * Styles for the inline badge's shadow root. Calm colours, one per kind of finding
 * (wording-and-look.md); system fonts; WCAG AA contrast in light and dark themes.
 */
export const INLINE_BADGE_CSS = `
:host { display: block !important; margin: 6px 0 10px !important; max-width: 100% !important; }
.pl-badge { font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  color: #1f2937; text-align: start; --violet: #5b21b6; --blue: #1e40af; --teal: #115e59; --amber: #92400e; }
.pl-toggle { display: inline-flex; flex-wrap: wrap; align-items: center; gap: 6px; max-width: 100%;
  padding: 3px 8px 3px 6px; border: 1px solid #d1d5db; border-radius: 999px; background: #ffffff; color: #374151;
  font: inherit; cursor: pointer; text-align: start; }
.pl-toggle:hover { border-color: #9ca3af; }
.pl-toggle:focus-visible, .pl-link:focus-visible, a:focus-visible { outline: 2px solid #2563eb; outline-offset: 2px; }
.mark { flex: none; color: #4b5563; }
.pl-chip { padding: 1px 8px; border-radius: 999px; font-weight: 600; color: #ffffff; overflow-wrap: anywhere; }
.pl-ai-generated { background: var(--violet); }
.pl-ai-assisted { background: var(--blue); }
.pl-ai-media { background: var(--teal); }
.pl-republished { background: #ffffff; color: var(--amber); border: 1.5px solid #d97706; }
.pl-card { margin-top: 6px; max-width: 36em; padding: 10px 12px; border: 1px solid #d1d5db; border-radius: 8px;
  background: #ffffff; color: #1f2937; box-shadow: 0 2px 8px rgba(0,0,0,.08); }
.pl-card p { margin: 0 0 6px; }
.pl-headline { font-weight: 700; }
.pl-explain { color: #374151; }
.pl-notice { margin: 8px 0; }
.pl-notice blockquote { margin: 0; padding: 4px 10px; border-inline-start: 3px solid var(--violet); background: #f5f3ff; color: #1f2937; }
.pl-credits { margin: 6px 0; padding-inline-start: 18px; }
.pl-role { color: #4b5563; }
.pl-repub { color: var(--amber); }
a { color: #1d4ed8; overflow-wrap: anywhere; }
.pl-link { padding: 0; border: 0; background: none; color: #1d4ed8; font: inherit; text-decoration: underline; cursor: pointer; }
@media (prefers-color-scheme: dark) {
  .pl-badge { color: #e5e7eb; --violet: #7c3aed; --blue: #2563eb; --teal: #0f766e; --amber: #fbbf24; }
  .pl-toggle { background: #111827; color: #e5e7eb; border-color: #4b5563; }
  .mark { color: #d1d5db; }
  .pl-republished { background: #111827; border-color: #f59e0b; }
  .pl-card { background: #111827; color: #e5e7eb; border-color: #4b5563; }
  .pl-explain, .pl-role { color: #d1d5db; }
  .pl-notice blockquote { background: #1e1b4b; color: #e5e7eb; }
  a, .pl-link { color: #93c5fd; }
}
@media (prefers-reduced-motion: no-preference) { .pl-toggle { transition: border-color .15s; } }
`;
