// The last error of a followed paper in plain words for the options page, Chinese first.

export type FollowFailureKind = 'network' | 'timeout' | 'http' | 'slow-down' | 'not-epaper' | 'permission' | 'store';

export interface FollowError {
  zh: string;
  en: string;
}

export function describeFollowError(kind: FollowFailureKind, status: number | null): FollowError {
  switch (kind) {
    case 'network':
      return { zh: '连不上这个网站（网络错误），稍后会自动重试', en: 'Could not reach the site (network error); will retry later' };
    case 'timeout':
      return { zh: '网站响应太慢（超时），稍后会自动重试', en: 'The site took too long to answer; will retry later' };
    case 'slow-down':
      return { zh: '网站要求放慢访问，已推迟下次检查', en: 'The site asked us to slow down; the next check is postponed' };
    case 'permission':
      return { zh: '没有访问这个网站的权限，请在选项页重新授权', en: 'No permission for this site; grant it again on the options page' };
    case 'not-epaper':
      return { zh: '取到的页面不是电子报版面，报纸的网址可能改了', en: 'The page fetched is not an e-paper page; the paper may have moved' };
    case 'store':
      return { zh: '保存文章时出错', en: 'Saving the articles failed' };
    case 'http':
      if (status === 403) return { zh: '网站拒绝了访问（403），可以先在浏览器里打开一次这份报纸', en: 'The site refused access (403); try opening the paper in the browser once' };
      if (status != null && status >= 500) return { zh: `网站暂时出错（${status}），稍后会自动重试`, en: `The site had an error (${status}); will retry later` };
      return { zh: `网站返回了错误（${status ?? '未知'}）`, en: `The site answered with an error (${status ?? 'unknown'})` };
  }
}
