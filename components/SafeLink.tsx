import type { ComponentChildren } from 'preact';
import { httpUrl } from '@/utils/extension/links';

/**
 * A link taken from a page: shown only when it is http(s), with its real address as its text unless
 * told otherwise, and opened in a new tab without giving the new page a handle on ours. Anything
 * else (javascript:, data:, vbscript:, file:, …) is dropped: only the given label, if any, remains.
 */
export function SafeLink({ href, children, testId }: { href: string | null | undefined; children?: ComponentChildren; testId?: string }) {
  const url = httpUrl(href);
  if (!url) return children === undefined ? null : <span>{children}</span>;
  return (
    <a href={url} target="_blank" rel="noopener noreferrer" data-testid={testId}>
      {children ?? url}
    </a>
  );
}
