import { useRef } from 'preact/hooks';
import { t } from './i18n';

export interface BackupMessage {
  kind: 'ok' | 'error';
  lines: string[];
}

export interface BackupSectionProps {
  busy: boolean;
  message: BackupMessage | null;
  onExport: () => void;
  onImport: (file: File) => void;
}

/** 备份与恢复: one button to download everything, one to pick a file to merge back. */
export function BackupSection({ busy, message, onExport, onImport }: BackupSectionProps) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <section aria-labelledby="backup-heading" data-testid="backup" aria-busy={busy}>
      <h2 id="backup-heading">{t('optionsBackupHeading')}</h2>
      <p class="hint">{t('optionsBackupHint')}</p>
      <div class="actions">
        <button type="button" class="primary" data-testid="backup-export" disabled={busy} onClick={onExport}>
          {t('optionsBackupExport')}
        </button>
        <button type="button" data-testid="backup-import" disabled={busy} onClick={() => input.current?.click()}>
          {t('optionsBackupImport')}
        </button>
        <input
          ref={input}
          type="file"
          accept=".json,application/json"
          data-testid="backup-file"
          class="visually-hidden"
          tabIndex={-1}
          aria-hidden="true"
          onChange={(e) => {
            const el = e.currentTarget as HTMLInputElement;
            const file = el.files?.[0];
            el.value = '';
            if (file) onImport(file);
          }}
        />
      </div>
      <div role="status" aria-live="polite" data-testid="backup-message" class={message?.kind === 'error' ? 'form-error' : 'notice'}>
        {busy ? <p>{t('optionsBackupWorking')}</p> : message?.lines.map((l, i) => <p key={i}>{l}</p>)}
      </div>
    </section>
  );
}
