import { useState } from 'preact/hooks';
import type { ExportFormat } from '@/lib/export';
import { t } from '../i18n';

export interface BulkBarProps {
  count: number;
  busy: boolean;
  onSelectAll: () => void;
  onClear: () => void;
  onStar: () => void;
  onRead: () => void;
  onDelete: () => void;
  onExport: (format: ExportFormat) => void;
  onCopyCitation: () => void;
}

const FORMATS: { id: ExportFormat; label: 'libraryExportCsv' | 'libraryExportMarkdown' | 'libraryExportMarkdownZip' | 'libraryExportRis' | 'libraryExportGbt' }[] = [
  { id: 'csv', label: 'libraryExportCsv' },
  { id: 'markdown', label: 'libraryExportMarkdown' },
  { id: 'markdown-zip', label: 'libraryExportMarkdownZip' },
  { id: 'ris', label: 'libraryExportRis' },
  { id: 'gbt7714', label: 'libraryExportGbt' },
];

/** What to do with the selected articles: star, mark read, delete, export, copy citations. */
export function BulkBar({ count, busy, onSelectAll, onClear, onStar, onRead, onDelete, onExport, onCopyCitation }: BulkBarProps) {
  const [format, setFormat] = useState<ExportFormat>('csv');
  return (
    <div class="lib-bulk" role="toolbar" aria-label={t('librarySelected', String(count))} data-testid="bulk-bar">
      <span data-testid="bulk-count">{t('librarySelected', String(count))}</span>
      <button type="button" data-testid="bulk-select-all" disabled={busy} onClick={onSelectAll}>
        {t('librarySelectAll')}
      </button>
      {count > 0 && (
        <>
          <button type="button" data-testid="bulk-star" disabled={busy} onClick={onStar}>
            {t('libraryStar')}
          </button>
          <button type="button" data-testid="bulk-read" disabled={busy} onClick={onRead}>
            {t('libraryMarkRead')}
          </button>
          <button type="button" data-testid="bulk-delete" disabled={busy} onClick={onDelete}>
            {t('libraryDelete')}
          </button>
          <select aria-label={t('libraryExportFormat')} data-testid="bulk-format" value={format} onChange={(e) => setFormat((e.currentTarget as HTMLSelectElement).value as ExportFormat)}>
            {FORMATS.map((f) => (
              <option key={f.id} value={f.id}>
                {t(f.label)}
              </option>
            ))}
          </select>
          <button type="button" data-testid="bulk-export" disabled={busy} onClick={() => onExport(format)}>
            {t('libraryExport')}
          </button>
          <button type="button" data-testid="bulk-cite" disabled={busy} onClick={onCopyCitation}>
            {t('libraryCopyCitation')}
          </button>
        </>
      )}
      <button type="button" data-testid="bulk-clear" onClick={onClear}>
        {t('libraryClearSelection')}
      </button>
    </div>
  );
}
