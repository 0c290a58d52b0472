import { t } from './i18n';

export interface FollowOfferView {
  /** The tab shows an e-paper page (article or 版面). */
  detected: boolean;
  paperName: string | null;
  /** Already followed (by name). */
  followed: boolean;
}

export interface FollowOfferProps {
  offer: FollowOfferView;
  busy: boolean;
  notice: string | null;
  onFollow: () => void;
}

/** "关注此报" on a detected e-paper page; "已关注" once followed. */
export function FollowOffer({ offer, busy, notice, onFollow }: FollowOfferProps) {
  if (!offer.detected) return notice ? <p class="notice" role="status">{notice}</p> : null;
  return (
    <div class="follow-offer">
      {offer.followed ? (
        <span class="done" data-testid="followed-label">
          {t('followedLabel', offer.paperName ?? '')}
        </span>
      ) : (
        <button type="button" data-testid="follow-button" disabled={busy} onClick={onFollow}>
          {offer.paperName ? t('followPaperNamed', offer.paperName) : t('followPaper')}
        </button>
      )}
      {notice && (
        <p class="notice" role="status" data-testid="follow-notice">
          {notice}
        </p>
      )}
    </div>
  );
}
