// The demo's papers. Both are invented, and so is every line of their text: they imitate the
// tone of a Shanghai district paper without quoting one. Tests and the demo read titles and
// bylines from here, so a change of wording here moves with the assertions.

export interface DemoArticle {
  /** Article id as it appears in the file name (content_{id}.htm). */
  id: string;
  introTitle?: string;
  title: string;
  subtitle?: string;
  /** What founder-author holds; empty when the byline sits in the body (本报讯（记者…）). */
  author: string;
  paragraphs: string[];
  /** Caption of the article's picture, if it has one. */
  picCaption?: string;
  /** Polygon on the page thumbnail (350×550), x,y pairs. */
  area: number[];
}

export interface DemoPage {
  /** node_{node}.htm */
  node: string;
  /** 版次 as printed: "1", "01" */
  number: string;
  name: string;
  articles: DemoArticle[];
}

export interface DemoPaper {
  code: string;
  name: string;
  district: string;
  date: { y: number; m: number; d: number; weekday: string };
  charset: 'utf-8' | 'gb2312';
  family: 'founder-classic' | 'cnepaper';
  pages: DemoPage[];
}

const box = (x1: number, y1: number, x2: number, y2: number) => [x1, y1, x2, y1, x2, y2, x1, y2];

export const JIANGWAN: DemoPaper = {
  code: 'jwsb',
  name: '江湾时报',
  district: '上海市（虚构）江湾区',
  date: { y: 2026, m: 3, d: 18, weekday: '三' },
  charset: 'utf-8',
  family: 'founder-classic',
  pages: [
    {
      node: '2',
      number: '1',
      name: '要闻',
      articles: [
        {
          id: '5101',
          introTitle: '聚焦城市更新 提升百姓获得感',
          title: '江湾老街区改造首批居民回迁',
          subtitle: '——三百余户居民喜迁新居，社区配套同步启用',
          author: '本报记者 陈思远 通讯员 周晓岚',
          paragraphs: [
            '　　昨天上午，江湾老街区旧住房成套改造项目举行首批居民回迁仪式，三百一十二户居民领到了新房钥匙。不少老住户一进门就打开窗户，看一看久违的阳光。',
            '　　“以前六家人合用一个灶间，早上排队倒马桶，现在厨房卫生间都是自己的了。”今年七十三岁的沈阿婆拉着记者的手，一间一间地介绍新家。',
            '　　据介绍，该项目采取“原拆原建”方式，保留了街区原有的石库门门头和弄堂肌理，在不改变街巷格局的前提下，为每户增加了独用厨卫，户均使用面积由十九平方米增加到三十二平方米。（下转第2版）',
          ],
          area: box(4, 60, 346, 250),
        },
        {
          id: '5102',
          title: '春日滨江绿道迎来赏花客',
          author: '',
          paragraphs: [
            '　　近日，黄浦江畔的滨江绿道上，早樱、玉兰和二月兰次第开放，吸引不少市民带着孩子前来踏青。绿道沿线新设的十二处休憩驿站同步开放，提供饮水、充电和应急药箱等服务。',
            '　　记者 刘一鸣 摄',
          ],
          picCaption: '市民在滨江绿道赏花拍照。',
          area: box(4, 256, 200, 420),
        },
        {
          id: '5103',
          title: '区内首家嵌入式社区养老服务站开门迎客',
          author: '',
          paragraphs: [
            '　　本报讯（记者 王佳宁 通讯员 孙浩）昨天，位于新港路街道的嵌入式社区养老服务站正式启用。服务站设有日间照料、助餐、康复理疗和家庭照护床位四类服务，可同时为六十位老人提供日间托养。',
            '　　服务站负责人介绍，周边一公里内的老人可以通过“一键呼叫”预约上门助浴和陪同就医，费用按区里的补贴标准分档收取。',
            '　　今年，全区计划新建此类服务站八家，力争实现街镇全覆盖。',
          ],
          area: box(204, 256, 346, 540),
        },
      ],
    },
    {
      node: '3',
      number: '2',
      name: '综合新闻',
      articles: [
        {
          id: '5104',
          title: '江湾老街区改造首批居民回迁',
          author: '',
          paragraphs: [
            '　　（上接第1版）回迁居民还将享受到同步建成的社区食堂、老年活动室和电动自行车集中充电棚。街道在改造期间组建了由居民代表、设计师和施工方组成的“弄堂议事会”，先后召开四十余次协调会，从晾衣架的位置到信箱的朝向都听取了居民意见。',
            '　　下一步，街区第二批一百八十户的改造将于今年六月开工，预计明年底完成回迁。',
          ],
          area: box(4, 60, 346, 220),
        },
        {
          id: '5105',
          title: '街道开展春季消防安全大检查',
          author: '本报记者 赵晨',
          paragraphs: [
            '　　为期一个月的春季消防安全大检查日前在全区各街镇展开。检查组重点走访了老旧小区、群租房和沿街商铺，排查楼道堆物、电动自行车违规充电等隐患。',
            '　　截至目前，检查组已发现并督促整改隐患二百余处，清理楼道堆物六十余吨。',
          ],
          area: box(4, 226, 346, 540),
        },
      ],
    },
  ],
};

export const MAOHE: DemoPaper = {
  code: 'mhb',
  name: '泖河报',
  district: '上海市（虚构）泖河区',
  date: { y: 2026, m: 3, d: 18, weekday: '三' },
  charset: 'gb2312',
  family: 'cnepaper',
  pages: [
    {
      node: '1',
      number: '01',
      name: '要闻',
      articles: [
        {
          id: '1_1',
          introTitle: '春耕备耕有序推进',
          title: '泖河区万亩良田开始翻耕',
          author: '本报记者 钱晓峰',
          paragraphs: [
            '　　连日来，泖河区各镇抢抓晴好天气开展春耕备耕，全区一万二千亩水稻田陆续开始翻耕平整。',
            '　　在叶榭镇的一处家庭农场，几台新购置的无人驾驶拖拉机正在田间来回作业。农场主告诉记者，今年农场种植面积扩大到四百亩，全部采用机械化育秧和插秧。',
            '　　区农业部门表示，今年将继续对种粮大户给予农机购置和绿色种植补贴。',
          ],
          area: box(4, 40, 346, 250),
        },
        {
          id: '1_2',
          title: '泖河沿岸新添三处口袋公园',
          author: '本报记者 吴佳怡',
          paragraphs: [
            '　　随着最后一处绿地完成铺装，泖河沿岸三处口袋公园近日全部建成开放。公园利用沿河的零星空地改造而成，设有步道、座椅和儿童游戏区。',
            '　　附近居民说，傍晚沿着河边散步，走不了几分钟就能坐下来歇歇脚，“家门口的风景变好了”。',
          ],
          area: box(4, 256, 346, 400),
        },
        {
          id: '1_3',
          title: '区图书馆推出“夜读”延时服务',
          author: '通讯员 许文静',
          paragraphs: [
            '　　从本周起，区图书馆每周三至周五的开放时间延长至晚上九点，自习区和少儿阅览区同步延时开放。',
            '　　图书馆还在夜间安排了读书分享会和非遗手作体验活动，读者可通过图书馆公众号预约参加。',
          ],
          area: box(4, 406, 346, 540),
        },
      ],
    },
  ],
};

export const DEMO_PAPERS: DemoPaper[] = [JIANGWAN, MAOHE];

export const pad2 = (n: number) => String(n).padStart(2, '0');

/** The paper's issue folder, relative to the site root: "jwsb/html/2026-03/18". */
export function issueDir(paper: DemoPaper): string {
  const { y, m, d } = paper.date;
  return `${paper.code}/html/${y}-${pad2(m)}/${pad2(d)}`;
}

/** "2026年3月18日" */
export function chineseDate(paper: DemoPaper): string {
  const { y, m, d } = paper.date;
  return `${y}年${m}月${d}日`;
}

export function isoDate(paper: DemoPaper): string {
  const { y, m, d } = paper.date;
  return `${y}-${pad2(m)}-${pad2(d)}`;
}

/** items[i]; the demo data is fixed, so a missing entry is a bug worth a loud error. */
export function nth<T>(items: readonly T[], i: number): T {
  const item = items[i];
  if (item === undefined) throw new Error(`demo data has no entry ${i}`);
  return item;
}
