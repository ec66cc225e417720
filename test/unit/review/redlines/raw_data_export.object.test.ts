import { describe, expect, it } from 'vitest';
import { misread, sample } from '../../../helpers/grammar';

/**
 * What leaves is the object of the verb's own clause: a sentence that uses the records inside the platform in one clause
 * and hands over a result in the next ("乙方可以在平台内使用原始数据，对外提供统计指标", "……，向合作单位提供的只能是
 * 统计结果") lets out the result, not the records. The same sentence handing over the records, or them again by a
 * pointer or a pronoun, still fires. A party's name that starts the data's name after 对 or 向 ("对企业登记原始数据进行
 * 建模") describes the data; it receives nothing. Written for the test; checks.ts `handsOverOther`, clauseParties.ts
 * `OF_THE_DATA`.
 */
const USE = ['乙方可以在平台内使用{raw}', '乙方仅可在运营专区内加工{raw}', '乙方可以在隐私计算环境中对{raw}进行建模', '乙方可以调用{raw}开展分析'] as const;
const RAW = ['原始数据', '原始记录', '个人信息明细', '企业登记原始数据', '医保结算明细数据'] as const;
const RESULT = ['统计指标', '分析报告', '核验结果', '经审核的数据产品', '不可逆的模型结果', '汇总统计数据'] as const;
const RECV = ['合作单位', '金融机构', '数据需求方', '第三方'] as const;
const HANDS = [
  '，对外提供{res}', '，向{recv}提供的只能是{res}', '，但对外提供的仅为{res}', '，向{recv}交付的限于{res}', '，并可以向{recv}提供{res}',
] as const;
const LEAKS = ['，并可以向{recv}提供{raw}', '，并可以将{raw}提供给{recv}', '，也可以向{recv}交付{raw}', '，并可以将其导出至乙方自有服务器'] as const;
const fill = (t: string, c: Record<string, string>) => t.replace(/\{(\w+)\}/g, (_, k: string) => c[k]);

const quiet = sample({ use: USE, raw: RAW, res: RESULT, recv: RECV, hands: HANDS }, 60, 3).map((c) => `${fill(c.use, c)}${fill(c.hands, c)}。`);
const fires = sample({ use: USE, raw: RAW, recv: RECV, leaks: LEAKS }, 40, 4).map((c) => `${fill(c.use, c)}${fill(c.leaks, c)}。`);

const NAMED_BY_PARTY = ['企业登记原始数据', '医院诊疗原始记录', '学校学籍明细数据', '企业纳税原始记录', '机构备案明细数据', '单位参保原始数据'] as const;
const PROCESS = ['进行建模', '进行清洗', '进行加工', '开展统计分析', '进行脱敏处理'] as const;
const WHERE = ['在平台内', '在运营专区内', '在隐私计算环境中', ''] as const;
const processed = sample({ d: NAMED_BY_PARTY, p: PROCESS, w: WHERE }, 30, 5).map((c) => `乙方可以${c.w}对${c.d}${c.p}。`);

describe('what leaves is the object of the verb’s own clause (raw_data_export)', () => {
  it('stays quiet when the clause hands over a result', () => {
    expect(misread('raw_data_export', quiet, false)).toEqual([]);
  });
  it('stays quiet when the records named after a party are processed in place', () => {
    expect(misread('raw_data_export', processed, false)).toEqual([]);
  });
  it('fires when the clause hands over the records', () => {
    expect(misread('raw_data_export', fires, true)).toEqual([]);
  });
});
