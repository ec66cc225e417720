import { blockText, type Block } from '../domain/document';
import { NEWS_HEADLINE } from '../document/preamble';
import type { ReadDocument } from './sections';

/**
 * What kind of text this is, from what makes a plan or an agreement one: its title names the type of document
 * ("…实施方案", "…授权运营协议"), and its body provides items or binds 甲方/乙方. A text ABOUT a plan — a procurement
 * notice, a 解读, news, a work report, a price list, a meeting notice, a feedback summary — is titled by its own type
 * ("…竞争性磋商公告", "关于…的报告", "…政策解读") and written in that type's formulas (项目编号/采购方式, 特此报告,
 * 记者/责任编辑, 会议时间/参会人员, 采纳/未采纳). Its words about scenarios, data and security are not the plan's content.
 */
export type Genre = { type: 'plan' | 'agreement' | 'other' | 'unknown'; why?: string; marks?: string[]; rules?: boolean };

/** Document types, as the last word of a title. */
const PLAN_TYPE = /(方案|计划|规划)$/;
/** Rules (管理办法, 实施细则, 指引): a plan only when it does not set out what plans must contain. */
const RULES_TYPE = /(条例|规定|规则|办法|细则|指引|指南|意见)$/;
// The document named by its kind alone too, after it was named in full ("……编制授权运营实施方案。方案应当载明……").
const ABOUT_PLANS = /(?:实施方案|授权运营方案|授权运营协议|运营协议|(?<![\u4e00-\u9fff])方案|(?<![\u4e00-\u9fff])协议)(?:内容)?(?:应当|应|须)(?:包括|包含|载明|明确|写明|约定)(?:以下|下列)?/;
const AGREEMENT_TYPE = /(协议|协议书|合同|合同书|授权书|承诺书)$/;
/** Texts that are about a plan or agreement, never the document itself. */
const ABOUT_TYPE =
  /(解读|读懂|(?:价格|产品|服务|数据|资源|负面)(?:目录|清单)|(?:反馈|修改|审查|评审|论证|专家)意见|图解|问答|答问|问与答|答疑|答记者问|答复|答复函|审计意见书|审计意见|审计决定书|说明|反馈|采纳情况|情况表|报告|总结|汇报|纪要|简报|快报|新闻|报道|通讯|综述|讲话|发言|致辞|价目表|价格表|报价单|收费标准|收费表|一览表|汇总表|明细表|名单|名录|结果|批复|复函|请示|公开信|倡议书|须知|(?:招标|磋商|谈判|采购|询价|比选|遴选)文件|(?:响应|投标|应答|报价|竞标|申请|申报)文件|申请书|申报书)$/;
/**
 * A report of what was done joined to the next year's intentions ("…2026年工作总结和2027年工作思路", "…工作汇报暨下一步工作
 * 打算"): the title ends in the intentions, but the text is a report. Only a report's noun joined to an intention's noun;
 * a plan about summing up ("…经验总结和推广工作方案") ends in its own type and stays a plan.
 */
const REPORT_AND_INTENTIONS = /(?:总结|汇报|报告)(?:和|及|暨|与|以及|、)[^，。；《》]{0,24}(?:思路|打算|计划|安排|要点|重点|谋划|设想|展望)$/;
/**
 * A place's act on a document reported ("我市签订首份公共数据资源授权运营协议", "某区出台首个……实施方案"): a document's own
 * title never opens on 我市 nor has a verb of signing or issuing before the first of its kind.
 */
const PLACE_ACTS = /^我(?:市|区|县|省|州|旗)|^[^，。；《》]{0,12}?(?:签订|签署|签下|出台|印发|发布)(?:了)?(?:首份|首个|首批|第一份|第一个|全省首个|全国首个)[^，。；]{2,40}$/;
/** A document reported as through its review ("……实施方案通过专家论证"): news of it, not it. */
const PASSED_REVIEW = /(?:通过|完成)(?:了)?(?:专家)?(?:论证|评审|审查|审议)$/;
/** Notices: a notice that publishes a plan ("关于印发《…方案》的通知", "…方案的公示") carries it; any other does not. */
const NOTICE_TYPE = /(公告|通告|公示|通知|通报|函|邀请|启事|动态|快讯)$/;
const CARRIES = /印发|转发|发布|公布|征求|征集|公开|公示/;

/** "…协议（示范文本）", "…方案（征求意见稿）" → the type word before the parenthetical or the copy's label. */
function typeWord(title: string): string {
  let t = title.replace(/\s+/g, '').replace(/[。.!！]+$/, '');
  for (let prev = ''; prev !== t; ) {
    prev = t;
    t = t.replace(/[（(][^（）()]*[)）]$/, '').replace(/(范本|模板|示范文本|文本|样本|全文|正文|草案|试行|送审稿|征求意见稿)$/, '');
  }
  return t;
}

function fromTitle(title: string): Genre {
  const t = typeWord(title);
  // "一图读懂《…方案》", "政策解读《…》": the type word stands before the quoted title; "《…方案》" alone is the plan.
  if (t.endsWith('》') && t.includes('《')) {
    // A WeChat-style bar may stand between: "政策解读丨《…》".
    const pre = t.slice(0, t.lastIndexOf('《')).replace(/[丨｜|:：\-—–·]+$/, '');
    if (ABOUT_TYPE.test(pre)) return { type: 'other', why: `标题为“${title}”` };
    if (!pre) return fromTitle(t.slice(1, -1));
  }
  if (ABOUT_TYPE.test(t) || REPORT_AND_INTENTIONS.test(t)) return { type: 'other', why: `标题为“${title}”` };
  if (NEWS_HEADLINE.test(t) || PLACE_ACTS.test(t) || PASSED_REVIEW.test(t)) return { type: 'other', why: `标题为“${title}”，是新闻报道` };
  if (NOTICE_TYPE.test(t)) {
    // A plan named inside the notice's title is the document it carries when the notice publishes it.
    const inner = /《([^》]+)》/.exec(t)?.[1];
    const named = inner ? typeWord(inner) : t.replace(NOTICE_TYPE, '').replace(/的$/, '');
    if (PLAN_TYPE.test(named) && (CARRIES.test(t) || !inner)) return { type: 'unknown' };
    if (AGREEMENT_TYPE.test(named) && (CARRIES.test(t) || !inner)) return { type: 'unknown' };
    // "某市数据局关于某方案公开征求意见的公告": it carries the plan even when the plan's name is not quoted.
    if (CARRIES.test(t) && /(方案|计划|规划|协议|合同)/.test(t)) return { type: 'unknown' };
    return { type: 'other', why: `标题为“${title}”` };
  }
  if (PLAN_TYPE.test(t)) return { type: 'plan' };
  if (RULES_TYPE.test(t)) return { type: 'unknown', rules: true };
  if (AGREEMENT_TYPE.test(t)) return { type: 'agreement' };
  return { type: 'unknown' };
}

/** Formulas of the text types that are about a plan; two different ones in the body make the type plain. */
const BODY_MARKS: [string, RegExp][] = [
  ['采购公告', /项目编号|采购方式|采购人[:：]|采购代理机构|供应商|响应文件|投标文件|开标|磋商文件|获取采购文件/],
  // A report sums up or reports what was done: "现将有关情况总结如下", "汇报如下".
  ['报告', /特此报告|现将[^。]{0,12}情况(?:报告|汇报|总结)如下|(?:报告|汇报|总结)如下/],
  ['新闻', /责任编辑|本报讯|记者\s*[\u4e00-\u9fff]{2,3}|通讯员|会议强调|会议指出|会议要求|出席会议并讲话/],
  ['会议通知', /会议时间|参会人员|参会回执|会议地点/],
  ['意见反馈', /未采纳|已采纳|采纳情况|部分采纳/],
  ['价目', /元\s*\/\s*(?:次|条|千次|万次|年|月|GB|MB)/],
  ['通知', /特此通知|特此公告|特此函告/],
];

/**
 * A news report credits itself: a dateline (本报讯, 新华社……电) and a reporter's or editor's credit. Two of them tell a
 * report about a plan, however much of the plan it retells, from the plan.
 */
const NEWS_FORMULAS = [/本报讯|[\u4e00-\u9fff]{2,8}电[（(]?(?:记者)?|据[^。；]{0,12}报道/, /记者\s*[\u4e00-\u9fff]{2,3}/, /通讯员\s*[\u4e00-\u9fff]{2,3}/, /责任编辑/];
/** The whole page as read, its wrapper included: a text's own formulas (credits, masthead) may stand there. */
const pageText = (r: ReadDocument) => r.doc.blocks.map((b) => blockText(b)).join('\n');
const newsFormulas = (page: string) => NEWS_FORMULAS.map((re) => re.exec(page)?.[0]).filter((x): x is string => !!x);

/**
 * A bulletin's own formulas (工作简报, 工作动态): its masthead, its issue number counted in a series, its table of
 * contents and its distribution lines. Any two make the text a bulletin, which reports on plans and is none.
 */
const BULLETIN_FORMULAS = [
  /^\s*(?:工\s*作\s*)?(?:简\s*报|动\s*态|快\s*报|专\s*报|信\s*息)\s*$/m,
  /[（(]\s*总第\s*[\d一二三四五六七八九十百]+\s*期\s*[）)]/,
  /本期要目|本期目录|【要目】/,
  /^\s*(?:报|送|发|抄送|分送|报送)[:：][^\n]{2,}$[\s\S]*?共印\s*\d+\s*份/m,
];
// A distribution list runs over lines: named by its first.
const bulletinFormulas = (page: string) => BULLETIN_FORMULAS.map((re) => re.exec(page)?.[0].trim().split('\n')[0]).filter((x): x is string => !!x);

function bodyMarks(r: ReadDocument): string[] {
  const text = r.blocks.map((b) => r.text(b)).join('\n');
  return BODY_MARKS.filter(([, re]) => re.test(text)).map(([name]) => name);
}

/** Paragraphs that speak of authorised operation or its operator. */
function operationMentions(r: ReadDocument): number {
  let n = 0;
  for (const b of r.blocks) if (/授权运营|运营机构|运营主体|运营单位/.test(r.text(b))) n++;
  return n;
}

/** A department's year of work: many tasks, of which authorised operation may be one ("…2027年数据工作要点"). */
const WORK_PROGRAMME = /(要点|工作安排|工作计划|年度计划|重点任务|任务清单|任务分工|工作任务)$/;
const OPERATION = /授权运营|运营机构|运营主体|运营单位/;
/**
 * Types that list tasks and who does them, never a plan's content: a 工作要点, a 任务清单/责任清单, a 任务分工 (also "…重点任务
 * 分工方案", "…任务分工表"), a year's 重点任务. Such a text may be about public data alone and speak of authorised operation in
 * every part ("编制授权运营实施方案", "规范运营机构选择"): its type, not the share of its parts, says it is not the plan.
 */
const WORK_POINTS = /(要点|(?:任务|责任|问题|工作)清单|(?:任务|责任)?分工(?:方案|表)?|任务(?:表|台账)|工作台账|重点任务|重点工作)$/;
/**
 * A text whose title was not found may still name its type where it is issued ("现将2027年工作要点印发给你们", "现将《…任务
 * 清单》印发给你们"): the issuing sentence of a notice names the document it carries.
 */
const ISSUED = /现将([^，。；：]{2,60}?)(?:予以)?(?:印发|转发|下发|发送)给?(?:你们|你单位|各单位)/;
function issuedAs(r: ReadDocument): string | null {
  for (const b of r.blocks.slice(0, 6)) {
    const named = ISSUED.exec(r.text(b))?.[1].replace(/^《|》$/g, '');
    if (named) return named;
  }
  return null;
}

/**
 * The top-level sections of a text with something under them (a table of contents' bare lines are not sections), and
 * how many of them speak of authorised operation: a plan speaks of it throughout, a work programme in one task area.
 */
function operationSections(r: ReadDocument): { total: number; about: number } {
  const top = Math.min(...r.sections.filter((s) => s.heading.numbering).map((s) => s.heading.level));
  const tops = r.sections.filter((s) => s.heading.level === top && s.heading.numbering && s.blocks.some((b) => b.kind !== 'heading'));
  return { total: tops.length, about: tops.filter((s) => OPERATION.test(s.text)).length };
}

/**
 * A report's parts, as its top-level headings name them: what was done ("2026年主要工作成效", "工作开展情况"), what went
 * wrong ("存在的问题"), what comes next ("2027年工作思路", "下一步工作打算"). A plan's parts are its items; two of a
 * report's parts make the text a report (a work summary, a 汇报), whatever words about plans it uses.
 */
const REPORT_PARTS: RegExp[] = [
  // "主要工作成效", "工作开展情况"; never a section that evaluates results to come ("成效评价", "应用成效").
  /(?:工作|主要|取得的?)(?:成效|成绩|进展)$|(?:开展|推进|落实|完成)情况$|^主要工作$|主要做法$|工作回顾$/,
  /存在的?(?:主要)?(?:问题|不足|困难)|(?:问题|困难)(?:和|与|及)(?:不足|挑战|困难)/,
  /(?:下一步|下步|明年|来年|\d{4}\s*年)(?:的)?(?:工作)?(?:思路|打算|计划|安排|重点|举措|设想)/,
];
function reportParts(r: ReadDocument): string[] {
  const numbered = r.sections.filter((s) => s.heading.numbering);
  if (!numbered.length) return [];
  const top = Math.min(...numbered.map((s) => s.heading.level));
  const names = numbered.filter((s) => s.heading.level === top).map((s) => s.heading.text.trim());
  return REPORT_PARTS.map((re) => names.find((n) => re.test(n))).filter((n): n is string => !!n);
}

/** A plan binds nobody by 甲方/乙方 and an agreement does: several clauses of each party's duties make an agreement. */
function partyClauses(r: ReadDocument): number {
  let n = 0;
  for (const b of r.blocks) if (b.kind !== 'heading' && /[甲乙]方(?:应|应当|有权|负责|须|必须|不得|可以|承担)/.test(r.text(b))) n++;
  return n;
}

/**
 * A contract of another kind titled 合同 or 协议: the government buys a platform or a service (采购人/供应商, a 建设/采购/运维
 * 项目合同). It names authorised operation (the platform it builds) but grants nobody the data.
 */
const PROCUREMENT_TITLE = /(?:建设|采购|运维|集成|施工|监理|租赁)(?:服务)?项目(?:合同|协议)书?$/;
const PROCUREMENT_PARTY = /^(?:采购人|采购单位|供应商|中标人|中标供应商|成交供应商|承包人|发包人|承建方)\s*(?:[（(]\s*[甲乙丙]方\s*[）)])?\s*[:：]/;
function procurement(r: ReadDocument): boolean {
  if (PROCUREMENT_TITLE.test(typeWord(r.title))) return true;
  return r.blocks.slice(0, 20).some((b) => b.kind === 'paragraph' && PROCUREMENT_PARTY.test(r.text(b).trim()));
}

/**
 * A contract between an operator and its customer: one party buys data products or services from the other (买方/卖方,
 * 买受人/出卖人, 需方/供方; "就甲方购买乙方数据产品事宜"). Its 服务期, 使用限制 and 删除 are the sale's, not a grant of public
 * data by a grantor to an operator: who the parties are decides, whatever the contract says about data or platforms.
 */
const SALE_TITLE = /(?:买卖|购买|购销|销售|订购|交易)(?:服务)?(?:合同|协议)书?$/;
const SALE_PARTY = /^(?:买方|卖方|买受人|出卖人|出售方|购买方|购买人|需方|供方|订购方|销售方)\s*(?:[（(]\s*[甲乙丙]方\s*[）)])?\s*(?:[:：]|$)/;
/**
 * The contract's purpose as its opening states it: one party buys (or is sold) the other's products, however far the
 * buyer stands from its verb ("甲方为开展普惠金融贷前调查，经内部比选程序，拟向乙方采购上述产品服务").
 */
const SALE_PURPOSE =
  /(?:就|关于)?[甲乙]方(?:向[甲乙]方)?(?:购买|采购|订购|购置)[甲乙]方[^。；]{0,20}(?:产品|服务|数据)|[甲乙]方向[甲乙]方(?:出售|销售|出卖)|[甲乙]方[^。；]{0,60}?(?:拟|决定|同意)?向[甲乙]方(?:购买|采购|订购|购置)[^。；]{0,20}(?:产品|服务)/;
function partyCells(b: Block): string[] {
  if (b.kind === 'table') return b.rows.map((row) => (row[0] ?? '').trim());
  return b.kind === 'paragraph' ? [blockText(b).trim()] : [];
}
/**
 * Who the parties are, by the names written after their labels ("采购方（甲方）：某农村商业银行股份有限公司"): the grant of
 * public data is made by a public body (数据局, 人民政府, 大数据中心) to an operator. A contract whose every named party
 * is a business — a bank buying an operator's products, two companies — is between an operator and its customer or
 * partner, whatever its parties are called. A template's blank ("甲方：＿＿＿") names nobody.
 */
const PARTY_LINE = /^[\u4e00-\u9fff]{0,8}(?:[甲乙丙丁]方|方|人|单位|机构)\s*(?:[（(]\s*[甲乙丙丁]方\s*[）)])?\s*[:：]\s*(\S.*)$/;
const PUBLIC_BODY = /(?:局|委员会|委|办公室|办公厅|办|厅|人民政府|政府|中心|管委会|管理委员会|研究院|院|所)$/;
const BUSINESS = /(?:公司|银行|分行|支行|集团|合作社|商行|事务所|企业|合伙[）)]?)$/;
function partyNames(head: Block[]): string[] {
  const out: string[] = [];
  for (const b of head) {
    const lines = b.kind === 'table' ? b.rows.map((row) => row.filter(Boolean).join('：')) : b.kind === 'paragraph' ? [blockText(b).trim()] : [];
    for (const l of lines) {
      const name = PARTY_LINE.exec(l.trim())?.[1].trim().replace(/[（(][^）)]*[）)]$/, '');
      if (name && /[\u4e00-\u9fff]{4,}/.test(name) && !/[_＿]{2,}|x{3,}/i.test(name)) out.push(name);
    }
  }
  return out;
}
function betweenBusinesses(head: Block[]): boolean {
  const names = partyNames(head);
  return names.length >= 2 && names.every((n) => BUSINESS.test(n) && !PUBLIC_BODY.test(n));
}

function sale(r: ReadDocument): boolean {
  if (SALE_TITLE.test(typeWord(r.title))) return true;
  const head = r.blocks.slice(0, 20);
  if (head.some((b) => partyCells(b).filter((c) => SALE_PARTY.test(c)).length > 0)) return true;
  if (betweenBusinesses(head)) return true;
  // The purpose is stated before the first article ("…就甲方购买乙方数据产品事宜，订立本合同").
  const opening = head.slice(0, Math.max(1, head.findIndex((b) => b.kind === 'heading')));
  return opening.some((b) => b.kind === 'paragraph' && SALE_PURPOSE.test(r.text(b)));
}

/**
 * A plan to build the platform or system authorised operation will run on ("…授权运营支撑平台建设工作方案"): an IT project,
 * its 招标, 运维期 and 建设单位 are the project's. Known by its title, or by saying it grants nothing ("本方案仅涉及支撑平台
 * 的建设和运维，不涉及对任何单位的数据授权").
 */
const BUILD_PLAN_TITLE = /(?:平台|系统|专区|基础设施|底座|数据中心|云平台)(?:[（(][^（）()]{1,8}[）)])?(?:的)?(?:建设|升级|改造|扩容)(?:工作|实施|项目)?(?:方案|计划)$/;
const GRANTS_NOTHING = /本(?:工作|实施|建设)?方案(?:仅|只)(?:涉及|针对|用于|规范)[^。；]{0,30}?[，,]\s*(?:不涉及|不包括|不含)[^。；]{0,12}?(?:授权|授予)/;

/**
 * A notice that issues a document ("……关于印发某市……实施方案的通知") printing the document's title after its 附件 line with
 * no more than a line of its contents after it ("方案共十一部分：一、总体要求；……"), then its 版记: the notice alone. Returns
 * the document's name, or null when the document's text follows.
 */
const ISSUES = /(?:印发|转发|发布|公布)《?([^《》]{4,80}?)》?的?(?:通知|公告|通告)$/;
const IMPRINT = /^(?:抄送|印送|分送)[:：]|\d\s*日\s*印发$/;
const ATTACHED_TEXT = 300;
function attachmentAbsent(r: ReadDocument): string | null {
  const named = ISSUES.exec(typeWord(r.title))?.[1];
  if (!named) return null;
  const blocks = r.doc.blocks;
  const at = blocks.findIndex((b) => b.kind !== 'table' && blockText(b).replace(/\s+/g, '') === named.replace(/\s+/g, ''));
  if (at < 0) return null;
  let chars = 0;
  for (const b of blocks.slice(at + 1)) {
    const t = blockText(b).trim();
    if (IMPRINT.test(t)) break;
    if (b.kind === 'heading' && !b.toc) return null;
    chars += t.length;
  }
  return chars < ATTACHED_TEXT ? named : null;
}

/**
 * A notice issuing a document whose text it says is elsewhere ("附件：株洲市……实施方案（试行）（全文见附件下载）"): the
 * notice alone, whatever summary of the document it prints ("附：方案要点摘编"). The page's headline names the document
 * issued; the title the reader took may be that document's. Returns its name.
 */
const TEXT_ELSEWHERE = /全文(?:请)?(?:见|详见|参见)附件|全文[^，。；]{0,4}?下载/;
function issuedElsewhere(r: ReadDocument): string | null {
  const named = r.doc.blocks
    .slice(0, 4)
    .map((b) => ISSUES.exec(typeWord(blockText(b).trim()))?.[1])
    .find(Boolean);
  if (!named) return null;
  const name = named.replace(/\s+/g, '');
  return r.doc.blocks.some((b) => TEXT_ELSEWHERE.test(blockText(b)) && blockText(b).replace(/\s+/g, '').includes(name)) ? named : null;
}

/**
 * A supplement (补充协议, 变更协议) amends an agreement the parties signed before and keeps the rest of it in force: what
 * it does not say, the original says. Known by its title and by naming the original ("《……协议》（以下简称“原协议”）").
 */
const SUPPLEMENT_TITLE = /(?:补充|变更|修订|修正)(?:协议|合同)书?$/;
export function amendsOriginal(r: ReadDocument): boolean {
  return SUPPLEMENT_TITLE.test(typeWord(r.title)) && r.doc.blocks.some((b) => /原(?:协议|合同)/.test(blockText(b)));
}

/** The title decides when it names a type (a file name may: "关于…的解读.docx"); otherwise the body's formulas. */
export function documentGenre(r: ReadDocument): Genre {
  const g = fromTitle(r.title);
  // A plan on another matter ("…“数据要素×”三年行动实施方案") names authorised operation in passing at most, and so do
  // rules on another matter ("…城市运行管理服务平台数据管理办法"); a short text is not judged so (too little said either way).
  const paragraphs = r.blocks.filter((b) => b.kind === 'paragraph').length;
  if ((g.type === 'plan' || g.rules) && !/授权|运营/.test(r.title) && paragraphs >= 12 && operationMentions(r) < 3) {
    return { type: 'other', why: `“${r.doc.title}”不是公共数据授权运营的${g.rules ? '方案或协议' : '方案'}，正文只顺带提到授权运营` };
  }
  // A work programme (工作要点, 年度工作计划) lists the tasks of a department, one of which may be authorised operation;
  // a plan on no named matter is judged so too. Neither is the plan its sections would have to make up.
  if ((WORK_PROGRAMME.test(typeWord(r.title)) || (g.type === 'plan' && !/授权|运营/.test(r.title))) && g.type !== 'other') {
    const { total, about } = operationSections(r);
    if (total >= 4 && about * 2 <= total) {
      return { type: 'other', why: `“${r.doc.title}”是工作安排，${total}个方面的任务中只有${about}个涉及授权运营，不是授权运营的实施方案` };
    }
  }
  // A 工作要点 or task list that the share of its parts did not show, by its title or the sentence issuing it.
  const named = g.type === 'unknown' && !g.rules ? issuedAs(r) : null;
  const points = [r.title, named].find((t) => t && WORK_POINTS.test(typeWord(t)));
  if (points && g.type !== 'other') {
    return { type: 'other', why: `“${points}”是工作要点或任务分工，列的是各单位的工作任务，不是某项授权运营的实施方案或协议` };
  }
  if ((g.type === 'plan' && BUILD_PLAN_TITLE.test(typeWord(r.title))) || (g.type !== 'other' && r.blocks.some((b) => GRANTS_NOTHING.test(r.text(b))))) {
    return { type: 'other', why: `“${r.doc.title}”是建设平台或系统的工作方案，不对任何单位授权数据，不是授权运营的实施方案` };
  }
  if (g.type === 'agreement' && procurement(r)) {
    return { type: 'other', why: `“${r.doc.title}”是采购人与供应商之间的采购（建设、运维）合同，不是授权运营协议` };
  }
  if ((g.type === 'agreement' || (g.type === 'unknown' && !g.rules)) && sale(r)) {
    return { type: 'other', why: `“${r.doc.title}”是运营机构向其客户提供数据产品或服务的买卖合同，不是实施机构向运营机构授权的授权运营协议` };
  }
  if (g.type !== 'unknown') return g;
  // A regulation sets out what every plan or agreement must contain: it is about them.
  if (g.rules && r.blocks.some((b) => ABOUT_PLANS.test(r.text(b)))) return { type: 'other', why: `“${r.doc.title}”是规定方案、协议应当包括哪些内容的规范性文件` };
  // No title found in the text (the file name stands for it): the first line may still say what the text is, even when
  // it was taken for a wrapper ("《…（征求意见稿）》意见采纳情况").
  const first = r.doc.blocks[0];
  if (first && !r.doc.blocks.some((b) => blockText(b).trim() === r.doc.title)) {
    const line = blockText(first).trim();
    // A navigation word ("政策解读") is not a title: the line must be long enough to name the document.
    const f = line.length >= 8 && line.length <= 60 && !/[。；;]$/.test(line) ? fromTitle(line) : g;
    if (f.type === 'other') return f;
  }
  const parts = reportParts(r);
  if (parts.length >= 2) return { type: 'other', why: `文中有“${parts.join('”“')}”，是工作总结或汇报` };
  const marks = bodyMarks(r);
  if (marks.length >= 2) return { type: 'other', why: `文中有${marks.join('、')}的格式用语` };
  const page = pageText(r);
  const bulletin = bulletinFormulas(page);
  if (bulletin.length >= 2) return { type: 'other', why: `文中有“${bulletin.join('”“')}”，是工作简报` };
  const news = newsFormulas(page);
  if (news.length >= 2) return { type: 'other', why: `文中有“${news.join('”“')}”，是新闻报道` };
  if (partyClauses(r) >= 3) return { type: 'agreement' };
  if (marks.length) return { type: 'unknown', why: `文中有${marks[0]}的格式用语`, marks };
  // A notice that issues a plan carries it; one that prints only the plan's table of contents is the notice alone (the
  // engine then finds the plan's items missing and says so).
  const elsewhere = issuedElsewhere(r);
  if (elsewhere) return { type: 'other', why: `是印发《${elsewhere}》的通知，文中说明全文见附件，所附文件的正文不在本文中` };
  const carried = attachmentAbsent(r);
  if (carried) return { type: 'other', why: `标题为“${r.doc.title}”，是印发或公布文件的通知，所附《${carried}》只列了标题或目录，未见正文` };
  if (NOTICE_TYPE.test(typeWord(r.doc.title)) && r.doc.blocks.some((b) => b.toc)) return { type: 'unknown', why: `标题为“${r.doc.title}”，是印发或公布文件的通知，未见所附文件的正文`, marks: ['通知'] };
  return { type: 'unknown' };
}
