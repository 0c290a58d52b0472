// Sample articles written for Qubao's tests and benchmarks (our own text, in the shape of
// district-paper news; people and projects are invented). Shared by lib/text and lib/search.
import type { SearchableArticle } from '../search/types';

export const SAMPLE_ARTICLES: SearchableArticle[] = [
  {
    id: 'housing',
    paperName: '金山报', date: '2023-12-05', pageNumber: '01', pageName: '要闻',
    introTitle: '民生实事项目提前完成', title: '全区新增保障性租赁住房1200套', subtitle: '公租房申请窗口同步延伸到街镇',
    reporters: ['杨季峰'], correspondents: ['陈晓燕'],
    paragraphs: [
      '本报讯（记者 杨季峰 通讯员 陈晓燕）记者从区住房保障部门获悉，今年全区新增保障性租赁住房1200套，已全部交付使用，年度民生实事项目提前完成。',
      '新增的保障性租赁住房分布在朱泾镇、亭林镇和石化街道，以小户型为主，租金低于同地段市场租金水平。园区企业的青年职工、新就业群体可以通过单位集中申请，也可以个人申请。',
      '与此同时，公租房申请窗口从区行政服务中心延伸到各街镇社区事务受理服务中心。符合条件的家庭在家门口就能递交公租房申请材料，审核时间由原来的30个工作日缩短到15个工作日。',
      '区住房保障部门负责人介绍，明年将继续筹措保障性租赁住房房源，重点布局在产业园区周边，让来金山工作的年轻人住得近、租得起、住得好。',
    ],
  },
  {
    id: 'zhangyan-incubator',
    paperName: '金山报', date: '2023-12-12', pageNumber: '02', pageName: '综合新闻',
    title: '科创孵化器落户小镇', introTitle: null, subtitle: null,
    reporters: ['王敏'],
    paragraphs: [
      '本报讯（记者 王敏）日前，启迪科创孵化器在张堰镇正式揭牌，首批12家科技型中小企业入驻。',
      '孵化器由张堰镇与启迪集团合作建设，提供办公场地、创业辅导和融资对接服务。入驻企业涉及新材料、智能制造和数字农业等领域。',
      '镇相关负责人表示，将以孵化器为平台，吸引更多创新团队来张堰镇创业，为乡村振兴注入科技力量。',
    ],
  },
  {
    id: 'zhangyan-oldstreet',
    paperName: '金山报', date: '2023-11-20', pageNumber: '03', pageName: '街镇',
    title: '张堰镇老街焕新颜', introTitle: null, subtitle: '百年老宅变身社区书房',
    reporters: ['杨季峰'],
    paragraphs: [
      '本报讯（记者 杨季峰）走进张堰镇老街，青石板路干净整洁，修缮一新的百年老宅成了居民读书休闲的社区书房。',
      '今年以来，镇里对老街沿线建筑开展保护性修缮，老街改造坚持修旧如旧，保留原有的街巷肌理。',
      '不少居民说，老街既有烟火气，又有书香味，周末常带孩子来看书。',
    ],
  },
  {
    id: 'fengjing-tourism',
    paperName: '金山报', date: '2023-10-08', pageNumber: '01', pageName: '要闻',
    title: '国庆假期古镇游人气旺', introTitle: null, subtitle: null,
    reporters: ['李华'], photographers: ['周强'],
    paragraphs: [
      '国庆假期，枫泾古镇接待游客超过20万人次。枫泾镇推出夜游古镇、农民画体验等活动，游客在古镇里品尝丁蹄、状元糕等特色美食。',
      '金山卫镇的城市沙滩、山阳镇的金山嘴渔村同样人气旺盛。张堰镇也在老街推出了非遗市集，文旅融合的新业态吸引了不少外地游客。',
      '区文旅部门统计，假期全区主要景点接待游客同比增长三成。',
    ],
  },
  {
    id: 'community-care',
    paperName: '金山报', date: '2023-12-18', pageNumber: '04', pageName: '社会',
    title: '社区长期照护服务覆盖所有街镇', introTitle: null, subtitle: null,
    reporters: ['陈晓燕'],
    paragraphs: [
      '记者从区民政部门了解到，社区长期照护服务已覆盖全区所有街镇，长者食堂和助餐点为老人提供价格实惠的午餐。',
      '石化街道的一家长者食堂每天供应300多份午餐，老人们说饭菜清淡可口，价格也实惠。',
    ],
  },
  {
    id: 'district-head',
    paperName: '金山报', date: '2024-01-03', pageNumber: '01', pageName: '要闻',
    title: '区长调研重大项目建设', introTitle: null, subtitle: null,
    reporters: ['王敏'],
    paragraphs: [
      '1月2日，区长带队调研全区重大项目建设情况，先后来到朱泾镇、枫泾镇的多个在建项目现场。',
      '区长强调，要抢抓施工黄金期，确保项目按计划推进，同时守牢安全生产底线。',
    ],
  },
  {
    id: 'songjiang-waste',
    paperName: '松江报', date: '2023-12-20', pageNumber: 'A01', pageName: '要闻',
    title: '垃圾分类实效持续提升', introTitle: null, subtitle: null,
    reporters: ['赵磊'],
    paragraphs: [
      '记者从区绿化市容部门获悉，全区居民区垃圾分类达标率保持在95%以上，湿垃圾日均分出量稳定在较高水平。',
      '在方松街道的一个小区，志愿者每天早晚在投放点值守，指导居民正确分类投放。',
    ],
  },
  {
    id: 'zhangyan-brief',
    paperName: '金山报', date: '2023-12-28', pageNumber: '02', pageName: '综合新闻',
    title: '一批实事项目年底完工', introTitle: null, subtitle: null,
    reporters: ['李华'],
    paragraphs: [
      '年底前，张堰镇、亭林镇和廊下镇的一批民生实事项目相继完工，包括道路修缮、河道整治和老旧小区改造。',
      '张堰镇的两条乡村道路完成拓宽，沿线村民出行更加方便。',
    ],
  },
];

export function sampleArticle(id: string): SearchableArticle {
  const a = SAMPLE_ARTICLES.find((x) => x.id === id);
  if (!a) throw new Error(`no sample article ${id}`);
  return a;
}
