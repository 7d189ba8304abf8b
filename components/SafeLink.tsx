import type { ComponentChildren } from 'preact';
import { httpUrl } from '@/utils/extension/links';

/**
 * A link taken from a page: shown only when it is http(s), opened in a new tab without giving the
 * new page a handle on ours. Anything else (javascript:, data:, …) is shown as plain text.
 */
export function SafeLink({ href, children, testId }: { href: string | null | undefined; children?: ComponentChildren; testId?: string }) {
  const url = httpUrl(href);
  if (!url) return <span>{children ?? href}</span>;
  return (
    <a href={url} target="_blank" rel="noopener noreferrer" data-testid={testId}>
      {children ?? url}
    </a>
  );
}
