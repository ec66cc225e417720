// The kinds of line around a document and in its title (split from preamble.ts along the page's parts: what a line
// is here, where the document starts in preamble.ts): a website's or a notice's wrapper, a title and its tail, a
// notice's headline and points, a number or a date on its own line, prose.
import type { Block } from '../domain/document';
import { blockText, despace } from '../domain/blockText';
import { isFieldLine } from './titleLines';

/**
 * A site's breadcrumb between its levels ("首页 > 政务公开", "首页 › 交易信息", "首页»通知公告"): a comparison's > or a
 * flow's → only with spaces around it, the guillemets that print nothing else however set.
 */
const BREADCRUMB_SOURCE = '\\S\\s+[>＞→≫]\\s+\\S|\\S\\s*[›»]\\s*\\S';
/** A role in an article's credits, before its name. */
const CREDIT = '(?:文字|文|图片|图|摄影|视频|编辑|责编|责任编辑|审核|审校|校对|作者|记者|通讯员|排版|美编|终审|初审|复审)\\s*';
/**
 * A field of a page's metadata table, by its label ("主 题 词：公共数据 授权运营 征求意见", "文件名称：关于……的公告"): the
 * page's, whatever its value reads like (a 主题词 ending in 意见 is no title).
 */
const FIELD_LABEL_SOURCE = '^(?:文件名称|文件类型|索引号|主题分类|发文机关|成文日期|发文字号|有效性|主题词|(?:体裁|组配|服务对象)分类|公开(?:方式|范围|形式)|发布(?:机构|日期|时间)|信息来源)[:：]';
const FIELD_LABEL = new RegExp(FIELD_LABEL_SOURCE);
/** Lines that belong to the page or the notice around a document, not to the document. */
const WRAPPER = new RegExp(
  [
    '欢迎您', '欢迎访问', '^首页', '当前位置', '您的位置', '网站地图', '无障碍', '^登录', '^注册', '(?:字号|字体)[:：]?\\s*[大中小]', '打印本页', '关闭窗口',
    '分享到', '浏览次数', '访问量', '^来源[:：]', '发布时间', '发布日期', '发布机构', '信息来源', '征集时间', '反馈时间', '截止时间',
    // A call for comments, not a consultation the text reports it held ("经征求市交通运输局等部门意见，制定本方案",
    // "经认真研究并征求会办单位意见"): that is the text's own preamble.
    // Nor one it reports as done ("编制过程中征求了42家单位意见").
    // A draft named by its stage in brackets ("《……（征求意见稿）》的起草说明") is a document, not a call.
    '(?<!(?:经|并|已|曾|在|广泛|充分|多次|认真)[^，。；]{0,4})(?<![（(])征求(?!了|过).{0,12}意见',
    // the notice's headline asks for comments on a named document, however long its name ("征求《…（送审稿）》意见")
    '征求\\s*《[^《》]{1,80}》\\s*的?意见',
    // A call the plan's own parties make ("运营机构面向社会公开征集……合作伙伴") is the plan's arrangement, not the notice's.
    '(?<!(?:运营机构|运营单位|运营主体|运营方|乙方|甲方|实施机构|授权方)[^，。；|｜]{0,8})公开征集', '意见建议', '邮箱[:：]', '^附件\\s*\\d*\\s*[:：]?', '^附\\s*[:：]',
    '文件名称', '文件类型', '索引号', '主题分类', '发文机关', '成文日期', '发文字号', FIELD_LABEL_SOURCE, '^扫一扫', '^【.{0,6}】$', '^\\[.{0,6}\\]$',
    // a row of the page's buttons ("【字体：大 中 小】 【打印】 【关闭】")
    '^(?:[【\\[][^】\\]]{1,10}[】\\]]\\s*){2,}$',
    // the 印发 notice a government issues a plan with: "现印发给你们", "（此件公开发布）"
    '现(予以)?印发给你们', '请认真(贯彻|组织)?(落实|执行|实施)', '^[（(]此件.{0,10}[）)]$',
    // a breadcrumb ("首页 > 政务公开 > 政策解读", "信息公开 > 收费公示", a wiki's "某知识库 / 某处 / 某专题") is the site's
    // navigation, never a title
    BREADCRUMB_SOURCE, '^[^/／。；]{2,30}\\s+[/／]\\s+[^/／。；]{1,30}\\s+[/／]\\s+[^/／。；]{1,30}$',
    // the 版记 closing an official document: "抄送：…", "某市人民政府办公室 2026年4月28日印发"
    '^抄送[:：]', '^(?:印送|分送)[:：]', '\\d\\s*日\\s*印发$',
    // a WeChat article's chrome: its follow prompt, its byline, an image's placeholder, its counters and its footer
    '^点击[^，。；]{0,8}?(?:蓝字|蓝色字|蓝色字体|名片)', '^[^，。；]{0,12}关注(?:我们|本号|本公众号|公众号)[！!～~。]?$', '^关注\\s*[“"「]', '^原创\\s', '^[\\[【]?(?:图片|视频|动图)[\\]】]?$', '^往期(?:推荐|回顾|精选)', '^阅读\\s*\\d', '^写留言', '^精选留言', '^听全文$',
    '^(?:分享|收藏|点赞|在看|转发)(?:\\s+(?:分享|收藏|点赞|在看|转发|赞))+\\s*$',
    // an article's credits ("文字丨王某 图片丨李某 编辑丨陈某", "责任编辑：王某 审核：李某")
    // (two roles or more, or one set off by a bar: "记者：这次准备拿出哪些数据？" is an interview's question)
    `^(?:${CREDIT}[丨|｜:：/]\\s*[\\u4e00-\\u9fff·]{2,5}\\s*){2,}$`, `^${CREDIT}[丨|｜]\\s*[\\u4e00-\\u9fff·]{2,5}\\s*$`,
    // a WeChat byline's date, time and place ("2025年07月09日 18:06 湖北")
    '^\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日\\s+\\d{1,2}[:：]\\d{2}',
    // a decorative Latin line in a Chinese page ("SUBSCRIBE to US", "FOLLOW US"): never the document's title
    '^[A-Za-z][A-Za-z\\s&\'-]{2,40}$',
    // an attachment listed by its file's name ("1.永川区……资源目录.xlsx"), whether the list's numbers made it a heading
    '\\.(?:docx?|xlsx?|pdf|wps|ofd|zip|rar|csv|et)\\s*$',
    '〔\\d{4}〕\\s*\\d+\\s*号', '\\[\\d{4}\\]\\s*\\d+\\s*号', '^(上一篇|下一篇)', '版权所有', 'ICP备', '网站标识码',
  ].join('|'),
);

/** What a document's own title ends with. */
// A department's year of work ("…2027年数据工作要点", "…工作安排") and a table about a document ("…意见采纳情况表") are
// documents of their own, titled so.
// A notice of its own ("某局关于征集应用场景需求的公告") is titled so; the notice around a document is NOTICE below.
// An explainer counts its questions ("……实施方案六问六答").
export const DOC_KIND = /(方案|纪要|答复|批复|复函|请示|决定|通报|协议|协议书|合同|办法|规定|细则|规则|意见|通知|公告|通告|章程|计划|规划|报告|说明|指南|清单|条款|范本|文本|解读|(?:情况|意见)反馈|问答|[一二三四五六七八九十\d]{1,3}问[一二三四五六七八九十\d]{0,3}答|答记者问|公示|要点|工作安排|(?:情况|汇总|一览|对照|统计|登记|反馈|意见)表|响应文件|投标文件|申请文件|申请书|申报书|(?:招标|磋商|谈判|采购|遴选)文件)$/;
/**
 * A news headline reports an event ("…协议签约仪式暨工作推进会召开", "…平台上线仪式在某市举行"): the page's own title,
 * of a text about the document, not the document.
 */
// Or the event reported as done ("邯郸市农资质量追溯公共数据授权运营正式启动", "……平台成功上线").
// The verb may come first ("我市举行公共数据授权运营首批协议集中签约仪式").
// Or after a kicker and a dash ("……“出题” ……“答卷”——市数据和政务服务局召开……座谈会").
export const NEWS_HEADLINE = /(?:仪式|会议?|推进会|座谈会|培训会|发布会|对接会|论坛|大会|活动|签约|签字)(?:[^，。；]{0,12}?)?(?:召开|举行|举办|开幕|闭幕|启动)$|(?:^|——|：)[^，。；]{0,12}?(?:举行|召开|举办)[^，。；]{2,40}?(?:仪式|推进会|座谈会|培训会|发布会|对接会|论坛|大会|评审会|论证会|研讨会|审查会|听证会|协调会|调度会|专题会|会议)$|(?:正式|顺利|成功|全面|首次)(?:启动|上线|落地|开通|运行|揭牌|签约|发布)$/;
// A year or a span of years ("（2025年版）", "（2026—2028 年）"), an agreement's place in a series ("……之补充协议（一）"), or
// the field or scenario the document covers ("……授权运营协议（普惠金融领域）").
// A draft's stage may carry a version as a wiki or a drafting office numbers it ("（送审稿 v0.9）", "（征求意见稿第2版）").
const TITLE_TAIL = /[（(](?:(?:征求意见稿|徵求意見稿|试行|試行|草案|送审稿|送審稿|修订稿|修訂稿|讨论稿|討論稿|暂行|暫行|代拟稿|示范文本|范本|摘要|节选|摘编|摘录)(?:\s*(?:[vV]\s*\d+(?:\.\d+)*|第\s*[\d一二三四五六七八九十]+\s*[版稿]))?|\d{4}\s*年[^）)]*|\d{4}\s*[—–\-－~～至到]\s*\d{4}\s*年?|(?<=(?:协议|合同)[（(])[一二三四五六七八九十\d]{1,3}|(?<=(?:协议|协议书|合同|方案|办法|细则)\s*[（(])[^（）()]{1,24}?(?:领域|场景|行业|板块|专区|方向|试点|项目))[）)]$/;
/**
 * The notice's own headline ("关于公开征求《…》意见的公告") names the document; it is not it. A text about a named
 * document ("《…实施方案》政策解读") is a document of its own, titled so: the review then tells it is not the plan.
 */
// A table or an explanation about a named document ("《…（征求意见稿）》意见采纳情况表") is titled so too, as are minutes of
// a meeting on it ("《…协议（草案）》专家审查会会议纪要") and an account of the comments taken ("…采纳情况的说明").
// The issuer may head the notice ("某市数据局关于某方案公开征求意见的公告"); a notice that names no document and asks
// for no comments ("某局关于征集应用场景需求的公告") is a document of its own.
export const NOTICE = /^(?:[^，。；《》\s]{2,30}?)?关于(?=.*(?:征求.*意见|(?:方案|协议|办法|细则|规定|规划|计划|合同|条例|指引|指南|意见稿|草案|文本|清单|目录))).*(征求|征集|公开|印发|发布|转发).*(的)?(公告|通知|函|公示)$|《(?![^》]*》(?:的)?(?:(?:政策)?(?:解读|问答|图解)|答记者问|答问|[^《》，。；：:]{0,12}(?:情况|汇总|一览|对照|反馈|意见)表$|[^《》，。；：:]{0,16}纪要$|[^《》，。；：:]{0,16}(?:情况|采纳)[^《》，。；：:]{0,6}(?:说明|报告)$))/;
/** A notice's headline: it names the document the notice is about and ends as a notice does. */
export const isNoticeHeadline = (t: string) => t.trim().length <= 100 && /(?:公告|通知|函|公示)$/.test(t.trim()) && !/[。；;]/.test(t) && NOTICE.test(t.trim());
/**
 * A 征求意见 notice numbers its own points: when, and by which channel comments are sent ("二、电话：0335-…", "三、邮箱",
 * "四、信函", "（二）通信地址"). Under a notice's headline such a heading is the notice's, never the body's first heading.
 */
export const NOTICE_POINT = /^(?:(?:联系|咨询|反馈)?电话|(?:电子)?(?:邮箱|信箱|邮件)|(?:通信|通讯|邮寄|联系)?地址|信函|来信|传真|网址|网站|在线|(?:意见)?(?:反馈|提交)(?:方式|途径|渠道)|联系方式)/;
/** A draft's stage on a line of its own under the title ("（征求意见稿）"): part of the document, never the notice's. */
const STAGE_LINE = /^[（(]\s*(?:征求意见稿|徵求意見稿|送审稿|送審稿|草案|讨论稿|討論稿|修订稿|修訂稿|代拟稿|试行|試行|暂行|暫行|审议稿|審議稿)[^（）()]{0,12}[）)]$/;
/**
 * A line that opens with a place ("北戴河区生态环境…", "万州区2027年…") or with the 《name》 of what it is about begins a
 * title of its own: an organ's line above it is the issuer. One that does not ("2027年工作要点", "关于…") continues the organ's name as one title.
 */
// Not "关于县政协……的答复": 关于 opens the matter, the place after it is the matter's.
export const PLACE_START = /^(?!关于)[\u4e00-\u9fff]{1,8}?(?:省|市|区|县|州|旗|盟)(?![场])/;
/** A date on its own line signs the notice above a document; it is never half of the document's title. */
// A cover dates it by the month alone too ("二〇二五年九月").
export const DATE_LINE = /^[\d〇○零一二三四五六七八九十]{2,4}\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月(?:\s*[\d一二三四五六七八九十]{1,3}\s*日)?$/;

/**
 * A document's registry number ("LPS-SJ—2025—01", "合同编号：DZSJ-SQYY-2026-003", "项目编号：CQS26A00417") files the
 * document; it is no word of its title, on a line of its own or run into the title's line.
 */
const CODE = String.raw`(?=[A-Za-z0-9.\-—–_/]*\d)(?=[A-Za-z0-9.\-—–_/]*(?:[A-Za-z]{2}|[A-Za-z]\d|[\-—–_/]))[A-Za-z0-9][A-Za-z0-9.\-—–_/]{4,39}`;
const NUMBER_LABEL = String.raw`(?:[\u4e00-\u9fff]{0,6}(?:编号|编码|文号|合同号|项目号|备案号)\s*[:：]\s*)`;
const NUMBER_LINE = new RegExp(String.raw`^(?:${NUMBER_LABEL}\S.*|${CODE}(?:\s+${CODE})*)$`);
const NUMBER_HEAD = new RegExp(String.raw`^(?:${NUMBER_LABEL}?${CODE})\s+(?=[\u4e00-\u9fff])`);
const NUMBER_TAIL = new RegExp(String.raw`(?<=[\u4e00-\u9fff）)])\s+${NUMBER_LABEL}?${CODE}$`);
export const isNumberLine = (t: string) => NUMBER_LINE.test(t.trim());
const stripNumber = (t: string) => t.trim().replace(NUMBER_HEAD, '').replace(NUMBER_TAIL, '');

export const stripTail = (s: string) => {
  let t = despace(stripNumber(s));
  while (TITLE_TAIL.test(t)) t = t.replace(TITLE_TAIL, '').trim();
  return t;
};

/**
 * A way to reach the notice's office ("联系电话：0335-…", "电子邮箱 sjj@…", "请将意见发送电子邮件至……"): a field, a short line
 * or a call for comments. A sentence of the body that names a channel ("……通过电子邮件发送至运营机构指定邮箱") is the body's.
 */
const CONTACT = /联系电话|联系人|电子邮箱|电子邮件|传真|通讯地址|邮政编码|邮编/;
const CONTACT_FIELD = new RegExp(`(?:${CONTACT.source})\\s*[:：]|意见|建议|反馈|征求|征集`);
// A site spaces a field's short name out to align it ("有 效 性：", "索 引 号：").
export const wrapperText = (t: string) => WRAPPER.test(t) || WRAPPER.test(despace(t)) || (CONTACT.test(t) && (t.length <= 40 || CONTACT_FIELD.test(t)));

/**
 * A site's name and the column the page sits in ("某县人民政府 政策解读"): the page's header, though it ends on a kind of
 * document.
 */
const SITE_COLUMN = /^[\u4e00-\u9fff]{2,16}(?:人民政府|政府|局|委员会|委員會|办公室|辦公室|网|網)\s*(?:政策解读|政策解讀|政务公开|政務公開|通知公告|新闻动态|新聞動態|工作动态|工作動態|政府信息公开|政府信息公開|要闻|要聞|公示公告)$/;

export function isWrapperLine(b: Block): boolean {
  if (b.kind === 'table') return wrapperText(b.rows.slice(0, 3).flat().join(' '));
  const t = blockText(b).trim();
  if (FIELD_LABEL.test(despace(t)) || SITE_COLUMN.test(despace(t))) return true;
  if (isTitleLine(b) || STAGE_LINE.test(t)) return false;
  return wrapperText(t);
}

const COLUMN_PREFIX = /^[\u4e00-\u9fffA-Za-z0-9]{2,10}\s*[|｜]\s*(?=[^|｜]{6,}$)/;
const BREADCRUMB = new RegExp(BREADCRUMB_SOURCE);
export function isTitleLine(b: Block): boolean {
  // A title styled as a heading (Markdown "# …", Word 标题 style) has no numbering of its own.
  if (b.kind === 'heading' && !b.numbering) return isTitleLine({ kind: 'paragraph', id: b.id, location: b.location, text: b.text });
  if (b.kind !== 'paragraph') return false;
  const t = b.text.trim();
  // An article's column before its headline ("蓉城数据要素｜成都……协议正式签约") is no table's row: the headline is read.
  const own = t.replace(COLUMN_PREFIX, '');
  if (t.length < 6 || t.length > 80 || /[。；;，,：:！!？?]$/.test(t) || /[|｜]|\S\s+[/／]\s+\S/.test(own) || BREADCRUMB.test(own)) return false;
  if (NOTICE.test(t) || /^附(?:件|\s*[:：])/.test(t)) return false;
  // An image's caption ("▲方案起草专班研究修改意见") describes a picture, whatever it names.
  if (/^[▲△▼]/.test(t)) return false;
  // A field of a metadata table or a cover ("信息分类： 通知公告", "协议名称：…") names a value, never the title line.
  if (/^[\u4e00-\u9fff]{2,6}\s*[:：]/.test(stripNumber(t))) return false;
  return DOC_KIND.test(stripTail(t)) || NEWS_HEADLINE.test(t);
}

// A line of labelled fields ("文    号：  无    主 题 词：  授权运营", "关 键 词： 公共数据", "体裁分类："), however
// spelt and ordered, its values empty or 无, is a website's metadata about the document: never words of its title.
// A line in brackets on its own ("（此件公开发布）", "（2025年9月1日）") is a note, never half of a title.
// A rule ("---") or a bare number (a phone line) holds no word of a title.
export const shortLine = (b: Block | undefined) =>
  !!b && b.kind === 'paragraph' && b.text.length <= 40 && /\p{L}/u.test(b.text) && !/[。；;，,：:！!？?]$/.test(b.text) && !/^[（(].*[）)]$/.test(b.text) && !DATE_LINE.test(b.text.trim()) && !isNumberLine(b.text) && !isFieldLine(b.text) && !isWrapperLine(b);


/** How many prose paragraphs in a row after a title show that the document itself has begun. */
export const BODY_PROSE = 3;
export const INTERVIEW_QUESTION = /^\s*(?:问|提问|记者)\s*[：:]/;
export const isProse = (b: Block) => b.kind === 'paragraph' && b.text.length >= 30 && /[。；;]/.test(b.text) && !isWrapperLine(b);
/** Two short lines that make a title only together, the break falling inside a word. */
export const splitTitle = (a: Block | undefined, b: Block | undefined) =>
  !!a && !!b && a.kind === 'paragraph' && b.kind === 'paragraph' && a.text.trim().length >= 6 && stripTail(b.text).length < 12 &&
  !isTitleLine(a) && shortLine(a) && !/[。；;，,：:]/.test(b.text) && isTitleLine({ ...b, text: `${a.text.trim()}${b.text.trim()}` });

/** A PDF text layer spaces digits apart from Chinese ("（2026—2028 年）"); the title is printed without them. */
// A metadata field's label before it ("名 称：《…》政策解读") is the page's, not the title's.
// A WeChat article's heading mark before the document's title ("▌某市……实施方案") is decoration.
export const tidyTitle = (t: string) => despace(stripNumber(t.replace(/^\s*[▌▍▎▋■□●◆◇▶►▷★☆◎]+\s*/, ''))).replace(/^(?:文件)?(?:名称|标题|题名)\s*[:：]\s*/, '').replace(/(?<=[\u3000-\u9fff\uff00-\uffef])[ \u00a0]+(?=\d)|(?<=\d)[ \u00a0]+(?=[\u3000-\u9fff\uff00-\uffef])/g, '');
