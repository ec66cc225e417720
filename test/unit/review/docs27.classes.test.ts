import { describe, it } from 'vitest';
import { expectQuiet, expectRaised } from '../../helpers/redlineCase';

/**
 * Classes read from the twenty-seventh set (written blind in session 21 and sealed through it: 3 of 8 red lines missed,
 * none false). Every text is written for this test; each class has a lawful text read the other way.
 */
const plan = (...lines: string[]) => () => ['某市某领域公共数据授权运营实施方案', '一、总体要求', '坚持公益优先、依法合规。', ...lines, '九、附则', '本方案自印发之日起施行。'].join('\n');

describe('a product listed under a public-use category, its own title in between', () => {
  const under = (category: string, body: string) => plan('五、数据产品和服务', `（一）${category}`, '1．河道水质监测看板', '服务市水利局，展示断面水质变化，无偿提供。', '2．排污口巡查服务', body);
  it('a charge in an item under "公共治理和公益服务类" charges a public use', () => {
    expectRaised('pricing', [''], { kind: 'plan', doc: under('公共治理和公益服务类', '服务各县区水利部门和乡镇政府，推送排污口巡查任务。鉴于需投入专门巡查人员，按每年2000元收取服务费，由使用单位从公用经费中列支。') });
  });
  it('the same charge under "产业发展类", or the public item free, stays quiet', () => {
    expectQuiet('pricing', [''], { kind: 'plan', doc: under('产业发展类', '面向环保咨询企业，提供排污口分布分析。鉴于需投入专门分析人员，按每年2000元收取服务费，价格执行市发展改革委核定的政府指导价。') });
    expectQuiet('pricing', [''], { kind: 'plan', doc: under('公共治理和公益服务类', '服务各县区水利部门和乡镇政府，推送排污口巡查任务，无偿提供。') });
  });
});

describe('a public body named first in a list of users', () => {
  it('"市场监管部门和市检验研究院使用……服务的，由使用单位……支付数据服务费" charges a public user', () => {
    expectRaised('pricing', ['（三）为保障运营可持续，县（市、区）市场监管部门和市计量测试研究院使用检定计划排程服务的，由使用单位按照实际调用量向运营机构支付数据服务费。'], { kind: 'plan' });
  });
  it('a regulator overseeing the charges, or approving them, is no user', () => {
    expectQuiet('pricing', ['（三）市场监管部门和市发展改革委对运营机构的收费行为开展联合检查。'], { kind: 'plan' });
  });
});

describe('records handed over on a medium, or after a time clause', () => {
  it('the grantor delivering detail records on a dedicated medium lets them out of the platform', () => {
    expectRaised('raw_data_export', ['第六条 甲方每月将授权数据明细以加密文件形式通过专用介质交付乙方。']);
    expectRaised('raw_data_export', ['第六条 甲方每月将上月授权数据明细经去标识化处理后，以加密数据文件形式通过专用介质交付乙方，乙方在其自有机房开展数据处理。']);
  });
  it('records kept on the platform\'s own storage medium, or pushed into the platform, stay in', () => {
    expectQuiet('raw_data_export', ['第六条 甲方将授权数据明细存储于平台专用存储介质中，乙方仅能在平台内访问。']);
    expectQuiet('raw_data_export', ['第六条 甲方将授权数据经清洗处理后，通过专线推送至乙方在授权运营平台内的专区。']);
  });
});
