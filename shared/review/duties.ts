import type { Block } from '../domain/document';
import type { ReadDocument } from './sections';

/**
 * A division of duties written without its name: one paragraph gives each party its own part ("市数据局负责统筹推进
 * 和日常监管；数据提供单位负责数据供给和质量；运营单位负责产品开发，承担数据安全主体责任"). Drafters head it 明确分工,
 * 各管一摊 or nothing at all; what makes it the parties' rights and duties is that several different parties are each
 * the subject of a duty in it. One party given many duties (a security clause, the 实施机构's role) is not it.
 */

/** A party as the subject of its clause: an organ, a unit, a party of the contract, a user ("酒庄、保险等需方"). */
const PARTY = /^(?:[（(]?[\d一二三四五六七八九十]{1,2}[)）．.、]\s*)?(?:[^，。；：:\s]{0,16}等)?([\u4e00-\u9fff]{0,16}?(?:局|委|办|厅|政府|机构|单位|部门|中心|公司|企业|甲方|乙方|丙方|需方|用户|使用方|提供方))(?:应当|应|负责|承担|履行|有权|享有|须|必须|不得|可以|要|依约|按约定)/;
/** Parties that are all of them, not one of them. */
const EVERYONE = /^(?:各|各有关|有关|相关|其他)(?:单位|部门|机构|方)$/;

/** The different parties a text makes the subjects of duties, in the order they come. */
export function dutyHolders(text: string): string[] {
  const out: string[] = [];
  for (const clause of text.split(/[，,。；;\n]/)) {
    const m = PARTY.exec(clause.trim());
    if (!m || EVERYONE.test(m[1]) || out.includes(m[1])) continue;
    out.push(m[1]);
  }
  return out;
}

/** The first paragraph that gives duties to at least `parties` different parties. */
export function dividingParagraph(r: ReadDocument, parties: number): Block | undefined {
  return r.blocks.find((b) => b.kind === 'paragraph' && dutyHolders(r.text(b)).length >= parties);
}
