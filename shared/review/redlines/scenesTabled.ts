import type { Block } from '../../domain/document';
import type { Evidence } from '../report';
import { evidence, type ReadDocument } from '../sections';
import { cells, columnHeads } from './units';

/**
 * Hebei's mode (art. 15): one scenario, one grant. Several scenarios set out as the rows of one table of what is granted
 * ("附件1 授权场景清单" / "| 序号 | 场景名称 | 数据来源单位 |" / four rows), the grant pointing at it or the table captioned
 * as granted, are granted together, whatever each row's scenario is. A table of one scenario's parts (子场景, 应用示例)
 * or of scenarios planned for later grants is not.
 */
const SCENE_COLUMN = /^(?:授权|应用|授权应用)?场景(?:名称)?$/;
const GRANTED_CAPTION = /授权(?:运营)?(?:的)?(?:应用)?场景(?:清单|表|及|一览|目录|范围)|授权场景/;
const GRANT_POINTS = /授权[^。；]{0,16}?(?:应用)?场景[^。；]{0,6}?(?:见|详见|以|按)(?:本协议|本方案)?(?:附件|附表|下表)/;
const PRODUCT_COLUMN = /产品|服务名称|服务内容/;
const EACH_GRANTED = /单独授权|分别授权|逐一授权|单独签订|分别签订|协议编号/;
const NOT_A_GRANT = /子场景|应用示例|典型场景|示范场景|储备|后续|拟|计划|分批|分期|另行/;

export function scenesTabled(r: ReadDocument): Evidence[] {
  const heads = columnHeads(r);
  const pointed = r.blocks.some((b) => GRANT_POINTS.test(r.text(b)));
  const out: Evidence[] = [];
  const seen = new Set<string[]>();
  r.blocks.forEach((b, i) => {
    const head = heads.get(b);
    if (!head || seen.has(head)) return;
    const col = head.findIndex((c) => SCENE_COLUMN.test(c));
    if (col < 0) return;
    seen.add(head);
    // The table's rows: a table block's, or the typed rows under the same head.
    const rows: string[][] = b.kind === 'table' ? b.rows.slice(1) : r.blocks.filter((x) => heads.get(x) === head).map((x) => cells(r.text(x)));
    const scenes = new Set(rows.map((row) => (row[col] ?? '').trim()).filter((x) => x && !/^[-—－]+$/.test(x)));
    // Its caption: the lines above it that are no rows (a typed table's head row is one).
    const caption = [r.blocks[i - 1], r.blocks[i - 2], r.blocks[i - 3]].filter((x): x is Block => !!x && x.kind !== 'table' && !/[|｜]/.test(r.text(x))).map((x) => r.text(x)).join(' ');
    // Each row granted on its own ("单独授权", an agreement number each) is one scenario, one grant.
    const each = rows.some((row) => EACH_GRANTED.test(row.join(' '))) || head.some((c) => EACH_GRANTED.test(c));
    // A product list's column of where each product is used ("产品名称 | 应用场景 | 服务对象") names uses, not grants.
    const products = head.some((c) => PRODUCT_COLUMN.test(c));
    // Pointed at by the grant: an annex's table, or one right after the sentence that points.
    const pointedHere = pointed && (/^\s*(?:附件|附表)/.test(caption) || GRANT_POINTS.test(caption));
    if (scenes.size < 2 || each || products || NOT_A_GRANT.test(caption) || !(pointedHere || GRANTED_CAPTION.test(caption))) return;
    out.push(evidence(r, b, undefined, { clause: caption || r.text(b), negated: false, reading: 'permission', condition: `一表授权${scenes.size}个场景：${[...scenes].join('、')}` }));
  });
  return out;
}
