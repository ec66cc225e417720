import type { Block } from '../domain/document';
import { blockText } from '../domain/blockText';
import { bulletinMasthead } from './masthead';
import { BODY_PROSE, DATE_LINE, DOC_KIND, INTERVIEW_QUESTION, NEWS_HEADLINE, NOTICE, NOTICE_POINT, PLACE_START, isNoticeHeadline, isProse, isTitleLine, isWrapperLine, shortLine, splitTitle, stripTail, tidyTitle, wrapperText } from './lineKinds';
import { isAgencyLine, isFilingMark, isTitleBracket, subtitleScope, withoutStage } from './titleLines';

export { isAgencyLine };
export { NEWS_HEADLINE, isNumberLine, isTitleLine, isWrapperLine } from './lineKinds';

/**
 * Finding the document inside what users paste. A plan copied from a government website arrives with the site's
 * header ("…欢迎您!"), a 征求意见 notice (征集时间, 联系电话, 电子邮箱), "附件", a metadata table (文件名称 | 文件类型 |
 * 发布日期) and a 发文字号 (池政办〔2025〕27号) above its real title. Those lines are the wrapper: they are kept and
 * shown, but the title is the document's own and the review reads from where the document starts.
 */

export interface LocatedBody {
  /** The document's own title, or null when the text has none that can be told apart. */
  title: string | null;
  titleBlockId?: string;
  /** Index of the first block of the document itself. */
  bodyStart: number;
}

/** How far into a document a wrapper may reach: a notice and a metadata table fit well within it. */
const SCAN = 80;

export function locateBody(blocks: Block[], styledTitle?: number): LocatedBody {
  const found = locate(blocks, styledTitle);
  // Whatever was taken for wrapper, the document is never read as nothing: a text whose lines after its title all looked
  // like a page's (one that opens on an annex's caption, "附件1 授权运营基本情况表：授权方式为……") is read from its title.
  if (found.bodyStart > 0 && blocks.slice(found.bodyStart).every((b) => b.toc)) {
    const at = blocks.findIndex((b) => b.id === found.titleBlockId);
    return { ...found, bodyStart: Math.max(0, at) };
  }
  return found;
}

function locate(blocks: Block[], styledTitle?: number): LocatedBody {
  let wrapperEnd = -1;
  let title = -1;
  // A website repeats the title as its headline above 发布日期/来源: kept in case the body prints none.
  let headline = -1;
  // The last wrapper line above the headline: its lines are joined back to there, no further.
  let headlineAfter = -1;
  // Prose paragraphs in a row after the title: the body has begun even without a heading (a plan in bold lead-in
  // sentences), so a closing "附件：1. …" list or a 联系人 in its last lines is not wrapper around it.
  let prose = 0;
  // Numbered headings that are not the notice's since its last wrapper line.
  let bodyHeadings = 0;
  // The notice's own headline ("关于公开征求《…》意见的公告"): the text's title when no document follows it.
  let notice = -1;
  // The page's first wrapper line: a headline printed above its chrome stands over all of it.
  let firstWrapper = -1;
  // Prose seen after the page's chrome: the page's own text has begun.
  let reported = false;
  // A bulletin is titled by its masthead, whatever its 要目 or first item says.
  const masthead = bulletinMasthead(blocks);
  if (masthead) {
    // Minutes print their own title under the masthead, after the issuer's and date line: that title is the text's.
    const own = [0, 1, 2].map((k) => masthead.end + k).find((j) => blocks[j] && isTitleLine(blocks[j]));
    if (own !== undefined) return { title: wholeTitle(blocks, own, own - 1, blocks.length).title, titleBlockId: blocks[own].id, bodyStart: masthead.start };
    return { title: masthead.title, titleBlockId: masthead.titleBlockId, bodyStart: masthead.start };
  }
  // A notice's list of attachments going on ("附件：1.……实施方案（征求意见稿）" / "2.起草说明"): each item names a paper.
  let attachments = false;
  const limit = Math.min(blocks.length, SCAN);
  for (let i = 0; i < limit; i++) {
    const b = blocks[i];
    if (attachments && wrapperEnd === i - 1 && ATTACHMENT_ITEM.test(blockText(b).trim())) {
      wrapperEnd = i;
      continue;
    }
    attachments = false;
    // After a page's headline too: a news text's footer (主办, ICP备) is not wrapper around what is above it.
    // With no title at all, prose in a row after the wrapper is the text itself (a news report under its page's header):
    // its footer (责任编辑, ICP备) is not wrapper around it.
    if ((title >= 0 || headline >= 0 || wrapperEnd >= 0) && prose >= BODY_PROSE) break;
    if (b.kind === 'heading') {
      // The body has begun once a heading follows a title (or, with no wrapper at all, once any heading appears), unless
      // that heading is the title itself under a line that is none (an issuer's "某市大数据发展管理局" / "# 某市……实施方案").
      if (title < 0 && headline < 0 && wrapperEnd < 0 && isTitleLine(b)) {
        title = i;
        continue;
      }
      if (title >= 0 || wrapperEnd < 0) break;
      // A notice may number its own points ("一、征求意见时间"); such headings are wrapper too, as is the 印发
      // notice's own headline styled as a heading ("# 某市人民政府办公室关于印发《…办法》的通知").
      // The document's own title styled as a heading comes first: its stage ("（征求意见稿）") names the notice's
      // matter, and a title taken for wrapper would let the wrapper run on to the page's footer through the body.
      if (headline < 0 && isTitleLine(b)) title = i;
      else if (wrapperText(blockText(b)) || (!b.numbering && NOTICE.test(b.text.trim())) || (notice >= 0 && NOTICE_POINT.test(b.text.trim()))) {
        wrapperEnd = i;
        bodyHeadings = 0;
      }
      // The page's headline named the document and the wrapper is over: this heading is the body's, and a footer's
      // 联系人/联系电话 further down is not wrapper around it.
      else if (headline >= 0) break;
      // Two numbered headings in a row that are not the notice's own points: the body has begun, title or not, and
      // a footer further down (主办单位, 联系电话) is never wrapper around it.
      else if (b.numbering && ++bodyHeadings >= 2) break;
      continue;
    }
    // An image's placeholder inside the report ("12月3日，……" / "图片" / "▲签约现场") is the article's, not more chrome.
    if (reported && PICTURE.test(blockText(b).trim())) continue;
    if (isWrapperLine(b)) {
      attachments = ATTACHMENT_LIST.test(blockText(b).replace(/\s+/g, ''));
      const wrapperBefore = wrapperEnd;
      if (firstWrapper < 0) firstWrapper = i;
      // Prose closed by more chrome (a notice's 联系电话, its 附件 line) was the notice's: a document may follow.
      reported = false;
      if (title < 0 && headline < 0) prose = 0;
      if (notice < 0 && isNoticeHeadline(blockText(b))) notice = i;
      wrapperEnd = i;
      bodyHeadings = 0;
      if (title >= 0) {
        headline = title;
        headlineAfter = wrapperBefore;
      }
      title = -1;
      continue;
    }
    // A notice's headline under the page's fields is no title of its own ("……关于《X协议》（拟签订文本）的公示"): it names
    // the document printed after its 公示期 and 异议 prose.
    if (notice < 0 && title < 0 && isNoticeHeadline(blockText(b))) notice = i;
    // Under a page's headline, a title-like line after the report's prose has begun is one of its sub-headlines
    // ("省民族宗教委召开……座谈会" / "原创 ……" / "11月17日，……" / "二" / "与会各方意见"), not a document's title.
    // The document itself printed after the report's lead ("近日，……《X》正式印发……" / "▌X实施方案") is still its title.
    if (title < 0 && (isTitleLine(b) || i === styledTitle) && !(headline >= 0 && reported && !DOCUMENT_TITLE.test(blockText(b).trim()))) title = i;
    else if (title < 0 && splitTitle(b, blocks[i + 1])) {
      // A title the page width cut inside a word ("…公共数据授权运" / "营协议"): one title over two lines.
      title = i + 1;
      i++;
    } else if (((title >= 0 && i > title) || (title < 0 && (headline >= 0 || wrapperEnd >= 0))) && isProse(b)) {
      prose++;
      if (title < 0) reported = true;
    }
    // An interview's question between its answers ("问：为什么要制定《方案》？") is the text going on, not a break in it;
    // so is an article's subhead between its paragraphs ("01" / "为什么要出台《方案》？" / "▌一个场景").
    else if (!INTERVIEW_QUESTION.test(blockText(b)) && !SUBHEAD.test(blockText(b).trim())) prose = 0;
  }
  // A notice's headline taken for the title ("关于《X协议》（拟签订稿）的公示" over its 公示期 and 异议 prose) gives way to X's
  // own title line printed further down, after the notice's 附件 line: the document starts there.
  // The document starts at its whole title, read back no further than `after`.
  const startingAt = (line: number, after: number): LocatedBody => {
    const whole = wholeTitle(blocks, line, after, limit);
    return { title: whole.title, titleBlockId: blocks[whole.start].id, bodyStart: whole.start };
  };
  const own = ownTitleAfter(blocks, title >= 0 ? title : headline >= 0 ? headline : notice, limit);
  if (own >= 0) return startingAt(own, own - 1);
  if (title >= 0) return startingAt(title, wrapperEnd);
  const bodyStart = wrapperEnd + 1;
  // A headline printed over two or three lines is joined as a title is, never across the wrapper above it.
  // A notice closing with its 版记 after the attached document's title and contents only (no text of it): the notice is
  // the text, below.
  const nothingAfter = blocks.slice(bodyStart).every((b) => b.toc);
  if (headline >= 0 && !(nothingAfter && notice >= 0)) {
    const whole = wholeTitle(blocks, headline, headlineAfter, limit).title;
    // A 印发 notice's headline cut over two lines ("关于印发《X实施方" / "案（试行）》的通知") with X printed after it untitled:
    // the text is X, as for a notice found whole below.
    const named = notice < 0 && isNoticeHeadline(whole) ? namedDocument(whole) : null;
    return { title: named && followsAsDocument(blocks, bodyStart) ? named : whole, bodyStart };
  }
  // The notice's signature (its organ, its date) is no title: the document's own title line follows it.
  let at = bodyStart;
  while (at < bodyStart + 3 && blocks[at]?.kind === 'paragraph' && (isAgencyLine(blockText(blocks[at])) || DATE_LINE.test(blockText(blocks[at]).trim()))) at++;
  const first = blocks[at];
  if (shortLine(first) && wrapperEnd >= 0) return { title: (first as { text: string }).text, titleBlockId: first!.id, bodyStart: at };
  if (notice >= 0) {
    // The document the notice names follows it without printing its title again (its preamble or its first heading
    // comes next, and its sections go on with their prose): the document is the named one, the notice its wrapper.
    const named = namedDocument(blockText(blocks[notice]));
    if (named && followsAsDocument(blocks, at)) return { title: named, bodyStart: at };
    // No document after the notice: the page carries the notice alone (the plan is an attachment, its parts at most
    // listed). The notice is then the text, titled by its headline, and read from there.
    // Its issuer printed on the line above opens the headline ("某局" / "关于印发《…》的通知").
    return startingAt(notice, -1);
  }
  // A page's headline over its date and source line ("我市首个……场景通过专家论证" / "2027-04-16 来源：……日报"): the text's
  // title when nothing else is, its sub-headline after it left as the page's.
  // An article's headline over its account line, date and player ("我市……方案通过专家论证" / "原创 ……" / "2025年12月04日
  // 17:46" / "听全文" / "图片") stands above the whole run of its chrome.
  // That headline comes first: a line just above the last piece of chrome may be a sub-headline of the report.
  const above = [...(firstWrapper > 0 && firstWrapper <= 2 ? [firstWrapper - 1] : []), wrapperEnd - 2, wrapperEnd - 1].find((j) => j >= 0 && shortLine(blocks[j]) && !isAgencyLine(blockText(blocks[j])));
  if (above !== undefined) {
    const ownLine = ownTitleAfter(blocks, above, limit);
    if (ownLine >= 0) return startingAt(ownLine, ownLine - 1);
    // One that names the document it prints ("重磅｜《X》全文发布") is titled X, as below.
    const line = (blocks[above] as { text: string }).text.trim();
    return { title: (PRINTED_HEADLINE.test(line) && namedDocument(line)) || line, bodyStart };
  }
  // An article's headline that names the document it prints ("重磅｜《X》全文发布") over its chrome: the document is X.
  // Not a document about X of its own ("《X（送审稿）》专家评审意见", "关于《X》的起草说明").
  const named = blocks.slice(0, 3).map((b) => blockText(b).trim()).find((t) => t.length <= 60 && PRINTED_HEADLINE.test(t));
  const document = named ? namedDocument(named) : null;
  if (document) return { title: document, bodyStart };
  // A drafting explanation printed alone ("关于《X（征求意见稿）》的起草说明" over its signature and parts): it is the text,
  // titled by its own line (one printed with X after it gives way to X above; one after X is cut off, sections.ts).
  const explanation = blocks.slice(0, 3).findIndex((b) => b.kind === 'paragraph' && EXPLANATION_TITLE.test(blockText(b).replace(/\s+/g, '')));
  if (explanation >= 0) return { title: tidyTitle(blockText(blocks[explanation])), titleBlockId: blocks[explanation].id, bodyStart: explanation };
  return { title: null, bodyStart };
}

const SUBHEAD = /^[^。；;]{1,30}$/;
const ATTACHMENT_LIST = /^附件\s*[:：]\s*[1１一][.、．]/;
// An item numbered as a list's, short and no sentence: the numbering may have made it a heading.
const ATTACHMENT_ITEM = /^[\d１-９一二三四五六七八九十]{1,2}[.、．][^，。；！？]{2,60}$/;
const DOCUMENT_TITLE = /^[▌▍▎▋■●◆▶►★\s]*[^，。；：:！!？?\s]{6,}(?:方案|协议|协议书|合同)(?:[（(][^（）()]{1,12}[）)])?$/;
const PICTURE = /^[[【]?(?:图片|视频|动图)[\]】]?$/;
const PRINTED_HEADLINE = /《[^《》]{4,80}》\s*(?:全文)?(?:正式)?(?:发布|公布|印发|出台|来了|上线)[!！]?$/;

/** Prose paragraphs after a notice that show a document follows it, not a notice's closing notes or a page's links. */
const DOCUMENT_PROSE = 6;
const followsAsDocument = (blocks: Block[], at: number) => blocks.slice(at, at + SCAN).filter(isProse).length >= DOCUMENT_PROSE;
/**
 * The document a notice's headline names ("关于公开征求《X（征求意见稿）》意见的公告" → X), without its draft stage (the
 * version's status, see titleLines.ts DRAFT_STAGE), or null when it names none of a document's kind.
 */
function namedDocument(headline: string): string | null {
  const m = /《([^《》]{4,80})》/.exec(headline);
  if (!m) return null;
  const t = withoutStage(m[1]);
  return DOC_KIND.test(stripTail(t)) ? tidyTitle(t) : null;
}

/**
 * A headline that reports on a document it names without quotes ("迁西县……授权运营协议签订情况公示", "……实施方案印发情况公告"):
 * the document, when the page goes on to print it under its own title.
 */
const REPORTED = /^(.{4,80}?(?:协议|协议书|合同|方案))(?:签订|签署|订立|印发|发布|批复|审定|履行|执行)(?:情况|结果|事项)?的?(?:公示|公告|公开)$/;
function reportedDocument(headline: string): string | null {
  const m = REPORTED.exec(headline);
  return m ? tidyTitle(m[1]) : null;
}

/**
 * The line, after the notice headline at `at`, that prints the document the headline names as its own title (its stage
 * "（拟签订稿）" on that line or the next), or -1 when the headline is no notice or the document is not printed after it.
 */
function ownTitleAfter(blocks: Block[], at: number, limit: number): number {
  if (at < 0) return -1;
  const headline = blockText(blocks[at]).trim();
  const named = isNoticeHeadline(headline) ? namedDocument(headline) : reportedDocument(headline);
  if (!named) return -1;
  for (let j = at + 1; j < limit; j++) {
    const b = blocks[j];
    if (b.kind === 'table') continue;
    if (withoutStage(tidyTitle(blockText(b))) === named) return j;
  }
  return -1;
}

/**
 * The whole title around its line `title`: printed on two or three lines ("北戴河区生态环境" / "公共数据授权运营" /
 * "实施方案", or cut inside a word), with a type on its own line under it and bracketed lines under that. Returns the
 * title and the block it starts at; never reaches back to `after` (the last wrapper line above it).
 */
const SUPPLEMENT_LINE = /^之?(?:补充|变更|修订|修正)(?:协议|合同|条款)(?:[（(][一二三四五六七八九十\d]{1,3}[）)])?$/;
// An image's caption ('▲飞行季的仙女山起飞场 摄影：……') is the article's too.
const PAGE_POINTER = /^[▌■●◆▶►▲△▼—–=*#]|以下为|全文如下|阅读原文|请戳|点击|扫码|长按/;
// A WeChat byline under the headline ("原创 市数据和政务服务局 承德数据和政务服务 2025年11月21日 ……") names the account.
const BYLINE = /^\s*原创\s/;
function wholeTitle(blocks: Block[], title: number, after: number, limit: number): { title: string; start: number } {
  // An organ's line above it is the issuer, unless the title goes on from it ("某市数据局" / "2027年工作要点").
  let start = title;
  let text = (blocks[title] as { text: string }).text;
  // The account's name printed above the headline is the page's, not the title's: it comes back in the byline.
  const byline = blocks.slice(title + 1, title + 4).map(blockText).find((t) => BYLINE.test(t)) ?? '';
  for (let k = 0; k < 2; k++) {
    const prev = blocks[start - 1];
    // A headline that reports an event is whole: the line above it is its kicker (引题, "公共数据“上架” 场景应用“开花”").
    if (start - 1 <= after || !shortLine(prev) || NEWS_HEADLINE.test(text.trim())) break;
    const p = (prev as { text: string }).text;
    // A title that opens with the document it is about ("《……协议（送审稿）》专家审查会议纪要") begins its own words too.
    // A page's marker or pointer line ('▌一图读懂请戳文末“阅读原文”', '—— 以下为方案全文 ——') is no words of the title.
    if (DOC_KIND.test(stripTail(p)) || isFilingMark(p) || PAGE_POINTER.test(p.trim()) || (isAgencyLine(p) && (PLACE_START.test(text.trim()) || /^《/.test(text.trim()))) || (byline && byline.includes(p.trim()))) break;
    // A third line joins only as words of a title (no clause inside it) and while the whole stays a title's length.
    if (k > 0 && (/[：:，,]/.test(p) || p.trim().length + text.trim().length > 60)) break;
    text = `${p}${text}`;
    start--;
    // The issuer opens the title: what is printed above it (a 类别 mark "B类", a 文号) is not its words.
    if (isAgencyLine(p)) break;
  }
  // A type printed on its own line under the name ("…机构遴选项目" / "响应文件"): the title is both.
  let end = title;
  const next = blocks[title + 1];
  const under = next?.kind === 'paragraph' && shortLine(next) ? next.text.trim() : '';
  // So is a supplement printed under the agreement it amends ("……授权运营协议" / "补充协议（一）").
  if (under && under.length < 12 && (!DOC_KIND.test(stripTail(text)) || SUPPLEMENT_LINE.test(under)) && DOC_KIND.test(stripTail(`${text.trim()}${under}`))) {
    text = `${text.trim()}${under}`;
    end++;
  }
  // The bracketed lines printed under it ("（示范文本）", "（2025—2027年）" / "（征求意见稿）") are the title's too: a
  // memo cites it whole.
  for (let k = end + 1; k <= end + 2 && k < limit && isTitleBracket(blocks[k]) && !subtitleScope(text, blocks[k]); k++) text = `${text.trim()}${blockText(blocks[k]).trim()}`;
  return { title: tidyTitle(text), start };
}

/**
 * A plan published with its 起草说明 or 编制说明 after it ("附件2" / "关于《…方案》的起草说明"), or with the consultation's
 * opinions and their handling: the explanation is another document, about the plan, and what it discusses ("负面清单另行制定") is not the plan's content. Returns the index
 * where it begins (its "附件N" line included), or blocks.length when there is none.
 */
// So is the account of the consultation's opinions and how each was handled ("附：征求意见采纳情况（摘要）"): what others
// proposed, reported, is no part of the plan.
const EXPLANATION_TITLE = /^(?:附件?\s*\d*\s*[:：]?\s*)?(?:关于)?(?:《[^》]{4,80}》|[^，。；：:《》]{4,60})?的?(?:(?:起草|编制|制定|修订|修改)(?:情况的?)?说明|(?:征求|公开征求|反馈)?意见(?:建议)?(?:的)?(?:采纳|采用|处理|办理)情况(?:的?(?:说明|报告|汇总表?|一览表|表))?(?:[（(][^）)]{1,6}[）)])?)$/;
const ANNEX_LINE = /^附件\s*[\d一二三四五六七八九十]*\s*[:：]?$/;
/** The explanation follows the document: never within its first blocks (a wrapper's list of 附件 names it there). */
const EXPLANATION_AFTER = 10;

export function trailingDocumentStart(blocks: Block[]): number {
  for (let i = EXPLANATION_AFTER; i < blocks.length; i++) {
    const t = blockText(blocks[i]).replace(/\s+/g, '');
    if (t.length > 90 || !EXPLANATION_TITLE.test(t)) continue;
    const prev = blocks[i - 1];
    return prev && ANNEX_LINE.test(blockText(prev).replace(/\s+/g, '')) ? i - 1 : i;
  }
  return siteFooterStart(blocks);
}

/**
 * A website copy ends with the site's footer (主办单位, ICP备案, 【打印本页】【关闭窗口】, the site's address and phone):
 * the site's words, not the document's, so never evidence ("…数据和政务服务局" is not a product for government users).
 * Only an unbroken run of such lines at the very end counts; the same words inside the body stay.
 */
const SITE_FOOTER = /主办单位|承办单位|协办单位|ICP\s*备|公网安备|网站标识码|版权所有|技术支持[:：]|打印本页|关闭窗口|网站地图|联系我们|^扫一扫/;
const FOOTER_DETAIL = /^(?:地址|电话|联系电话|邮编|邮政编码|传真)[:：]/;

function siteFooterStart(blocks: Block[]): number {
  let start = blocks.length;
  while (start > EXPLANATION_AFTER) {
    const b = blocks[start - 1];
    const t = blockText(b).trim();
    if (b.kind === 'table' || !(SITE_FOOTER.test(t) || (t.length <= 60 && FOOTER_DETAIL.test(t)))) break;
    start--;
  }
  return start;
}
