import { describe, expect, it } from 'vitest';
import { asIs } from '../../../helpers/reviewCorpus';
import { raises } from '../../../helpers/redlineCase';

/**
 * Classes of the authorisation mode read from the sixth bank's odd-numbered failures (session 11), on text written for
 * this test with near misses: an overall grant of an area's data with scenarios only registered, an open list of
 * scenarios ("……等场景"), and all the data of a level granted to one scenario row.
 */
const doc = (kind: 'agreement' | 'plan', ...lines: string[]) =>
  raises('authorization_mode', [kind === 'plan' ? '某场景公共数据授权运营实施方案' : '某场景公共数据授权运营协议', ...lines].join('\n'), { kind, doc: asIs });

describe('scenarios brought in by the operator on a registration or filing', () => {
  it('fires when later scenarios go live on the operator’s registration or filing', () => {
    for (const c of [
      '（三）推进方式。协议签订后，新增场景由乙方向市数据局登记后即可上线运营。',
      '（三）推进方式。后续应用场景由运营单位报主管部门备案后实施。',
      '（三）推进方式。运营单位取得授权后，其余场景由运营单位向数据主管部门登记后投入运营。',
    ])
      expect(doc('plan', c), c).toBe(true);
  });
  it('stays quiet when a later scenario needs its own approval and agreement', () => {
    for (const c of [
      '（三）推进方式。后续应用场景由运营单位提出申请，经市政府批准并另行签订授权运营协议后实施。',
      '（三）推进方式。运营单位应当每季度向主管部门报送场景运行情况。',
    ])
      expect(doc('plan', c), c).toBe(false);
  });
});

describe('a grant of an area’s data as a whole', () => {
  it('fires when the operator obtains the whole area’s data, not a scenario’s', () => {
    expect(doc('plan', '（一）授权安排。方案经审议通过后，运营单位取得全市政务数据资源开发利用的整体授权。')).toBe(true);
    expect(doc('plan', '（一）授权安排。方案印发后，运营单位即获得本区政务数据资源开发利用的概括授权，具体场景此后逐步确定。')).toBe(true);
  });
  it('stays quiet when what is obtained is a scenario’s data', () => {
    expect(doc('plan', '（一）授权安排。方案经审议通过后，运营单位取得“普惠金融”场景所需政务数据的开发利用授权。')).toBe(false);
  });
});

describe('an open list of scenarios', () => {
  it('fires on a grant of scenarios closed with 等 and no count', () => {
    for (const c of ['第三条 授权场景为：普惠金融、信用修复等场景。', '第三条 授权应用场景：医保理赔等应用场景。'])
      expect(doc('agreement', c), c).toBe(true);
  });
  it('stays quiet on a list closed by its count, or a single scenario', () => {
    for (const c of ['第三条 授权场景为：普惠金融、信用修复等两个场景。', '第三条 授权应用场景：医保理赔场景。', '第三条 授权场景为普惠金融、信用修复等2个场景，不包括其他场景。'])
      expect(doc('agreement', c), c).toBe(false);
  });
});

describe('all the data of a level given to one scenario row', () => {
  it('fires when a scenario row takes all of a level’s data', () => {
    expect(doc('agreement', '| 编号 | 场景 | 数据范围 |', '| 1 | 智慧城市运行 | 全部区级政务数据 |')).toBe(true);
    expect(doc('agreement', '第四条 授权场景：城市运行监测；数据范围：全量省级公共数据。')).toBe(true);
  });
  it('stays quiet when the row takes the data a scenario needs', () => {
    expect(doc('agreement', '| 编号 | 场景 | 数据范围 |', '| 1 | 智慧停车 | 区级停车泊位数据 |')).toBe(false);
  });
});

/** Classes from the sixth bank's even failures (session 11), on text written for this test. */
describe('an area’s data granted with the verb before its object', () => {
  it('fires on "授权乙方开发利用本区政务数据"', () => {
    expect(doc('agreement', '第二条 甲方授权乙方开发利用本区政务数据，乙方自行培育数据应用。')).toBe(true);
  });
  it('stays quiet when a scenario’s data is granted', () => {
    expect(doc('agreement', '第二条 甲方授权乙方开发利用“智慧停车”场景所需的本区停车数据。')).toBe(false);
  });
});

describe('every scenario taken at once, later ones without competition', () => {
  it('fires', () => {
    expect(doc('plan', '（四）运营单位确定。运营单位一次性获得各场景经营权，新增场景不再经过公开招标确定运营单位。')).toBe(true);
  });
  it('stays quiet when each scenario is competed for', () => {
    expect(doc('plan', '（四）运营单位确定。新增场景应当通过公共资源交易中心另行组织遴选，并另行签订协议。')).toBe(false);
  });
});

describe('the grantor bound now to grant a new scenario', () => {
  it('fires when a new scenario must be granted on the operator’s need', () => {
    expect(doc('agreement', '第六条 乙方提出新增应用场景的，甲方应当及时追加授权。')).toBe(true);
    expect(doc('agreement', '第六条 乙方在运营中发现新的场景需求的，甲方应予补充授权。')).toBe(true);
  });
  it('stays quiet when the new scenario goes through its own grant', () => {
    expect(doc('agreement', '第六条 乙方提出新增应用场景的，甲方应当按照一场景一授权的要求另行组织论证和授权。')).toBe(false);
  });
});

describe('the operator forbidden to change the scenarios itself', () => {
  it('stays quiet on "乙方不得自行增减应用场景" with a change re-approved', () => {
    expect(doc('agreement', '第九条 运营期间，运营单位不得自行增减、拆分应用场景；确需变更的，报市政府重新审批。')).toBe(false);
  });
  it('fires when the operator changes them itself', () => {
    expect(doc('agreement', '第九条 运营期间，运营单位可以自行增减应用场景，年底汇总报甲方。')).toBe(true);
  });
});
