import { useCallback, useEffect, useState } from 'preact/hooks';
import { SETTINGS, getSetting, openQubaoDb, putSetting } from '@/lib/store';
import type { ArticleRecord } from '@/lib/store/types';
import { exportArticles, gbt7714Citation, joinParts, type ExportFormat } from '@/lib/export';
import type { SamePageLink } from '@/components/reader-view-nav';
import { t } from '@/components/i18n';
import { neighbours, samePageArticles } from './same-page';

export interface ReaderExtras {
  alwaysLoadImages: boolean | null;
  setAlwaysLoadImages: (on: boolean) => void;
  prev: SamePageLink | null;
  next: SamePageLink | null;
  citation: string | null;
  copyCitation: () => void;
  copied: string | null;
  /** Downloads the article (all its parts) as one file. */
  download: (format: ExportFormat) => void;
}

/** Saves bytes as a file through a temporary link (no downloads permission needed). */
export function saveFile(bytes: Uint8Array<ArrayBuffer>, filename: string, mimeType: string): void {
  const url = URL.createObjectURL(new Blob([bytes], { type: mimeType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The picture setting, same-版面 neighbours and the GB/T 7714 citation of the article shown. */
export function useReaderExtras(parts: ArticleRecord[] | null | undefined): ReaderExtras {
  const db = openQubaoDb();
  const [alwaysLoadImages, setAlways] = useState<boolean | null>(null);
  const [around, setAround] = useState<{ prev: SamePageLink | null; next: SamePageLink | null }>({ prev: null, next: null });
  const [copied, setCopied] = useState<string | null>(null);
  useEffect(() => {
    getSetting<boolean>(db, SETTINGS.readerLoadImages).then((v) => setAlways(v === true), () => setAlways(false));
  }, []);
  const lead = parts?.[0];
  const ids = (parts ?? []).map((p) => p.id).join('\n');
  useEffect(() => {
    if (!lead || !parts) return;
    let stale = false;
    samePageArticles(db, lead).then((list) => !stale && setAround(neighbours(list, parts)), () => undefined);
    return () => {
      stale = true;
    };
  }, [ids]);
  const citation = parts?.length ? gbt7714Citation(joinParts(parts)) : null;
  const copyCitation = useCallback(() => {
    if (!citation) return;
    navigator.clipboard.writeText(citation).then(() => setCopied(t('readerCitationCopied', citation)), () => setCopied(citation));
  }, [citation]);
  return {
    alwaysLoadImages,
    setAlwaysLoadImages: (on) => {
      setAlways(on);
      void putSetting(db, SETTINGS.readerLoadImages, on);
    },
    ...around,
    citation,
    copyCitation,
    copied,
    download: (format) => {
      if (!parts?.length) return;
      const file = exportArticles(format, [joinParts(parts)]);
      saveFile(file.bytes as Uint8Array<ArrayBuffer>, file.filename, file.mimeType);
    },
  };
}
