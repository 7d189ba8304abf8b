import { browser } from 'wxt/browser';
import type { ProvenanceReport } from '../analysis/types';
import { headline, republicationLine } from '../wording';
import type { TabState } from './tab-state';

/**
 * The toolbar button's per-tab badge. One text and one calm colour per kind of finding
 * (wording-and-look.md: informational, not red/green); the tooltip says it in words.
 */
export interface ToolbarLook {
  text: string;
  color: string;
  title: string;
}

export const PRODUCT = 'Provenance Lens';

export const TOOLBAR_COLORS = {
  'ai-generated': '#6d28d9', // violet
  'ai-assisted': '#1d4ed8', // blue
  'ai-media': '#0f766e', // teal
  republished: '#b45309', // amber
  none: '#4b5563', // grey
} as const;

export function toolbarLook(state: TabState | null): ToolbarLook {
  if (!state) return { text: '', color: TOOLBAR_COLORS.none, title: PRODUCT };
  switch (state.status) {
    case 'analysing':
      return { text: '', color: TOOLBAR_COLORS.none, title: `${PRODUCT}: analysing this page…` };
    case 'failed':
      return { text: '', color: TOOLBAR_COLORS.none, title: `${PRODUCT}: the analysis of this page failed` };
    case 'disabled':
      return { text: '', color: TOOLBAR_COLORS.none, title: `${PRODUCT}: turned off for this site` };
    case 'done':
      return reportLook(state.report);
  }
}

function reportLook(report: ProvenanceReport): ToolbarLook {
  const words = [headline(report), republicationLine(report)].filter(Boolean).join('. ');
  const title = `${PRODUCT}: ${words}`;
  switch (report.verdict) {
    case 'ai-generated':
      return { text: 'AI', color: TOOLBAR_COLORS['ai-generated'], title };
    case 'ai-assisted':
      return { text: 'ASST', color: TOOLBAR_COLORS['ai-assisted'], title };
    case 'ai-media':
      return { text: 'IMG', color: TOOLBAR_COLORS['ai-media'], title };
    default:
      if (report.republication.isRepublished) return { text: 'COPY', color: TOOLBAR_COLORS.republished, title };
      return { text: '', color: TOOLBAR_COLORS.none, title };
  }
}

/** MV3 has `action`; Firefox's MV2 build has `browserAction`. */
function actionApi() {
  return browser.action ?? browser.browserAction;
}

export async function applyToolbar(tabId: number, state: TabState | null): Promise<void> {
  const action = actionApi();
  if (!action) return;
  const look = toolbarLook(state);
  await Promise.all([
    action.setBadgeText({ tabId, text: look.text }),
    action.setBadgeBackgroundColor({ tabId, color: look.color }),
    action.setTitle({ tabId, title: look.title }),
    // setBadgeTextColor: Chrome 110+, Firefox 63+; white on every colour above passes WCAG AA.
    'setBadgeTextColor' in action ? action.setBadgeTextColor({ tabId, color: '#ffffff' }) : undefined,
  ]);
}
