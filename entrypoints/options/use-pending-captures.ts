import { useEffect, useState } from 'preact/hooks';
import { liveQuery } from 'dexie';
import { browser } from 'wxt/browser';
import { openQubaoDb } from '@/lib/store';
import { SESSION } from '@/lib/store/keys';
import { pendingCaptureFileName, pendingCaptures, type PendingCapture } from '@/lib/store/inbox-view';
import type { PendingCapturesProps } from '@/components/options-pending-captures';
import { t } from '@/components/i18n';

/** The capture inbox, live, and the user's ways out: 重试 and 放弃 go to the background (it owns the runs). */
export function usePendingCaptures(): PendingCapturesProps {
  const db = openQubaoDb();
  const [pending, setPending] = useState<PendingCapture[] | null>(null);
  const [newerDatabase, setNewerDatabase] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);

  useEffect(() => {
    const sub = liveQuery(() => db.inbox.toArray()).subscribe({ next: (rows) => setPending(pendingCaptures(rows, Date.now())), error: () => setPending([]) });
    // Written by the worker when the database is newer than this build (inbox-start.ts).
    browser.storage.session
      ?.get(SESSION.newerDatabase)
      .then((got) => setNewerDatabase((got[SESSION.newerDatabase] as { message?: string } | undefined)?.message ?? null))
      .catch(() => undefined);
    return () => sub.unsubscribe();
  }, []);

  const send = async (type: 'inbox/retry' | 'inbox/discard', id: string): Promise<boolean> => {
    setBusyId(id);
    try {
      const res = (await browser.runtime.sendMessage({ type, id })) as { ok?: boolean } | undefined;
      return res?.ok === true;
    } catch {
      return false;
    } finally {
      setBusyId(null);
    }
  };

  return {
    pending,
    newerDatabase,
    notice,
    busyId,
    onRetry: (id) => {
      setNotice(null);
      void send('inbox/retry', id).then((ok) => setNotice(t(ok ? 'durabilityPendingRetryDone' : 'durabilityPendingRetryFailed')));
    },
    onDiscard: (id) => void send('inbox/discard', id),
    onDownload: (id) => {
      // The page as captured, as a file the user keeps; never rendered in an extension page.
      void db.inbox.get(id).then((row) => {
        if (!row?.html) return;
        const url = URL.createObjectURL(new Blob([row.html], { type: 'text/html;charset=utf-8' }));
        const a = document.createElement('a');
        a.href = url;
        a.download = pendingCaptureFileName(row);
        a.click();
        setTimeout(() => URL.revokeObjectURL(url), 10_000);
      });
    },
  };
}
