import { useEffect } from 'preact/hooks';
import { t } from '../i18n';

export interface UndoToastProps {
  message: string;
  /** How long 撤销 is offered. */
  ms: number;
  onUndo: () => void;
  onExpire: () => void;
}

/** "已删除 3 篇 · 撤销" for a few seconds; announced politely to screen readers. */
export function UndoToast({ message, ms, onUndo, onExpire }: UndoToastProps) {
  useEffect(() => {
    const timer = setTimeout(onExpire, ms);
    return () => clearTimeout(timer);
  }, [message, ms]);
  return (
    <div class="lib-toast" role="status" aria-live="polite" data-testid="undo-toast">
      <span>{message}</span>
      <button type="button" data-testid="undo-button" onClick={onUndo}>
        {t('libraryUndo')}
      </button>
    </div>
  );
}
