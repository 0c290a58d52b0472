import { browser } from 'wxt/browser';
import { webPatterns } from '@/lib/library/match-patterns';
import { CONTENT_SCRIPT_ID } from '@/lib/store/keys';

/** Where WXT writes the runtime content script (entrypoints/content.ts). */
export const CONTENT_SCRIPT_FILE = '/content-scripts/content.js';

/**
 * The origins the content script should run on: every web origin the user granted (optional
 * host permissions) plus the manifest's required hosts, which are empty in normal builds and
 * hold QUBAO_E2E_HOSTS in test builds (see wxt.config.ts).
 */
export async function wantedMatches(): Promise<string[]> {
  const granted = (await browser.permissions.getAll()).origins ?? [];
  const required = (browser.runtime.getManifest() as { host_permissions?: string[] }).host_permissions ?? [];
  return webPatterns([...granted, ...required]);
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Keeps the one registered content script in step with the granted origins. Called at every
 * background start and on permissions.onAdded/onRemoved; calls are queued because a register
 * racing a register fails with a duplicate id.
 */
export function syncContentScripts(): Promise<string[]> {
  const run = queue.then(syncNow, syncNow);
  queue = run.catch(() => undefined);
  return run;
}

async function syncNow(): Promise<string[]> {
  const matches = await wantedMatches();
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [CONTENT_SCRIPT_ID] });
  if (matches.length === 0) {
    if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [CONTENT_SCRIPT_ID] });
    return [];
  }
  const script = {
    id: CONTENT_SCRIPT_ID,
    matches,
    js: [CONTENT_SCRIPT_FILE],
    runAt: 'document_idle' as const,
    allFrames: true,
    persistAcrossSessions: true,
  };
  const current = existing[0]?.matches ?? [];
  // The worker wakes often; leave an up-to-date registration alone.
  if (existing.length && current.length === matches.length && [...current].sort().every((m, i) => m === matches[i])) return matches;
  if (existing.length) await browser.scripting.updateContentScripts([script]);
  else await browser.scripting.registerContentScripts([script]);
  return matches;
}
