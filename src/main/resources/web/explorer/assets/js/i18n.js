// Interface texts in Chinese (default) and English. Data (labels, sentences) is shown as stored;
// the fixed terms of the ontology (levels, scopes, kinds, classes) are translated here.

const TEXT = {
  zh: {
    siteName: '法治政府建设年度报告知识图谱',
    navHome: '首页', navShared: '共享机制', navFirsts: '首创与时间线', navMetrics: '指标', navQuery: 'SPARQL 查询',
    langToggle: 'English', loading: '加载中……', error: '出错了：', noData: '没有符合条件的数据。',
    footer: '所有数据来自 /sparql 端点；每个视图使用的 SPARQL 查询可在“SPARQL 查询”页打开。',
    homeIntro: '本图谱收录各地法治政府建设年度报告中的地区、机关、制度机制、政策文件、指标和“首创”表述，每一事实都可追溯到原文句子。',
    searchLabel: '搜索名称、别名或标题', searchPlaceholder: '例如：北京、枫桥、三项制度', searchButton: '搜索',
    searchNone: '没有找到包含“{0}”的实体。', searchCount: '找到 {0} 个实体', matchedAlias: '匹配：{0}',
    showInNetwork: '在网络中查看',
    statsReports: '报告：按年度与层级', statsEntities: '实体：按类别', year: '年度', level: '层级', total: '合计',
    reports: '报告', unknown: '未知',
    entryShared: '哪些地区共享哪些制度机制？网络图、共现关系与原文证据。',
    entryFirsts: '谁声称“全国首创”“全省率先”？每个机制最早出现在哪份报告？',
    entryMetrics: '行政复议、出庭应诉率等指标在各地区、各年度的数值与出处。',
    entryQuery: '用 SPARQL 直接提问；可打开全部保存的查询。',
    filters: '筛选', minRegions: '至少被几个地区提到', fromYear: '起始年度', toYear: '结束年度',
    province: '省份', kind: '类别', all: '全部', showBodies: '显示同句提及的机关', view: '视图',
    viewNetwork: '地区—机制网络', viewCooccurrence: '机制共现', layout: '布局', apply: '应用',
    layoutCose: '力导向', layoutConcentric: '同心圆',
    tryMinOne: '改为也显示只被一个地区提到的制度机制',
    networkStatus: '显示 {0} 个制度机制、{1} 个地区', networkBodies: '、{0} 个机关', fullStop: '。',
    networkOmitted: '为保持可用，网络最多显示 {0} 个节点；另有 {1} 个节点未显示（{2} 个制度机制）。请收紧筛选条件。',
    cooccurrenceStatus: '显示 {0} 个制度机制、{1} 条共现关系（连线越粗，共同出现的报告越多）。',
    clickHint: '点击网络中的节点查看详情：制度机制显示提到它的地区、年度和原文句子；地区显示它提到的制度机制。',
    mechanismList: '制度机制列表', mechanism: '制度机制', regionCount: '地区数', years: '年度', region: '地区',
    sentence: '原文句子', report: '报告', entityPage: '实体页面', mentionedBy: '{0} 个地区、{1} 条句子提到“{2}”',
    regionMentions: '“{0}”的报告提到 {1} 个制度机制', body: '机关', mentions: '提及次数',
    coMentionedBodies: '同句提及的机关', firstYear: '首次', lastYear: '最近',
    firstsTitle: '“首创”表述（按范围）', firstsIntro: '报告中声称的全国首创、全省率先、全市首个等；同一事项被多个地区声称时会标出。',
    claim: '首创事项', scope: '范围', sameClaim: '{0} 个地区声称同一首创',
    timelineTitle: '制度机制时间线：最早提到的报告与逐年扩散',
    timelineIntro: '每行一个制度机制，按最早年度排序；格子中的数字是该年提到它的地区数，首个年度高亮并列出最早的报告。',
    earliest: '最早的报告', newRegions: '{0} 个地区',
    metricsTitle: '指标比较', indicator: '指标', unit: '单位', sortBy: '排序', sortRegion: '按地区、年度', sortValue: '按数值',
    value: '数值', subject: '统计对象', exportCsv: '导出 CSV', exportJson: '导出 JSON', barHint: '点击柱形查看数值出自哪句话。',
    observations: '条观测', pickIndicator: '请选择指标。', selectedObservation: '所选数值的出处',
    queryTitle: 'SPARQL 查询', savedQueries: '保存的查询', explorerQueries: '探索页面使用的查询', chooseQuery: '— 选择保存的查询 —',
    run: '运行 (Ctrl+Enter)', shareLink: '可分享的链接', rowsCount: '{0} 行，用时 {1} 毫秒', askResult: 'ASK 结果：{0}',
    page: '第 {0} / {1} 页', prev: '上一页', next: '下一页',
    class_Report: '报告', class_Region: '地区', class_GovernmentBody: '机关', class_Mechanism: '制度机制',
    class_PolicyDocument: '政策文件', class_Indicator: '指标', class_Observation: '指标观测',
    class_PioneeringClaim: '首创表述', class_Mention: '提及',
    level_Province: '省级', level_City: '地级', level_District: '市辖区', level_County: '县级',
    level_Subdistrict: '乡级', level_Community: '村级',
    scope_national: '全国', scope_province: '全省', scope_city: '全市', scope_district: '本区/本县', scope_none: '未说明范围',
    kind_initiative: '制度与举措', kind_slogan: '提法与口号',
    section_Achievements: '举措与成效', section_Shortcomings: '不足', section_Plans: '下一步计划', section_OtherSection: '其他',
  },
  en: {
    siteName: 'Rule-of-law government reports knowledge graph',
    navHome: 'Home', navShared: 'Shared initiatives', navFirsts: 'Firsts & timeline', navMetrics: 'Indicators', navQuery: 'SPARQL query',
    langToggle: '中文', loading: 'Loading…', error: 'Error: ', noData: 'No data matches.',
    footer: 'All data comes from the /sparql endpoint; the query behind each view can be opened on the SPARQL query page.',
    homeIntro: 'This graph holds the regions, government bodies, mechanisms, policy documents, indicators and pioneering claims of rule-of-law government annual reports; every fact leads back to its source sentence.',
    searchLabel: 'Search names, aliases and titles', searchPlaceholder: 'e.g. 北京, 枫桥, 三项制度', searchButton: 'Search',
    searchNone: 'No entity contains “{0}”.', searchCount: '{0} entities found', matchedAlias: 'matched: {0}',
    showInNetwork: 'show in network',
    statsReports: 'Reports by year and level', statsEntities: 'Entities by kind', year: 'Year', level: 'Level', total: 'Total',
    reports: 'Reports', unknown: 'unknown',
    entryShared: 'Which regions share which mechanisms? Network, co-occurrence and the sentences behind each link.',
    entryFirsts: 'Who claims to be first nationally or in the province? Which report mentions each mechanism first?',
    entryMetrics: 'Indicators such as administrative reconsideration cases across regions and years, with their source.',
    entryQuery: 'Ask in SPARQL directly; every saved query is one click away.',
    filters: 'Filters', minRegions: 'Mentioned by at least N regions', fromYear: 'From year', toYear: 'To year',
    province: 'Province', kind: 'Kind', all: 'All', showBodies: 'Show bodies named in the same sentence', view: 'View',
    viewNetwork: 'Regions–mechanisms network', viewCooccurrence: 'Co-occurrence', layout: 'Layout', apply: 'Apply',
    layoutCose: 'force-directed', layoutConcentric: 'concentric',
    tryMinOne: 'show mechanisms mentioned by a single region too',
    networkStatus: 'Showing {0} mechanisms, {1} regions', networkBodies: ', {0} bodies', fullStop: '.',
    networkOmitted: 'To stay usable the network shows at most {0} nodes; {1} more nodes were left out ({2} mechanisms). Narrow the filters.',
    cooccurrenceStatus: 'Showing {0} mechanisms and {1} co-occurrence links (thicker: more reports in common).',
    clickHint: 'Click a node: a mechanism shows the regions, years and sentences that mention it; a region shows its mechanisms.',
    mechanismList: 'Mechanisms', mechanism: 'Mechanism', regionCount: 'Regions', years: 'Years', region: 'Region',
    sentence: 'Sentence', report: 'Report', entityPage: 'entity page', mentionedBy: '{0} regions, {1} sentences mention “{2}”',
    regionMentions: 'The reports of “{0}” mention {1} mechanisms', body: 'Body', mentions: 'Mentions',
    coMentionedBodies: 'Bodies named in the same sentence', firstYear: 'first', lastYear: 'last',
    firstsTitle: 'Pioneering claims by scope', firstsIntro: 'Claims to be first in the country, province or city; a claim made by several regions is flagged.',
    claim: 'Claimed first', scope: 'Scope', sameClaim: 'claimed by {0} regions',
    timelineTitle: 'Mechanism timeline: earliest report and spread by year',
    timelineIntro: 'One row per mechanism, ordered by first year; each cell gives the number of regions mentioning it that year, the first year is highlighted with the earliest report.',
    earliest: 'Earliest report', newRegions: '{0} regions',
    metricsTitle: 'Indicators', indicator: 'Indicator', unit: 'Unit', sortBy: 'Sort', sortRegion: 'by region, year', sortValue: 'by value',
    value: 'Value', subject: 'Subject', exportCsv: 'Export CSV', exportJson: 'Export JSON', barHint: 'Click a bar to see the sentence the value comes from.',
    observations: 'observations', pickIndicator: 'Choose an indicator.', selectedObservation: 'Source of the selected value',
    queryTitle: 'SPARQL query', savedQueries: 'Saved queries', explorerQueries: 'Queries used by the explorer', chooseQuery: '— choose a saved query —',
    run: 'Run (Ctrl+Enter)', shareLink: 'Shareable link', rowsCount: '{0} rows in {1} ms', askResult: 'ASK result: {0}',
    page: 'Page {0} of {1}', prev: 'Previous', next: 'Next',
    class_Report: 'Report', class_Region: 'Region', class_GovernmentBody: 'Body', class_Mechanism: 'Mechanism',
    class_PolicyDocument: 'Policy document', class_Indicator: 'Indicator', class_Observation: 'Observation',
    class_PioneeringClaim: 'Pioneering claim', class_Mention: 'Mention',
    level_Province: 'province', level_City: 'city', level_District: 'district', level_County: 'county',
    level_Subdistrict: 'subdistrict', level_Community: 'community',
    scope_national: 'national', scope_province: 'province', scope_city: 'city', scope_district: 'district / county', scope_none: 'scope not stated',
    kind_initiative: 'initiatives', kind_slogan: 'slogans',
    section_Achievements: 'achievements', section_Shortcomings: 'shortcomings', section_Plans: 'plans', section_OtherSection: 'other',
  },
};

const STORAGE_KEY = 'fazhi-kg.lang';

/** The interface language: ?lang= in the URL, else the last choice, else Chinese. */
export function lang() {
  const fromUrl = new URLSearchParams(location.search).get('lang');
  if (fromUrl === 'zh' || fromUrl === 'en') return fromUrl;
  const stored = localStorage.getItem(STORAGE_KEY);
  return stored === 'en' ? 'en' : 'zh';
}

export function setLang(value) {
  localStorage.setItem(STORAGE_KEY, value);
}

/** The text for key in the current language, with {0}, {1} … replaced by args. */
export function t(key, ...args) {
  const text = TEXT[lang()][key] ?? TEXT.zh[key] ?? key;
  return text.replace(/\{(\d+)\}/g, (_, i) => String(args[Number(i)]));
}

/** A translated term of the ontology, e.g. term('level', 'https://…#District'); falls back to the local name. */
export function term(group, iriOrValue) {
  if (!iriOrValue) return TEXT.zh[group + '_none'] ? t(group + '_none') : '';
  const name = iriOrValue.replace(/^.*[#/]/, '');
  const key = group + '_' + name;
  return TEXT.zh[key] ? t(key) : name;
}
