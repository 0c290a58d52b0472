import { browser } from 'wxt/browser';
import type { TabStatus } from '@/lib/protocol';
import { CONTENT_SCRIPT_FILE } from './content-scripts';

// "保存本页" in the popup: the background injects the content script into the tab (activeTab
// grants this after the toolbar click) with a flag telling it to capture even when the cheap
// prefilter says no, then waits for that capture. The wait is keyed by tab; only the top
// frame's capture answers it.

interface Waiter {
  resolve: (s: TabStatus) => void;
  reject: (e: Error) => void;
  timer: ReturnType<typeof setTimeout>;
}

const waiting = new Map<number, Waiter>();

export const MANUAL_FLAG = '__qubaoManualCapture';

/** True when a manual save is waiting for this tab's top frame (the capture then ignores the site mode). */
export function isManualCapture(tabId: number, frameId: number | undefined): boolean {
  return (frameId ?? 0) === 0 && waiting.has(tabId);
}

export function settleManualCapture(tabId: number, status: TabStatus): void {
  const w = waiting.get(tabId);
  if (!w) return;
  clearTimeout(w.timer);
  waiting.delete(tabId);
  w.resolve(status);
}

export async function saveTabNow(tabId: number, timeoutMs = 20_000): Promise<TabStatus> {
  waiting.get(tabId)?.reject(new Error('superseded'));
  const done = new Promise<TabStatus>((resolve, reject) => {
    const timer = setTimeout(() => {
      waiting.delete(tabId);
      reject(new Error('the page did not answer'));
    }, timeoutMs);
    waiting.set(tabId, { resolve, reject, timer });
  });
  try {
    await browser.scripting.executeScript({
      target: { tabId },
      func: (flag: string) => {
        (globalThis as Record<string, unknown>)[flag] = true;
      },
      args: [MANUAL_FLAG],
    });
    await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] as never });
  } catch (e) {
    const w = waiting.get(tabId);
    if (w) clearTimeout(w.timer);
    waiting.delete(tabId);
    throw e;
  }
  return done;
}
