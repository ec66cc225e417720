import { describe, expect, it } from 'vitest';
import { passageReview } from '../../helpers/passageReview';
import { docFromText } from '../../helpers/reviewCorpus';

/**
 * Classes read in session 43 from the seventieth blind set and the s43d/s43e banks, after they were measured sealed on
 * the second round's engine (03ab8e09) and on the starting engine: a headline after a kicker and a dash; a party's
 * definition read from its body alone; per-scenario grants given up; a prohibition whose means is blanked; a verb that is
 * a list's noun, and records destroyed before the next act; logs wiped, media reused, equipment and its data left to the
 * operator, data kept until paid or migrated to a designated successor; a right to buy others' work first; a scenario's
 * data kept from other scenarios; a scenario's operation entrusted; a chosen partner named again; a build phase dated by
 * months; a term restarted by supplements. Each case has a lawful twin where one can be written. Text written for the
 * test.
 */
const { flagsOf, exitCited: exit } = passageReview();

describe('the document inside the page', () => {
  it('a news headline after a kicker and a dash is the page’s own', () => {
    const doc = docFromText(['渔具企业“出题” 数据授权运营方案“答卷”——市数据和政务服务局召开渔具产业公共数据授权运营座谈会', '', '原创 市数据局 某市数据 2025年12月3日 18:05 河北', '', '图片', '', '12月2日，市数据局召开座谈会，听取企业对《某市渔具产业公共数据授权运营实施方案（征求意见稿）》的意见。'].join('\n'));
    expect(doc.title).toBe('渔具企业“出题” 数据授权运营方案“答卷”——市数据和政务服务局召开渔具产业公共数据授权运营座谈会');
  });
});

describe('exclusivity', () => {
  it('a party’s definition under its heading re-develops nothing', () => {
    expect(flagsOf('第一条 定义\n（三）经营主体\n指乙方面向市场选择的、对乙方已交付的数据产品进行再开发的法人组织。', 'chongqing')).not.toContain('exclusivity');
  });
  it('a prohibition whose means is named still forbids what the next clause imposes', () => {
    expect(flagsOf('第二十五条 乙方不得以签订开发利用协议为条件，要求开发利用机构承诺不与其他主体合作。', 'guizhou')).not.toContain('exclusivity');
  });
  it('twin: the same imposed', () => {
    expect(flagsOf('第二十五条 乙方签订开发利用协议时，可以要求开发利用机构承诺不与其他数据服务商合作。', 'guizhou')).toContain('exclusivity');
  });
  it('a right to buy first what others build on delivered products', () => {
    expect(flagsOf('（十一）经营主体基于运营机构交付产品形成的再开发成果拟转让的，运营机构在同等条件下享有优先受让权。', 'qinhuangdao', 'plan')).toContain('exclusivity');
  });
  it('a scenario’s data kept from every other scenario’s grant', () => {
    expect(flagsOf('（十一）2. 授权期内，本方案所列房屋交易数据资源不再纳入其他应用场景的授权运营。', 'hebei', 'plan')).toContain('exclusivity');
  });
  it('twin: the data open to other scenarios’ grants', () => {
    expect(flagsOf('（十一）2. 本方案所列房屋交易数据资源可以依法纳入其他应用场景的授权运营。', 'hebei', 'plan')).not.toContain('exclusivity');
  });
});

describe('authorization mode', () => {
  it('per-scenario grants given up, the manner between', () => {
    expect(flagsOf('五、授权运营模式\n本项目不再按单个场景分别授权。', 'hebei', 'plan')).toContain('authorization_mode');
  });
  it('twin: each scenario granted on its own', () => {
    expect(flagsOf('五、授权运营模式\n同时承担两个场景运营的，应当分别签订授权运营协议，分别授权。', 'hebei', 'plan')).not.toContain('authorization_mode');
  });
});

describe('raw data', () => {
  it('records destroyed, then a third party checking the destruction', () => {
    expect(flagsOf('第三十九条 乙方应当以不可逆方式删除运营系统内存储的原始数据、副本、缓存及中间数据，由甲方委托第三方机构核验并出具报告。', 'chongqing')).not.toContain('raw_data_export');
  });
  it('twin: the records handed to a third party to check', () => {
    expect(flagsOf('第三十九条 乙方可以将原始数据提供给第三方机构核验。', 'chongqing')).toContain('raw_data_export');
  });
});

describe('exit', () => {
  it('the logs wiped with the data', () => {
    expect(exit('第三十条 协议终止后，乙方以不可逆方式销毁授权数据及其副本，销毁时一并清除相关操作日志。')).toBe(true);
  });
  it('the media formatted and reused', () => {
    expect(exit('（八）退出时，应当清空运营空间内的公共数据，相关存储介质格式化后由运营机构回收再利用。', 'guizhou', 'plan')).toBe(true);
  });
  it('the operator’s equipment and the data stored in it left to the operator', () => {
    expect(exit('7. 资产管理。运营机构投资建设的服务器及其中存储的数据归运营机构所有，授权运营终止后由运营机构自行处置。', 'hebei', 'plan')).toBe(true);
  });
  it('the data kept until the grantor pays', () => {
    expect(exit('第三十七条 补偿款结清前，乙方有权保留运营环境及其中存储的数据。', 'qinhuangdao')).toBe(true);
  });
  it('the data migrated to the successor the grantor names', () => {
    expect(exit('第三十九条 本协议终止后，乙方应当将运营环境中的授权数据和中间数据完整迁移至甲方指定的接续运营机构。', 'hebei')).toBe(true);
  });
  it('cloud-held data left to the cloud provider’s terms', () => {
    expect(exit('第三十三条 乙方租用的云存储资源中存放的授权数据，由乙方通知云服务商按照其服务条款处理。', 'chongqing')).toBe(true);
  });
  it('twin: destroyed beyond recovery, logs kept six months', () => {
    expect(exit('第三十条 协议终止后，乙方以不可逆方式销毁授权数据及其副本，销毁记录和网络日志留存不少于六个月。')).toBe(false);
  });
});

describe('transfer', () => {
  it('a scenario’s operation entrusted to a third party', () => {
    expect(flagsOf('第十七条 乙方确有需要的，可以将部分应用场景的数据加工和产品运营整体委托第三方实施，委托前报甲方备案。', 'qinhuangdao')).toContain('sub_authorization');
  });
  it('a partner chosen, then named again as the one who processes and publishes', () => {
    expect(flagsOf('（三）授权运营机构可以在各市（州）遴选区域合作伙伴，由区域合作伙伴在当地运营空间内开展初级加工处理和产品发布。', 'guizhou', 'plan')).toContain('sub_authorization');
  });
});

describe('term', () => {
  it('a build phase dated by months before a term counted from the launch', () => {
    expect(flagsOf('（五）授权运营期限为3年，自运营环境通过上线验收之日起计算。2025年10月至2026年9月为建设期。', 'chongqing', 'plan')).toContain('term_over_3y');
  });
  it('twin: the build phase inside the term', () => {
    expect(flagsOf('（五）授权运营期限为3年，自运营环境通过上线验收之日起计算。2025年10月至2026年9月为建设期，建设期计入授权运营期限。', 'chongqing', 'plan')).not.toContain('term_over_3y');
  });
  it('a term started again by each supplement', () => {
    expect(flagsOf('31.1 本协议运营期限为三年。31.2 增加应用场景的，应当签订补充协议，本协议运营期限自补充协议签订之日起重新计算。', 'chongqing')).toContain('term_over_3y');
  });
  it('twin: a supplement that leaves the term as it was', () => {
    expect(flagsOf('31.1 本协议运营期限为三年。31.2 增加应用场景的，应当签订补充协议，本协议运营期限不变。', 'chongqing')).not.toContain('term_over_3y');
  });
});
