import { describe, expect, it } from 'vitest';
import { agreementWith, flagIds } from '../../../helpers/reviewCorpus';

/**
 * Hebei's mode (one scenario, one authorisation) read as what the grant covers and how a scenario is added (second
 * clause bank, session 7). Every text is written for this test, unlike the bank's wordings; near misses stay quiet.
 */
const fires = (clause: string) => flagIds(agreementWith(clause), 'hebei', 'agreement').includes('authorization_mode');

describe('authorization_mode: the unit granted', () => {
  it('a whole city’s data, a grant covering all data, many scenarios at once fire', () => {
    for (const c of [
      '甲方将全省政务数据的开发经营权授予乙方。',
      '本次授权范围涵盖各区县所有委办局汇聚的数据。',
      '本次一揽子授予乙方五个应用场景的运营权。',
      '甲方将本市交通、医疗两个领域的数据一并交由乙方运营。',
    ]) expect(fires(c), c).toBe(true);
    for (const c of ['本次授权一个应用场景，授权范围为附件1所列交通数据。', '乙方应当保障全市范围内用户的合法权益。', '交通、医疗两个领域的数据需求，分别按场景组织授权。']) expect(fires(c), c).toBe(false);
  });
  it('per-scenario grants given up, fields shared out, a scenario that is a whole field fire', () => {
    for (const c of [
      '今后同类需求，甲方无需再逐一组织场景授权，由乙方统筹开展。',
      '两家成员单位分别承接医疗和社保行业的开发运营。',
      '“民生服务”场景，包括人社、医保、民政等部门数据的一切开发利用。',
    ]) expect(fires(c), c).toBe(true);
    for (const c of ['今后新增场景的，甲方应当逐一组织授权。', '“停车诱导”场景，包括停车泊位数据的实时查询服务。']) expect(fires(c), c).toBe(false);
  });
  it('open scenarios: all scenarios taken on, any product, scenarios left to a member fire', () => {
    for (const c of [
      '乙方负责承接各个应用场景的数据开发。',
      '乙方可以提供一切合法的数据服务。',
      '联合体各成员所负责领域的场景，由各成员自主决定。',
    ]) expect(fires(c), c).toBe(true);
    for (const c of ['各场景分别组织遴选、分别签订协议。', '乙方不得开发任何超出授权场景的数据产品。']) expect(fires(c), c).toBe(false);
  });
});

describe('authorization_mode: a scenario added without its own grant', () => {
  it('riding on the old grant, added by negotiation, deemed granted, extended without a new grant fire', () => {
    for (const c of [
      '授权期内增设的场景，自动沿用本协议约定，不再另行组织遴选。',
      '经双方协商，可以扩大授权场景范围，并纳入补充协议后生效。',
      '乙方在授权场景以外开展的开发利用，视为已获甲方授权。',
      '与本场景数据同源的场景，乙方可以直接延伸，无需重新申请授权。',
    ]) expect(fires(c), c).toBe(true);
  });
  it('a new scenario that needs its own competition and agreement stays quiet', () => {
    for (const c of [
      '新增场景的，应当重新组织遴选并另行签订授权运营协议。',
      '场景拓展须另行编制实施方案，经审议后单独授权。',
    ]) expect(fires(c), c).toBe(false);
  });
});
