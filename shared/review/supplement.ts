import type { ItemFinding } from './report';
import type { RuleItem } from './ruleset';
import { evidence, type ReadDocument } from './sections';
import { sentences } from './text';

/**
 * What a supplement (补充协议) keeps of its original by name: "调整后的期限内，原协议关于授权数据范围、数据资源目录、资产权属和
 * 数据安全的约定继续适用". An item the sentence names is in the agreement, in the original's words; only a matter named
 * counts. A catch-all ("本补充协议未作约定的，仍按原协议执行") names none, and what it leaves out stays missing from this text.
 */
const KEPT = /原(?:协议|合同)[^。；，,]{0,12}?(?:关于|有关|中|所约定的|约定的)(?<what>[^。；]{2,60}?)的?(?:约定|条款|规定|内容)[^。；]{0,10}?(?:继续适用|继续有效|继续执行|仍然有效|仍然适用|仍适用|保持不变|不作变更|不变)/;

/** The sentence of `r` that keeps the original's terms on `item` by name, if any. */
function keptBy(item: RuleItem, r: ReadDocument) {
  for (const b of r.blocks) {
    for (const s of sentences(r.text(b))) {
      const what = KEPT.exec(s)?.groups?.what;
      if (what && item.match.headings.some((h) => what.includes(h))) return evidence(r, b, s);
    }
  }
  return null;
}

/**
 * An item of a supplement missing or partly said in it, that the supplement keeps from its original by name: present, by
 * that sentence (the original says the rest).
 */
export function keptFromOriginal(finding: ItemFinding, item: RuleItem, r: ReadDocument): ItemFinding {
  if (finding.status === 'present') return finding;
  const ev = keptBy(item, r);
  if (!ev) return finding;
  return { ...finding, status: 'present', evidence: [ev], missingParts: [], explanation: undefined, lookedFor: `${finding.lookedFor}（本补充协议写明原协议的相应约定继续适用，内容以原协议为准。）` };
}
