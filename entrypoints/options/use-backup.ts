import { useCallback, useState } from 'preact/hooks';
import { openQubaoDb } from '@/lib/store';
import { BackupFormatError, DEFAULT_BACKUP_LIMITS, exportBackupParts, importBackup, type ImportReport } from '@/lib/store/backup';
import type { BackupMessage } from '@/components/options-screen-backup';
import { formatBytes } from '@/components/options-screen-sections';
import { t } from '@/components/i18n';

const sum = (m: Record<string, number>) => Object.values(m).reduce((s, n) => s + n, 0);

/** What the user reads after an import: counts, then anything skipped or ignored. */
export function importMessage(r: ImportReport): BackupMessage {
  const lines = [t('optionsBackupImported', String(sum(r.added)), String(sum(r.updated)), String(sum(r.unchanged)))];
  if (sum(r.skipped)) lines.push(t('optionsBackupSkipped', String(sum(r.skipped))));
  if (r.unknownTables.length) lines.push(t('optionsBackupUnknownTables', r.unknownTables.slice(0, 5).join(', ')));
  return { kind: 'ok', lines };
}

/** The bytes of a file picked for import are UTF-16 code units at most once decoded: the size check can come first. */
const MAX_FILE_BYTES = DEFAULT_BACKUP_LIMITS.maxChars * 3;

/** Export (download of one JSON file) and import (merge) of the full backup. */
export function useBackup() {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<BackupMessage | null>(null);

  const exportNow = useCallback(async () => {
    setBusy(true);
    try {
      const db = openQubaoDb();
      const parts = await exportBackupParts(db);
      const records = (await Promise.all(db.tables.map((tb) => tb.count()))).reduce((a, b) => a + b, 0);
      const blob = new Blob(parts, { type: 'application/json' });
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = `qubao-backup-${new Date().toISOString().slice(0, 10)}.json`;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      setMessage({ kind: 'ok', lines: [t('optionsBackupExported', String(records), formatBytes(blob.size))] });
    } catch (e) {
      setMessage({ kind: 'error', lines: [t('optionsBackupFailed', String((e as Error)?.message ?? e))] });
    } finally {
      setBusy(false);
    }
  }, []);

  const importFile = useCallback(async (file: File) => {
    if (file.size > MAX_FILE_BYTES) return setMessage({ kind: 'error', lines: [t('optionsBackupTooBig', formatBytes(file.size))] });
    setBusy(true);
    try {
      const report = await importBackup(openQubaoDb(), await file.text());
      setMessage(importMessage(report));
    } catch (e) {
      const reason = String((e as Error)?.message ?? e).slice(0, 200);
      setMessage({ kind: 'error', lines: [e instanceof BackupFormatError ? t('optionsBackupBadFile', reason) : t('optionsBackupFailed', reason)] });
    } finally {
      setBusy(false);
    }
  }, []);

  return { busy, message, onExport: () => void exportNow(), onImport: (f: File) => void importFile(f) };
}
