import { describe, expect, it } from 'vitest';
import { agreementWith, flagIds } from '../../helpers/reviewCorpus';

/**
 * The failure classes of the twelfth set and the fifth clause bank (issue 10), each on text written for the test, with
 * near misses. Each fixer keeps to its own describe block.
 */
const agreement = (clause: string) => agreementWith(clause, '某市交通出行场景公共数据授权运营协议');
const fires = (redline: string, clauses: string[], ruleset = 'chongqing') => {
  for (const c of clauses) expect(flagIds(agreement(c), ruleset), c).toContain(redline);
};
const quiet = (redline: string, clauses: string[], ruleset = 'chongqing') => {
  for (const c of clauses) expect(flagIds(agreement(c), ruleset), c).not.toContain(redline);
};

describe('fixP2: who ends up holding the grant (sub_authorization)', () => {
  it('another party taking the operator’s place performs the agreement: it takes the grant', () => {
    fires('sub_authorization', [
      '乙方不再具备运营条件的，可以提名接替单位，接替单位与乙方完成交接后即继续履行本协议。',
      '乙方可以选定承接方，由承接方代为履行本协议。',
    ]);
    quiet('sub_authorization', [
      // The operator itself goes on, a party helps it, or the law's approval comes first.
      '乙方应当继续履行本协议，直至甲方确定新的运营机构。',
      '乙方不再具备运营条件的，经甲方报市人民政府批准后，方可由接替单位继续履行本协议。',
    ]);
  });

  it('出让 and 让与 move the grant as 转让 does', () => {
    fires('sub_authorization', ['乙方可以向合作企业出让本协议项下部分场景的授权运营权，所得价款归乙方。', '乙方可将其依本协议取得的运营权让与其控股子公司。']);
    quiet('sub_authorization', ['乙方不得出让本协议项下的授权运营权。', '乙方可以向开发利用机构出让其自主研发的软件著作权。']);
  });

  it('a change of the operator’s control with the agreement kept in force passes the grant on notice', () => {
    fires('sub_authorization', ['乙方被其他企业收购的，本协议继续有效，乙方应当在收购完成后五日内书面告知甲方。', '乙方控股股东发生变更的，授权不受影响。']);
    quiet('sub_authorization', [
      '乙方实际控制人发生变更的，应当事先报甲方审核并经市人民政府批准；未经批准的，本协议终止。',
      '乙方控股股东发生变更的，甲方有权解除本协议。',
      '乙方不得通过变更控股股东的方式转移授权。',
    ]);
  });

  it('another party running the data in the operator’s name runs the grant', () => {
    fires('sub_authorization', ['乙方可以允许合作企业以乙方名义直接调用平台数据，对外提供数据服务。']);
    quiet('sub_authorization', ['合作企业可以调用乙方以乙方名义交付的数据产品。', '乙方的技术团队以乙方名义调用平台数据开展加工。']);
  });

  it('a move that waits for the law’s approval is a procedure, however the comma falls', () => {
    quiet('sub_authorization', [
      '乙方拟将运营权转让给其他企业的，应当报甲方审核，经市人民政府批准后方可实施；未经批准的，不得转让。',
      '经甲方审核并报市人民政府批准后，方可由其他企业承接本协议项下之运营权。',
    ]);
    fires('sub_authorization', ['乙方拟将运营权转让给其他企业的，书面告知甲方后即可实施。']);
  });
});

describe('fixP2: the grant handed on, the classes of the even passages and the twelfth set', () => {
  it('a scenario entrusted to a company that runs it in its own name, an operator at another level or sector', () => {
    fires('sub_authorization', [
      '乙方可以将文旅场景委托其控股子公司以该子公司的名义开展运营，并报甲方备案。',
      '乙方可以将部分场景的运营工作委托市级运营公司承担。',
      '乙方可以将医疗领域数据的运营权分授给专业运营商。',
    ]);
    quiet('sub_authorization', ['乙方不得将授权转让，或者以委托等方式交由其控股子公司行使。', '乙方可以委托技术服务商承担平台运维，服务商不接触授权数据。']);
  });
  it('the grant named first and moved in a later clause, and the operator’s rights as a topic', () => {
    fires('sub_authorization', ['乙方可以将其依本协议取得的运营权，以作价出资方式投入其参股公司。', '本协议项下乙方的权利，乙方可以指定其关联企业享有和行使。']);
    quiet('sub_authorization', ['本协议项下乙方的权利，由乙方自行行使，不得交由关联企业享有。']);
  });
  it('a defined term that takes in other legal persons makes them act', () => {
    const text = agreementWith('“乙方服务体系”指乙方及乙方指定的合作开发单位。乙方服务体系成员可以以自己的名义使用授权数据开发产品、对外提供服务。', '某市交通出行场景公共数据授权运营协议');
    expect(flagIds(text, 'chongqing')).toContain('sub_authorization');
  });
});

describe('fixP2: what leaves the platform (raw_data_export)', () => {
  it('records kept outside: a copy in the operator’s remote site, another party taking records into its own system', () => {
    fires('raw_data_export', ['乙方可以在其异地数据中心留存授权数据的完整副本。', '合作银行经甲方审批，可以获取去除姓名后的客户交易明细记录，在本机构风控系统中留存。'], 'hebei');
    quiet('raw_data_export', ['采用隐私计算方式联合建模的，原始数据保存在各自节点，仅交换加密参数。', '乙方应当在平台内留存操作日志。'], 'hebei');
  });
  it('the key that reverses a masked product, handed to its user', () => {
    fires('raw_data_export', ['产品采用加密处理的，可以明细形式交付，加密密钥随产品提供给使用方。'], 'hebei');
    quiet('raw_data_export', ['产品采用加密处理的，加密密钥由甲方保管，不得向使用方提供。', '产品以核验结果、统计结果等不可还原原始数据的形式交付。'], 'hebei');
  });

  it('a table row delivering a detail collection as files to another party lets raw data out', () => {
    const table = ['| 产品 | 交付方式 | 交付给 |', '| 货车通行评分 | 接口返回评分 | 保险公司 |', '| 货车通行明细表 | 数据文件离线交付 | 保险公司 |'].join('\n');
    expect(flagIds(agreementWith(table), 'hebei')).toContain('raw_data_export');
    const scores = ['| 产品 | 交付方式 | 交付给 |', '| 货车通行评分 | 接口返回评分 | 保险公司 |', '| 通行指数 | 数据文件离线交付 | 保险公司 |'].join('\n');
    expect(flagIds(agreementWith(scores), 'hebei')).not.toContain('raw_data_export');
  });

  it('a product that carries the records is them: its export lets raw data out', () => {
    fires('raw_data_export', ['乙方研发的算法模型可以导出平台；模型中内嵌原始记录的，不影响导出。'], 'hebei');
    quiet('raw_data_export', ['乙方研发的算法模型可以导出平台；模型中不得保留训练样本或者原始记录。', '乙方研发的算法模型经审核后可以导出平台。'], 'hebei');
  });

  it('data copied to a public cloud has left the platform, whatever the text deems it', () => {
    fires('raw_data_export', ['乙方可以将平台数据传输至其租用的公有云进行分析，该公有云视为平台的延伸。'], 'hebei');
    quiet('raw_data_export', ['乙方可以将平台数据同步至平台内的运营专区进行分析。', '乙方可以将分析结果同步至其公有云。'], 'hebei');
  });

  it('a verdict handed out is a result, and a shut function lets nothing out', () => {
    quiet('raw_data_export', [
      '乙方交付的产品不得包含原始记录，比对在平台内完成，对外仅返回比对结论“是”或“否”。',
      '平台禁用原始数据下载功能，对数据产品的下载实行审核登记。',
    ], 'hebei');
    fires('raw_data_export', ['平台向合作企业开通原始数据下载功能。'], 'hebei');
  });
});
