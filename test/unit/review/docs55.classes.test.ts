import { describe, expect, it } from 'vitest';
import { passageReview } from '../../helpers/passageReview';

/**
 * Classes read in session 37 from the fifty-fifth blind set and the s37b/s37c banks, after they were measured sealed
 * on the first round's engine: an act said to be hard, public products set out as headings, the term extended on
 * consent or put back for delays, a term run to a span after launch or to the n-th year, a period defined as a sum,
 * rivals refused and newcomers let in only on the incumbent's leave, a reviewer's judgement and a draft quoted by its
 * number, a buyer's own re-development, a filing made the day of signing, the exit's keeping in other words, a list
 * labelled in a typed row, records defined as unprocessed, a consortium's rights shared out, a licence to act in one's
 * own name. Each case has a lawful twin where one can be written. Text written for the test.
 */
const { flagsOf } = passageReview();

describe('an act said to be hard', () => {
  it('names a problem, not what anyone may do', () => {
    expect(flagsOf('一、必要性\n渔船登记许可、捕捞日志等数据分散在多个部门，企业和保险机构获取难、使用难。', 'hebei', 'plan')).not.toContain('sub_authorization');
  });
});

describe('public products set out as headings of their own', () => {
  const list = '六、产品和服务清单\n（一）公共治理和公益事业类\n1.管网泄漏预警服务\n面向燃气管理部门推送预警。\n2.瓶装气流向分析\n服务市场监管部门执法检查。\n（二）产业发展和行业发展类\n1.燃气保险风险评估接口\n为保险机构提供风险等级。\n七、价格机制\n';
  it('charged to their users by name later is a public use charged', () => {
    expect(flagsOf(`${list}管网泄漏预警服务和瓶装气流向分析，由使用单位按年度向授权运营机构支付技术服务费。`, 'guizhou', 'plan')).toContain('pricing');
  });
  it('lawful twin: given free', () => {
    expect(flagsOf(`${list}管网泄漏预警服务和瓶装气流向分析免费提供；燃气保险风险评估接口执行政务指导价。`, 'guizhou', 'plan')).not.toContain('pricing');
  });
});

describe('the term extended', () => {
  it('on the grantor’s consent, the same agreement running on', () => {
    expect(flagsOf('第六条 授权运营期限为3年。期满前年度评估均为合格以上的，经市数据局同意可续期一次，续期期限不超过2年。', 'hebei')).toContain('term_over_3y');
  });
  it('lawful twins: signed anew, or capped in total', () => {
    expect(flagsOf('第六条 授权运营期限为3年。期满后需继续运营的，经甲方同意可以续签，续签时重新签订授权运营协议。', 'hebei')).not.toContain('term_over_3y');
    expect(flagsOf('第六条 授权运营期限为3年，期满后经甲方同意可续期一次，续期后授权期限累计不超过3年。', 'hebei')).not.toContain('term_over_3y');
  });
  it('put back for delays as long as they last, up to a cap of its own', () => {
    expect(flagsOf('第五条 授权运营期限为三年。因数源单位供数延迟影响运营的，授权运营期限相应顺延，顺延期限累计不超过十二个月。', 'guizhou')).toContain('term_over_3y');
  });
  it('lawful twin: put back only within the term', () => {
    expect(flagsOf('第五条 授权运营期限为三年。因不可抗力中止履行的，中止期间运营期限相应顺延，但自本协议签订之日起算累计不得超过三年。', 'guizhou')).not.toContain('term_over_3y');
  });
});

describe('the term’s end counted from later', () => {
  it('to a span after the platform goes live', () => {
    expect(flagsOf('第三条 本协议自双方签字之日起生效，至数据专区正式上线运行满三年之日终止。', 'wenzhou')).toContain('term_over_3y');
  });
  it('lawful twin: a shorter span after launch', () => {
    expect(flagsOf('第三条 本协议自双方签字之日起生效，至数据专区正式上线运行满二年之日终止。', 'wenzhou')).not.toContain('term_over_3y');
  });
  it('to the end of the n-th year of the work', () => {
    expect(flagsOf('（三）授权运营期限。自2026年3月1日起，至第四个运营年度结束之日止。', 'national', 'plan')).toContain('term_over_3y');
  });
  it('a period defined as a phase and the years after it', () => {
    const s = '1.6 “授权期”：指系统调试期与其后三个完整运营年度之和。系统调试期自本协议生效之日起算，最长不超过四个月。';
    expect(flagsOf(s, 'chongqing')).toContain('term_over_3y');
  });
});

describe('others kept out', () => {
  it('a developer refused for building what the operator sells', () => {
    expect(flagsOf('第十七条 开发利用单位拟开发的产品与乙方已上架产品功能相近的，乙方有权拒绝向其提供数据服务。', 'qinhuangdao')).toContain('exclusivity');
  });
  it('new data run only by the operator, others barred from applying', () => {
    expect(flagsOf('新增数据资源在十八个月内仅由运营机构开发经营，其他市场主体不得就该数据资源申请开发利用。', 'wenzhou', 'plan')).toContain('exclusivity');
  });
  it('another operator let in only with the incumbent’s leave', () => {
    expect(flagsOf('实施机构在运营期限内引入其他运营机构开展同类数据运营的，应当事先征得现有运营机构书面同意。', 'chongqing', 'plan')).toContain('exclusivity');
  });
  it('lawful twins: no priority held, and a buyer’s own re-development', () => {
    expect(flagsOf('第十六条 本协议期满后重新组织遴选的，乙方不享有优先权。', 'wenzhou')).not.toContain('exclusivity');
    expect(flagsOf('第二十一条 产品交付后，由购买方依据使用协议自主使用和再开发。乙方对购买方的再开发不收取分成、不参与经营。', 'chongqing')).not.toContain('exclusivity');
  });
});

describe('words about another text', () => {
  it('a reviewer’s judgement on a clause it quoted', () => {
    const s = '三、审查意见\n协议草案第8.3条约定“经甲方同意，乙方可将部分运营业务转授权给其子公司”。该约定实质上允许转授权，建议删除该款，改为“乙方不得转授权”。';
    expect(flagsOf(s, 'hebei')).not.toContain('sub_authorization');
  });
  it('a draft’s clause quoted by its number, then replaced', () => {
    const s = '协议草案原第11.2条“乙方根据市场情况自主确定产品价格”，不符合政府指导价要求，修订稿已改为按政府指导价执行。';
    expect(flagsOf(s, 'chongqing')).not.toContain('pricing');
  });
});

describe('the filing', () => {
  it('made the day of signing, the authority’s review time apart', () => {
    const s = '运营协议签订当日，实施机构即提交备案材料；市数据主管部门收到材料后，在15个工作日内完成审查并出具备案回执。';
    expect(flagsOf(s, 'chongqing', 'plan')).not.toContain('filing_deadline');
  });
});

describe('the exit, kept in other words', () => {
  it('data kept until the contracts it serves are done', () => {
    expect(flagsOf('第十二条 协议终止后乙方应当以不可逆方式销毁授权数据，日志留存六个月以上；但履行在途合同所必需的授权数据，可以保留至该合同履行完毕之日。')).toContain('no_destruction');
  });
  it('a backup kept by the operator, or turned into cold storage', () => {
    expect(flagsOf('退出处置：授权数据副本由运营机构自行备份保管五年。', 'guizhou', 'plan')).toContain('no_destruction');
    expect(flagsOf('（六）退出机制。授权原始数据及其副本由运营机构转为离线冷备份存储。', 'hebei', 'plan')).toContain('no_destruction');
  });
  it('detail records moved to the operator’s own data centre', () => {
    expect(flagsOf('协议终止时，乙方应当销毁授权数据；乙方抽取的训练样本明细记录可以迁移至乙方自有数据中心继续保存。', 'wenzhou')).toContain('no_destruction');
  });
  it('what becomes of the data left to be agreed, keeping it among the choices', () => {
    expect(flagsOf('第三十条 本协议终止后授权数据的处置方式（包括销毁、封存或者移交），由双方另行协商确定。', 'qinhuangdao')).toContain('no_destruction');
  });
  it('lawful twin: destruction fixed, only its date agreed later', () => {
    expect(flagsOf('第三十条 本协议终止后，乙方应当以不可逆方式销毁授权数据及其副本，销毁记录和日志留存一年，具体销毁时间由双方另行协商确定。', 'qinhuangdao')).not.toContain('no_destruction');
  });
});

describe('a products list labelled in a typed row', () => {
  it('of paid products only lacks the public category', () => {
    expect(flagsOf('项目 | 内容\n产品和服务清单 | 航运景气指数、船舶通关时效评价（均面向航运企业有偿提供）', 'qinhuangdao', 'plan')).toContain('product_categories');
  });
  it('twin: one with both categories', () => {
    expect(flagsOf('项目 | 内容\n产品和服务清单 | 港区拥堵预警（免费服务港口管理部门）；航运景气指数（面向航运企业有偿提供）', 'qinhuangdao', 'plan')).not.toContain('product_categories');
  });
});

describe('records the text defines as unprocessed', () => {
  it('handed to developers into their own environment', () => {
    const s = '1.7 “原始数据包”：指专区内按主题归集、未经算法加工的公共数据记录集合。\n第十二条 乙方可以向开发利用机构交付原始数据包，由其在自有环境中开发。';
    expect(flagsOf(s, 'guizhou')).toContain('raw_data_export');
  });
});

describe('the grant shared out or licensed on', () => {
  it('a consortium’s right shared among its members, the grantor a party of the signing', () => {
    const s = '联合体中选后，由牵头单位与实施机构签订授权运营协议，并可将所获运营权分配给各成员单位分别行使。';
    expect(flagsOf(s, 'hebei', 'plan')).toContain('sub_authorization');
  });
  it('developers licensed to exercise the operator’s rights in their own name', () => {
    const s = '第十四条 乙方可以许可开发利用机构在约定场景内，以其自身名义行使本协议项下的公共数据加工使用权益。';
    expect(flagsOf(s, 'guizhou')).toContain('sub_authorization');
  });
  it('lawful twin: developers given the space under a development agreement', () => {
    const s = '第十四条 乙方与开发利用机构签订公共数据开发利用协议，开放授权运营空间资源权限，并提供相应数据产品和服务。';
    expect(flagsOf(s, 'guizhou')).not.toContain('sub_authorization');
  });
});
