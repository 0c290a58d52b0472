// Registry of known e-paper sites, keyed by host (and path prefix for shared hosting such as
// cnepaper.com/{code}/). Used for the paper's name and district when a page does not print
// them, and as the list of hosts Qubao offers to enable at first run. Facts from
// ../shared/docs/epaper-platforms.md §3; add entries, keep them sorted by district.

export interface KnownPaper {
  name: string;
  district: string | null;
  /** Host, optionally with a path prefix: "www.cnepaper.com/nsxqb". No scheme, no port. */
  hosts: string[];
}

export const KNOWN_PAPERS: KnownPaper[] = [
  { name: '浦东时报', district: '上海市浦东新区', hosts: ['www.pdtimes.com.cn', 'pdtimes.com.cn'] },
  {
    name: '嘉定报',
    district: '上海市嘉定区',
    // routeryun serves several Shanghai district papers; appkey 49 is 嘉定报 (docs §3).
    hosts: ['www.jiadingbao.cn', 'jiadingbao.cn', 'mobile.epaper.routeryun.com/index.php/home/article/index/appkey/49'],
  },
  { name: '松江报', district: '上海市松江区', hosts: ['www.songjiangbao.com.cn', 'www.shsjb.com'] },
  { name: '朝阳报', district: '北京市朝阳区', hosts: ['video.bjchy.gov.cn'] },
  { name: '海淀报', district: '北京市海淀区', hosts: ['www.haidian001.com'] },
  { name: '滨海时报', district: '天津市滨海新区', hosts: ['bhsb.tjbh.com'] },
  { name: '南沙新区报', district: '广东省广州市南沙区', hosts: ['www.cnepaper.com/nsxqb'] },
  { name: '宝安日报', district: '广东省深圳市宝安区', hosts: ['barb.sznews.com', 'ibaoan.sznews.com'] },
  { name: '萧山日报', district: '浙江省杭州市萧山区', hosts: ['xsrb.xsnet.cn'] },
  { name: '长寿日报', district: '重庆市长寿区', hosts: ['epaper.ccs.cn'] },
  { name: '万州时报', district: '重庆市万州区', hosts: ['dpaper.sxcm.net/wzsb'] },
  { name: '沙坪坝报', district: '重庆市沙坪坝区', hosts: ['www.cnepaper.com/spbb'] },
  { name: '南川日报', district: '重庆市南川区', hosts: ['ncrb.cqncnews.com'] },
  { name: '武陵都市报', district: '重庆市', hosts: ['115.236.76.50/wldsb'] },
  { name: '忠州日报', district: '重庆市忠县', hosts: ['epaper.zzxw.net'] },
  { name: '兰州新区报', district: '甘肃省兰州市兰州新区', hosts: ['szb.gansudaily.com.cn/lzxqb'] },
  { name: '今日章丘', district: '山东省济南市章丘区', hosts: ['115.236.76.50/jrzq'] },
  { name: '淄川工作报', district: '山东省淄博市淄川区', hosts: ['www.cnepaper.com/zcgz'] },
  { name: '广信报', district: '江西省上饶市广信区', hosts: ['www.cnepaper.com/srxb'] },
  { name: '今日兴义', district: '贵州省黔西南州兴义市', hosts: ['115.236.76.50/xyb'] },
  { name: '大方报', district: '贵州省毕节市大方县', hosts: ['115.236.76.50/dfb'] },
  { name: '青州通讯', district: '山东省潍坊市青州市', hosts: ['epaper.qzxww.com'] },
  { name: '石狮日报', district: '福建省泉州市石狮市', hosts: ['ssrb.fjdaily.com'] },
  { name: '寿光日报', district: '山东省潍坊市寿光市', hosts: ['szb.sgnet.cc'] },
  { name: '太谷报', district: '山西省晋中市太谷区', hosts: ['www.tgxcw.gov.cn'] },
];

/** The known paper for a page URL: the longest matching host/path prefix wins. */
export function paperForUrl(url: string | null | undefined): KnownPaper | null {
  if (!url) return null;
  let host: string;
  let path: string;
  try {
    const u = new URL(url);
    host = u.hostname.toLowerCase();
    path = u.pathname;
  } catch {
    return null;
  }
  let best: { paper: KnownPaper; len: number } | null = null;
  for (const paper of KNOWN_PAPERS) {
    for (const h of paper.hosts) {
      const [hHost, ...rest] = h.split('/');
      const prefix = rest.length ? `/${rest.join('/')}/` : '/';
      if (hHost !== host || !(path + '/').startsWith(prefix)) continue;
      if (!best || h.length > best.len) best = { paper, len: h.length };
    }
  }
  return best?.paper ?? null;
}
