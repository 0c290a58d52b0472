// The article kind from what the page says about it. Notices and ads are recognised by the
// title patterns e-paper crawlers use (docs §2 "Notices, classifieds and ads").
import type { ArticleKind } from '../types';

const NOTICE = /(通知书|告知书|公告|公示|声明|启事|讣告|拍卖|招标|挂牌|遗失|注销|减资|清算|债权申报)/;
const AD = /^(广告|公益广告|本报信息)$/;

export function articleKindFromTitle(title: string): ArticleKind {
  const t = title.replace(/\s+/g, '');
  if (AD.test(t)) return 'other';
  if (NOTICE.test(t) && t.length <= 30) return 'notice';
  return 'news';
}
