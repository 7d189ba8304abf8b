/** The lens mark's shapes, drawn by the popup (Preact, ProductMark.tsx) and the inline badge (DOM, inline-badge.ts). */
export const MARK_VIEWBOX = '0 0 16 16';
export const MARK_CIRCLE = { cx: '6.5', cy: '6.5', r: '4.5', fill: 'none', stroke: 'currentColor', 'stroke-width': '2' } as const;
export const MARK_HANDLE = { d: 'M10 10l4.5 4.5', stroke: 'currentColor', 'stroke-width': '2', 'stroke-linecap': 'round' } as const;
