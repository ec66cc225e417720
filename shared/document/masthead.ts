import type { Block } from '../domain/document';
import { blockText, despace } from '../domain/blockText';

/**
 * A bulletin's masthead (工作简报, 工作动态, 信息专报): its name printed large, letter-spaced ("工 作 简 报"), under or after
 * its issuer ("秦皇岛市公共数据授权运营工作专班"), over its issue line ("第7期（总第19期）"). Such a text is cited by issuer,
 * name and issue ("…工作专班工作简报（第7期）"), never by the first item of its 要目.
 */
const MASTHEAD_NAME = /(?:工作)?(?:简报|动态|快报|专报|通讯|通报)|信息(?:专报)?|会议纪要|纪要/;
const MASTHEAD = new RegExp(`^([\\u4e00-\\u9fff（）()]{0,30}?)(${MASTHEAD_NAME.source})$`);
// The issue: counted in a series ("2027年第3期", "〔2026〕第47期", "第7期（总第19期）") or numbered by year ("〔2027〕14号", "〔2027〕第31号").
const ISSUE = /^(?:(?:[\d〇○零一二三四五六七八九十]{4}\s*年\s*|[〔［[]\s*\d{4}\s*[〕］\]]\s*)?第\s*([\d一二三四五六七八九十百]+)\s*期|([〔［[]\s*\d{4}\s*[〕］\]]\s*第?\s*\d+\s*号))/;
const ORGAN = /局|委员会|委|人民政府|政府|办公室|办公厅|厅|中心|专班|小组/;
/** How far down a page the masthead may stand: under a website's header, never inside the text. */
const MASTHEAD_SCAN = 12;

export interface Masthead {
  title: string;
  /** The first line of the masthead (its issuer's line when printed above it): the text starts there. */
  start: number;
  titleBlockId: string;
  /** The line after the issue line: a text with a title of its own (minutes: "关于…的专题会议纪要") prints it from here. */
  end: number;
}

const lineOf = (b: Block | undefined) =>
  b && (b.kind === 'paragraph' || (b.kind === 'heading' && !b.numbering)) ? despace(blockText(b).trim()) : null;

export function bulletinMasthead(blocks: Block[]): Masthead | null {
  for (let i = 0; i < Math.min(blocks.length, MASTHEAD_SCAN); i++) {
    const line = lineOf(blocks[i]);
    const m = line ? MASTHEAD.exec(line) : null;
    // Minutes named by their meeting ("……工作推进会会议纪要", "专家审查会议纪要") are titled by it: a masthead's minutes
    // are named by their issuer ("成都市数据局" / "会 议 纪 要", "文成县人民政府专题会议纪要").
    if (!m || (/纪要$/.test(m[2]) && m[1] && (!ORGAN.test(m[1]) || /会$/.test(m[1])))) continue;
    // The issue line follows the name at once (a date or the editor's line may share it or come after).
    const at = [i + 1, i + 2].find((j) => ISSUE.test(lineOf(blocks[j]) ?? ''));
    const issue = at === undefined ? null : ISSUE.exec(lineOf(blocks[at]) ?? '');
    if (at === undefined || !issue) continue;
    let start = i;
    let issuer = m[1];
    const above = lineOf(blocks[i - 1]);
    // An issuer printed on its own line above the name: an organ's or a task force's name, no sentence.
    if (!issuer && above && above.length <= 30 && /^[\u4e00-\u9fff（）()]+$/.test(above)) {
      issuer = above;
      start = i - 1;
    }
    const number = issue[1] ? `（第${issue[1]}期）` : issue[2].replace(/\s+/g, '');
    return { title: `${issuer}${m[2]}${number}`, start, titleBlockId: blocks[start].id, end: at + 1 };
  }
  return null;
}
