import { storage } from 'wxt/utils/storage';
import type { ProvenanceReport } from '../analysis/types';

/** What the extension knows about one tab, kept in `storage.session` so a restarted service worker still has it. */
export type TabState =
  | { status: 'analysing'; url: string }
  | { status: 'done'; url: string; report: ProvenanceReport }
  | { status: 'failed'; url: string; message: string }
  | { status: 'disabled'; url: string };

export type TabStateKey = `session:tab:${number}`;

export function tabStateKey(tabId: number): TabStateKey {
  return `session:tab:${tabId}`;
}

export async function getTabState(tabId: number): Promise<TabState | null> {
  return (await storage.getItem<TabState>(tabStateKey(tabId))) ?? null;
}

export async function setTabState(tabId: number, state: TabState): Promise<void> {
  await storage.setItem(tabStateKey(tabId), state);
}

export async function dropTabState(tabId: number): Promise<void> {
  await storage.removeItem(tabStateKey(tabId));
}

export function watchTabState(tabId: number, cb: (state: TabState | null) => void): () => void {
  return storage.watch<TabState>(tabStateKey(tabId), (value) => cb(value ?? null));
}
