import type { LayoutSummary, SaveScope } from '@/lib/protocol';
import type { JobStatus } from '@/lib/store/types';
import { t } from './i18n';

/** A save job as the popup shows it. */
export interface JobView {
  id: number;
  scope: SaveScope;
  status: JobStatus;
  done: number;
  total: number;
  failed: number;
  /** Headline (or URL) of the page being fetched. */
  current: string | null;
  /** Why the job failed as a whole (a page that fails is only counted). */
  error: string | null;
}

export interface SaveLayoutButtonsProps {
  layout: LayoutSummary;
  busy: boolean;
  onSave: (scope: SaveScope) => void;
}

/** "保存本版全部文章 / 保存整期" on a 版面 page, with the counts read from the parsed layout. */
export function SaveLayoutButtons({ layout, busy, onSave }: SaveLayoutButtonsProps) {
  return (
    <div class="actions">
      {layout.articleCount > 0 && (
        <button type="button" data-testid="save-layout-button" disabled={busy} onClick={() => onSave('page')}>
          {t('saveLayout', String(layout.articleCount))}
        </button>
      )}
      {layout.pageCount > 1 && (
        <button type="button" data-testid="save-issue-button" disabled={busy} onClick={() => onSave('issue')}>
          {t('saveIssue', String(layout.pageCount))}
        </button>
      )}
    </div>
  );
}

export interface JobProgressProps {
  job: JobView;
  onCancel: (id: number) => void;
}

const END_TEXT = { done: 'jobDone', cancelled: 'jobCancelled' } as const;

/** Live progress of a save job: done/total/failed, the page being fetched, and cancel. */
export function JobProgress({ job, onCancel }: JobProgressProps) {
  const running = job.status === 'running';
  return (
    <section data-testid="job-progress" class="job-progress" data-status={job.status}>
      <p class="status-head">{t(job.scope === 'issue' ? 'jobHeadingIssue' : 'jobHeadingPage')}</p>
      <p data-testid="job-counts" data-done={job.done} data-total={job.total} data-failed={job.failed}>
        {t('jobProgress', String(job.done), String(job.total), String(job.failed))}
      </p>
      {running && job.current && <p data-testid="job-current" class="status-line">{t('jobCurrent', job.current)}</p>}
      {(job.status === 'done' || job.status === 'cancelled') && <p class="status-line">{t(END_TEXT[job.status])}</p>}
      {job.status === 'failed' && <p class="status-line">{t('jobFailed', job.error ?? '')}</p>}
      {running && (
        <button type="button" data-testid="job-cancel" onClick={() => onCancel(job.id)}>
          {t('jobCancel')}
        </button>
      )}
    </section>
  );
}
