import { describe, expect, it } from 'vitest';
import { expectQuiet, expectRaised, raises } from '../../../helpers/redlineCase';

/**
 * Hebei's mode (one scenario, one authorisation) read as what the grant covers and how a scenario is added (second
 * clause bank, session 7). Every text is written for this test, unlike the bank's wordings; near misses stay quiet.
 */

describe('authorization_mode: the unit granted', () => {
  it('a whole city’s data, a grant covering all data, many scenarios at once fire', () => {
    expectRaised('authorization_mode', [
      '甲方将全省政务数据的开发经营权授予乙方。',
      '本次授权范围涵盖各区县所有委办局汇聚的数据。',
      '本次一揽子授予乙方五个应用场景的运营权。',
      '甲方将本市交通、医疗两个领域的数据一并交由乙方运营。',
    ]);
    expectQuiet('authorization_mode', ['本次授权一个应用场景，授权范围为附件1所列交通数据。', '乙方应当保障全市范围内用户的合法权益。', '交通、医疗两个领域的数据需求，分别按场景组织授权。']);
  });
  it('per-scenario grants given up, fields shared out, a scenario that is a whole field fire', () => {
    expectRaised('authorization_mode', [
      '今后同类需求，甲方无需再逐一组织场景授权，由乙方统筹开展。',
      '两家成员单位分别承接医疗和社保行业的开发运营。',
      '“民生服务”场景，包括人社、医保、民政等部门数据的一切开发利用。',
    ]);
    expectQuiet('authorization_mode', ['今后新增场景的，甲方应当逐一组织授权。', '“停车诱导”场景，包括停车泊位数据的实时查询服务。']);
  });
  it('open scenarios: all scenarios taken on, any product, scenarios left to a member fire', () => {
    expectRaised('authorization_mode', [
      '乙方负责承接各个应用场景的数据开发。',
      '乙方可以提供一切合法的数据服务。',
      '联合体各成员所负责领域的场景，由各成员自主决定。',
    ]);
    expectQuiet('authorization_mode', ['各场景分别组织遴选、分别签订协议。', '乙方不得开发任何超出授权场景的数据产品。']);
  });
});

describe('authorization_mode: a scenario added without its own grant', () => {
  it('riding on the old grant, added by negotiation, deemed granted, extended without a new grant fire', () => {
    expectRaised('authorization_mode', [
      '授权期内增设的场景，自动沿用本协议约定，不再另行组织遴选。',
      '经双方协商，可以扩大授权场景范围，并纳入补充协议后生效。',
      '乙方在授权场景以外开展的开发利用，视为已获甲方授权。',
      '与本场景数据同源的场景，乙方可以直接延伸，无需重新申请授权。',
    ]);
  });
  it('a new scenario that needs its own competition and agreement stays quiet', () => {
    expectQuiet('authorization_mode', [
      '新增场景的，应当重新组织遴选并另行签订授权运营协议。',
      '场景拓展须另行编制实施方案，经审议后单独授权。',
    ]);
  });
});

/**
 * Third clause bank read as classes (session 8): what a grant clause grants, whichever way it is put, judged as a unit;
 * terms the document defines read into the clauses that use them. Texts written for this test.
 */
const DOC = (lines: string) => `某场景公共数据授权运营协议\n${lines}`;

describe('authorization_mode: the object of the grant', () => {
  it('a field, many departments’ data or open scenarios granted fire; a scenario granted does not', () => {
    expectRaised('authorization_mode', [
      '甲方授权乙方就本市文化旅游领域公共数据开展授权运营。',
      '授权标的为市政务数据平台汇聚的十六个部门的数据。',
      '依托本协议授权，乙方可以在全市开展所有政务数据应用场景的运营。',
    ]);
    expectQuiet('authorization_mode', ['甲方授权乙方就文化旅游领域“景区客流预警”场景数据开展授权运营。', '授权标的为“工程建设项目审批”场景涉及的三个部门的数据。']);
  });
  it('scenarios without limit, everything done in a field counted as granted fire; a duty to stay within the grant does not', () => {
    expectRaised('authorization_mode', ['本授权项下可开发的场景数目不作限制。', '乙方在交通领域开展的所有数据服务，均纳入本协议授权范围。']);
    expectQuiet('authorization_mode', ['乙方开展的所有数据服务均应在本协议授权范围内进行。', '企业调用数据接口的次数不受限制。', '乙方仅可在本场景内开发产品，不得用于其他场景。']);
  });
  it('a new use served under the old grant fires; one that needs a new grant does not', () => {
    expect(raises('authorization_mode', '使用单位提出新用途的，乙方可以在原授权项下直接提供服务，无需授权方重新授权。')).toBe(true);
    expect(raises('authorization_mode', '使用单位提出新用途的，应当另行编制实施方案，由授权方重新组织授权。')).toBe(false);
  });
  it('a table whose column grants fields fires; one that lists scenarios by field does not', () => {
    expect(raises('authorization_mode', ['授权行业 | 数据来源 | 期限', '文化旅游 | 市文化广电旅游局 | 三年', '交通运输 | 市交通运输局 | 三年'].join('\n'), { doc: DOC })).toBe(true);
    expect(raises('authorization_mode', ['授权场景 | 所属领域 | 期限', '景区客流预警 | 文化旅游 | 三年'].join('\n'), { doc: DOC })).toBe(false);
  });
});

describe('authorization_mode: terms the document defines', () => {
  it('a scenario defined as what the operator chooses opens the grant that uses it; one defined as a listed scenario does not', () => {
    const use = '第六条 乙方在运营场景内开展数据产品开发。';
    expect(raises('authorization_mode', ['第一条 本协议所称“运营场景”，是指乙方根据业务发展自主选择的数据开发方向。', use].join('\n'), { doc: DOC })).toBe(true);
    expect(raises('authorization_mode', ['第一条 本协议所称“运营场景”，是指附件一所列的“冷链追溯”场景。', use].join('\n'), { doc: DOC })).toBe(false);
  });
  it('others’ practice told as fact, or a practice refused after its harm, sets no rule', () => {
    expectQuiet('authorization_mode', ['一些省份实行全量数据一次性授权。本方案按场景逐一授权。', '打包授权容易造成数据垄断，本方案不采取此种方式。']);
  });
});

/**
 * What the grant covers read as a property of the grant clause (fourth bank, session 9): its object through the
 * glossary, scope that grows by itself, scenarios beyond the list, a list the operator keeps, silence or a form in place
 * of a new scenario's grant, scenarios not fixed when granted, every holder or one unified right. Written for the test.
 */
describe('authorization_mode: what the grant covers', () => {
  it('reads the object granted with what the document defines it to be', () => {
    const grant = '第三条 甲方将开放数据池授权给乙方运营。';
    expect(raises('authorization_mode', ['第一条 本协议所称“开放数据池”，是指市大数据中心汇聚的全部公共数据及其后续更新。', grant].join('\n'), { doc: DOC })).toBe(true);
    expect(raises('authorization_mode', ['第一条 本协议所称“开放数据池”，是指附件一所列“冷链追溯”场景所需的12项数据。', grant].join('\n'), { doc: DOC })).toBe(false);
  });
  it('fires on scope that grows by itself, scenarios beyond the list, a list the operator keeps', () => {
    expectRaised('authorization_mode', [
      '协议期内新上线的政务系统数据当然纳入授权范围。',
      '除附件二清单外，乙方同样可以在其他场景中使用授权数据。',
      '清单所列场景以外的应用，运营机构也可开展。',
      '应用场景目录由运营机构自主调整，报甲方备案。',
    ]);
    expectQuiet('authorization_mode', ['新增数据需纳入授权范围的，应当重新报批。', '清单以外的场景，乙方不得开展。', '未列入清单的场景，乙方可以在甲方批准、另行签订协议后开展。', '应用场景目录由甲方确定并公布。']);
  });
  it('fires when silence or a form stands for a new scenario’s grant, or scenarios are left to later', () => {
    expectRaised('authorization_mode', [
      '新场景上线前，乙方向甲方报送说明，甲方十五日内未提出异议的，视为同意。',
      '乙方拓展新应用场景的，经甲方形式审查通过即可实施。',
      '授权场景届时由双方协商确定。',
      '各应用场景不作事前列举。',
    ]);
    expectQuiet('authorization_mode', ['新场景须经甲方审批并另行签订授权协议。', '新增场景另行商定，并重新组织授权。', '乙方应在场景上线后三十日内向甲方报送运行情况。']);
  });
  it('fires on a grant covering every holder or one unified right; not on one holder’s scenario', () => {
    expectRaised('authorization_mode', ['本次授权涵盖全市所有委办局。', '甲方授予乙方省域公共数据的一体化运营权。']);
    expectQuiet('authorization_mode', ['本次授权涵盖市交通局一个部门的“公交到站预测”场景数据。', '乙方应建立统一的运营管理制度。']);
  });
});
