import { describe, expect, it } from 'vitest';
import { passageReview } from '../../helpers/passageReview';

/**
 * Classes read in session 40 from the sixty-second blind set and the s40b/s40c banks, after they were measured sealed on
 * the first round's engine (57343bb0): charges outside the guided ceiling; a list counted and its users all named; the
 * grantor's serving others on the operator's leave or refused on its objection; a filing that waits for others'
 * countersignature; a copy kept up to a period, put into an encrypted offline store, sealed for a keeping period, or left
 * to a later negotiation; a party the operator designates in its place; the operation subcontracted by agreement; a term
 * run to the end of a defined period that starts later; a clause quoted under a decimal number; market players' own
 * prices. Each case has a lawful twin where one can be written. Text written for the test.
 */
const { flagsOf } = passageReview();

describe('pricing', () => {
  it('charges outside the guided price’s ceiling', () => {
    expect(flagsOf('第十二条 对于定制化开发、加急交付等增值服务，乙方可以在政府指导价上限之外另行收取技术服务费。')).toContain('pricing');
  });
  it('lawful twin: within the ceiling', () => {
    expect(flagsOf('第十二条 对于定制化开发、加急交付等增值服务，乙方应当在政府指导价上限以内收取技术服务费。')).not.toContain('pricing');
  });
  it('a delivery’s speed among paid services is no product delivered and re-developed', () => {
    expect(flagsOf('第十二条 乙方提供产业发展类数据服务的收费标准，原则上参照政府指导价执行；对于定制化开发、加急交付等增值服务，乙方可以在政府指导价上限以内另行收取技术服务费。')).not.toContain('exclusivity');
    expect(flagsOf('第十二条 乙方可以对已交付开发利用机构的数据产品进行定制化开发。')).toContain('exclusivity');
  });
  it('market players pricing their own goods price no data product', () => {
    expect(flagsOf('（二）价格机制\n粮食收购价格、加工产品销售价格由市场主体依法自主确定，不属于本方案定价范围。', 'hebei', 'plan')).not.toContain('pricing');
  });
});

describe('the products list counted, its users named', () => {
  it('every listed one for businesses: the public category is missing', () => {
    expect(flagsOf('7.1 本方案拟提供的产品和服务共九项（清单见附件2），服务对象均为银行、保险公司和医药企业，主要用于信贷审批、保险核保和药品市场分析。', 'wenzhou', 'plan')).toContain('product_categories');
  });
  it('lawful twin: the annex not held and nothing said of all of them', () => {
    expect(flagsOf('7.1 本方案拟提供的产品和服务共九项，清单见附件2。', 'wenzhou', 'plan')).not.toContain('product_categories');
  });
});

describe('others served on the operator’s leave', () => {
  it('the grantor’s serving others needs the operator’s consent, the consent said after another condition', () => {
    expect(flagsOf('第七条 授权期内，甲方向其他机构提供本协议授权范围内的数据资源的，其条件不得优于本协议给予乙方的条件，并应当事先取得乙方书面同意。', 'hebei')).toContain('exclusivity');
  });
  it('lawful twin: no consent needed', () => {
    expect(flagsOf('第七条 授权期内，甲方向其他机构提供本协议授权范围内的数据资源的，无需取得乙方同意。', 'hebei')).not.toContain('exclusivity');
  });
  it('others refused on the operator’s objection that they harm its business', () => {
    expect(flagsOf('第十八条 其他单位申请使用同类公共数据开展运营的，甲方应当事先征求乙方意见；乙方认为可能影响本协议项下运营收益的，甲方不予受理。', 'qinhuangdao')).toContain('exclusivity');
  });
});

describe('a filing that waits', () => {
  it('for others’ countersignature, as the rule for some case', () => {
    expect(flagsOf('第三十九条 本协议签订后5个工作日内，由甲方报市数据主管部门备案；涉及跨部门共享数据的，待各数源单位会签完毕后再行备案。', 'chongqing')).toContain('filing_deadline');
  });
  it('lawful twin: five working days, no case put off', () => {
    expect(flagsOf('第三十九条 本协议签订后5个工作日内，由甲方报市数据主管部门备案。', 'chongqing')).not.toContain('filing_deadline');
  });
});

describe('the data at exit', () => {
  const exit = '15.4 自本协议终止之日起十五日内，乙方应当以不可逆方式删除授权数据，删除记录和网络日志保存一年；';
  it('a copy kept up to a period said after a comma', () => {
    expect(flagsOf(`${exit}为满足审计需要，乙方可以保留一份备份副本，保留期限不超过两年。`)).toContain('no_destruction');
  });
  it('copies turned into an encrypted offline store', () => {
    expect(flagsOf('（七）退出机制。授权运营协议终止后，运营机构本地留存的授权数据副本转为离线加密存储，由运营机构保管至授权终止后满五年。', 'hebei', 'plan')).toContain('no_destruction');
  });
  it('sealed for a keeping period', () => {
    expect(flagsOf('（六）退出机制。协议终止后，已加工形成的训练数据集及其对应的原始样本，为保障已交付模型可追溯，由授权运营机构在授权运营空间内加密封存，保存期限不少于5年。', 'guizhou', 'plan')).toContain('no_destruction');
  });
  it('left to a later negotiation after the end', () => {
    expect(flagsOf('第三十三条 本协议终止后设六个月过渡期；过渡期满后，双方另行协商授权数据的处理方式。', 'qinhuangdao')).toContain('no_destruction');
  });
  it('lawful twin: destroyed, its logs kept', () => {
    expect(flagsOf(`${exit}不得保留任何副本。`)).not.toContain('no_destruction');
  });
});

describe('the grant handed on', () => {
  it('a party the operator designates in its place', () => {
    expect(flagsOf('第二条 授权基本信息\n项目 | 内容\n运营主体 | 乙方或乙方书面指定的项目公司（指定后由项目公司承接本协议项下乙方的全部权利义务）', 'qinhuangdao')).toContain('sub_authorization');
  });
  it('lawful twin: the operator alone', () => {
    expect(flagsOf('第二条 授权基本信息\n项目 | 内容\n运营主体 | 乙方（不得指定其他单位代为运营）', 'qinhuangdao')).not.toContain('sub_authorization');
  });
  it('the operation subcontracted by an agreement signed on the grantor’s silence', () => {
    expect(flagsOf('第二十二条 确因技术能力不足需要由其他单位承接部分场景运营的，乙方应提前三十日书面报告甲方，甲方在收到报告后十五日内未提出异议的，乙方可以与承接单位签订分包运营协议。', 'hebei')).toContain('sub_authorization');
  });
  it('lawful twins: forbidden; the platform’s upkeep subcontracted', () => {
    expect(flagsOf('第二十二条 乙方不得与其他单位签订分包运营协议。', 'hebei')).not.toContain('sub_authorization');
    expect(flagsOf('第二十二条 乙方可以将平台运维工作分包给专业机构。', 'hebei')).not.toContain('sub_authorization');
  });
});

describe('a term run to the end of a defined period that starts later', () => {
  it('is the wait and the period together', () => {
    expect(flagsOf('1.5 “运营周期”：指自本协议签订满六个月之日（即运营平台正式上线之日）起连续计算的三十六个月。\n4.1 乙方的授权运营期限自本协议签订之日起算，至运营周期届满之日止。', 'qinhuangdao')).toContain('term_over_3y');
  });
  it('lawful twin: thirty months after the six', () => {
    expect(flagsOf('1.5 “运营周期”：指自本协议签订满六个月之日起连续计算的三十个月。\n4.1 乙方的授权运营期限自本协议签订之日起算，至运营周期届满之日止。', 'qinhuangdao')).not.toContain('term_over_3y');
  });
});

describe('a clause quoted under a decimal number and judged', () => {
  it('is the reviewers’, not a rule', () => {
    expect(flagsOf('专家组意见：协议第6.4条“在同等条件下，乙方对本区域后续新增公共数据场景享有优先运营权”构成变相排他，应予删除。')).not.toContain('exclusivity');
  });
  it('lawful twin turned: the clause itself', () => {
    expect(flagsOf('6.4 在同等条件下，乙方对本区域后续新增公共数据场景享有优先运营权。')).toContain('exclusivity');
  });
});
