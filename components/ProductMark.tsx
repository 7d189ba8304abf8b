import { MARK_CIRCLE, MARK_HANDLE, MARK_VIEWBOX } from './product-mark-shape';

/** The small lens mark, so readers can tell our badge from the site's own labels. Decorative. */
export function ProductMark({ size = 14 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox={MARK_VIEWBOX} aria-hidden="true" focusable="false" class="mark">
      <circle {...MARK_CIRCLE} />
      <path {...MARK_HANDLE} />
    </svg>
  );
}
