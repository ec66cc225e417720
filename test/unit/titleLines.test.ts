import { describe, expect, it } from 'vitest';
import { cjkAdvance, titleLines } from '../../shared/memo/titleLines';
import { TITLE_TERMS } from '../../shared/memo/terms';

/** Real-looking long titles of memos, packets, 纪要 and score results (the templates add "的\n…意见"). */
const TITLES = [
  '关于《秦皇岛市公共数据资源授权运营实施方案》的\n专家论证意见',
  '关于《温州市公共数据授权运营协议（送审稿）》的\n协议审查意见',
  '关于《河北省公共数据资源授权运营实施方案（征求意见稿）》的\n专家论证意见',
  '关于《重庆市公共数据资源授权运营管理办法配套实施细则》的\n专家论证意见',
  '关于《张家口市数据和政务服务局公共数据资源授权运营年度评估报告》的\n评审报告',
  '《贵阳市公共数据资源授权运营运营机构遴选》\n评审结果汇总表',
  '关于审议《石家庄市公共数据资源授权运营实施方案》的\n会议纪要',
];

/** Where each line ends, as character offsets into the joined title. */
const breaks = (lines: string[]) => lines.slice(0, -1).reduce<number[]>((a, l) => [...a, (a.at(-1) ?? 0) + [...l].length], []);

describe('title lines: never inside a word or a domain term, symmetric, no lone 的', () => {
  for (const title of TITLES) {
    it(title.replace('\n', ''), () => {
      const lines = titleLines(title, cjkAdvance, 20);
      const text = title.replace('\n', '');
      expect(lines.join('')).toBe(text);
      const chars = [...text];
      for (const l of lines) {
        expect([...l].length).toBeLessThanOrEqual(20);
        expect(l).not.toBe('的');
        expect(l).not.toMatch(/^[的）》，、]/);
        expect(l).not.toMatch(/[《（]$/);
      }
      // No line break falls strictly inside any occurrence of a domain term, nor between a place and its 市/省.
      for (const b of breaks(lines)) {
        for (const term of TITLE_TERMS) {
          for (let from = text.indexOf(term); from >= 0; from = text.indexOf(term, from + 1)) {
            const s = [...text.slice(0, from)].length;
            expect(b > s && b < s + [...term].length, `“${lines.join(' / ')}” splits ${term}`).toBe(false);
          }
        }
        expect('省市县区'.includes(chars[b]) && /\p{Script=Han}/u.test(chars[b - 1]), `“${lines.join(' / ')}” splits a place name`).toBe(false);
      }
      // As few lines as the width allows, and even: the longest line at most 6 characters longer than the shortest.
      expect(lines.length).toBeLessThanOrEqual(Math.ceil(chars.length / 20) + 1);
      const lens = lines.map((l) => [...l].length);
      expect(Math.max(...lens) - Math.min(...lens)).toBeLessThanOrEqual(6);
    });
  }

  it('splits 授权运营 nowhere even where the segmenter sees two words', () => {
    for (const w of [12, 14, 16, 18]) {
      const lines = titleLines('关于《某某市公共数据资源授权运营实施方案》的专家论证意见', cjkAdvance, w);
      expect(lines.join('|'), `width ${w}`).not.toMatch(/授\|权|授权\|运营|公共\|数据|数据\|资源|实施\|方案|运营\|协议/);
    }
  });

  // Walk 21: "市数据和政务服务局2026 / 年第5次党组会议会议材料", "《…运营机构 / 遴选评审》评审结果汇总表".
  it('keeps a number with its 第 and unit, and a 《名称》 that fits on a line whole', () => {
    for (const w of [12, 14, 16, 18, 20]) {
      const lines = titleLines('市数据和政务服务局2026年第5次党组会议\n会议材料', cjkAdvance, w);
      expect(lines.join('|'), `width ${w}`).not.toMatch(/\d\||\|[年次]|第\|/);
    }
    expect(titleLines('《温州市公共数据授权运营机构遴选评审》\n评审结果汇总表', cjkAdvance, 20)).toEqual(['《温州市公共数据授权运营机构遴选评审》', '评审结果汇总表']);
  });
});
