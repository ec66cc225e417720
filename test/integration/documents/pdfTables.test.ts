import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPdf } from '../../../main/docs/pdf';

const FIXTURES = path.join(import.meta.dirname, '..', '..', 'fixtures');
const read = (file: string) => extractPdf(path.join(FIXTURES, file), path.basename(file));
type Doc = Awaited<ReturnType<typeof read>>;
const tables = (doc: Doc, page?: number) => doc.blocks.flatMap((b) => (b.kind === 'table' && (page === undefined || b.location.page === page) ? [b.rows] : []));
const texts = (doc: Doc) => doc.blocks.flatMap((b) => ('text' in b ? [b.text] : []));

describe('tables of a PDF whose cells wrap are read row by row (main/docs/pdfTables.ts)', () => {
  it('a two-column table from LibreOffice: each row whole, its cells joined over their lines, the text around it as before', async () => {
    // table-wrapped-cells.html → soffice --convert-to docx → soffice --convert-to pdf. The first column's cells wrap
    // over two lines, set half a line off the second column's three (cells centred in their row); the first line of a
    // row runs a cell into the next with no wide gap.
    const doc = await read('documents/table-wrapped-cells-libreoffice.pdf');
    expect(tables(doc)).toEqual([
      [
        ['风险点', '防控措施'],
        ['原始数据或可还原明细被导出授权运营专区', '专区出口只允许输出统计结果；导出前自动比对粒度阈值并经人工审核；可通过反复查询还原明细的接口一律不予上线，已上线的立即下线整改。'],
        ['运营机构将授权转给合作方行使或变相转让', '协议明确禁止转授权；合作方不得获得专区账号；每季度核查账号与人员的对应关系，发现异常账号立即停用并报告实施机构。'],
        ['协议终止后专区内数据及副本残留', '同步撤销全部访问权限，原始数据及副本以不可逆方式销毁并记录，网络日志留存不少于六个月，销毁记录报实施机构备案。'],
      ],
    ]);
    expect(texts(doc)).toEqual([
      '为防范授权运营中的数据安全风险，运营机构应当对下列风险点逐项落实防控措施，并在年度运营报告中逐项说明落实情况、发现的问题和整改结果。实施机构每半年组织一次检查，检查结果纳入年度运营成效评价，评价不合格的，按照授权运营协议的约定处理。',
      '运营机构发生数据安全事件的，应当在一小时内报告实施机构，实施机构按照应急预案处置并报告网信部门和公安机关。事件处置完毕后，运营机构应当在十个工作日内提交事件调查报告，说明事件原因、影响范围、处置措施和整改计划。',
    ]);
  });

  it('a 风险点/防控措施 table set smaller than the body text: rows told apart by their padding, the last row\'s cell centred between its neighbour\'s lines', async () => {
    const doc = await read('review/plan-h50c-wenlvkeliu-qinhuangdao-pdf.pdf');
    expect(tables(doc, 3)).toEqual([
      [
        ['风险点', '防控措施'],
        ['原始数据或可还原明细被导出专区', '专区出口只允许统计结果；导出前自动比对粒度阈值并经人工审核；可通过反复查询还原明细的接口不予上线'],
        ['运营机构将授权转给合作方行使', '协议明确禁止转授权；合作方不得获得专区账号；每季度核查账号与人员对应关系'],
        ['游客位置轨迹泄露', '只使用聚合数据；禁止关联身份信息；开展个人信息保护影响评估'],
        ['运营机构利用先发优势垄断下游市场', '运营机构不得直接或间接参与已交付产品的再开发；再开发主体公开征集、平等对待'],
        ['产业类产品价格虚高', '执行政府指导价上限，收费标准公示，年度成本审计'],
        ['协议终止后专区内数据残留', '同步撤销权限，原始数据及副本以不可逆方式销毁并记录，网络日志留存不少于六个月'],
        ['旺季流量突增导致系统中断', '弹性扩容，制定应急预案，每年汛期前演练一次'],
      ],
    ]);
    // The paragraphs before and after it are read as they were.
    expect(texts(doc)).toContain('坚持“原始数据不出域、数据可用不可见”，全部加工在专区内完成。涉及位置和出行的数据一律以区域、时段为单位聚合后使用，单元格人数少于 20 人的不予输出。主要风险点和防控措施如下：');
    expect(texts(doc)).toContain('发生数据安全事件的，运营机构应在 1 小时内报告实施机构，实施机构按预案处置并报告市委网信办和公安机关。');
  });

  it('a five-column form with narrow columns whose texts wrap over three to five lines', async () => {
    const doc = await read('review/agreement-h50c-shouquanyunying-jiangxi-shifan.pdf');
    expect(tables(doc, 3)).toEqual([
      [
        ['类别', '产品/服务名称', '形式', '服务对象', '是否收费'],
        ['支持公共治理、公益事业', '____ ____', '□数据报告□数据接口□模型□其他', '____ ____', '否（有条件无偿使用）'],
        ['支持产业发展、行业发展', '____ ____', '□数据集（脱敏）□数据接口□模型□数据服务□其他', '____ ____', '是（政府指导价）'],
      ],
    ]);
  });

  it('a table without padding between its rows: a row\'s wrapped lines have text in some columns only', async () => {
    const doc = await read('review/agreement-h12a-jiaotong-lulong.pdf');
    const rows = tables(doc).find((t) => t[0][0] === '序号');
    expect(rows?.slice(0, 4)).toEqual([
      ['序号', '数据类别', '数据项数', '提供单位', '更新频率', '质量要求'],
      ['1', '公交车辆GPS轨迹', '6', '县交通运输局', '实时', '定位缺失率≤ 2%'],
      ['2', '公交IC卡刷卡汇总', '4', '县公交公司', '每日', '按线路按小时汇总'],
      ['3', '出租汽车运营', '5', '县交通运输局', '每日', '去标识化后提供'],
    ]);
  });

  it('a signature block typed with tabs is no table: its text runs to the right edge and on at the left', async () => {
    // "甲方（盖章）：…中心⇥乙方（盖" / "章）：重庆渝信数智科技有限公司": read as before.
    const doc = await read('review/agreement-h42c-puhuijinrong-chongqing-pdf.pdf');
    expect(texts(doc)).toContain('甲方（盖章）：重庆市公共数据资源授权运营实施中心 乙方（盖章）：重庆渝信数智科技有限公司');
    expect(tables(doc).some((t) => t.flat().some((c) => c.includes('盖章')))).toBe(false);
  });

  it('two columns set at the text\'s own line pitch (a signature block) are left to the rule for lines split alike', async () => {
    const doc = await read('review/agreement-h15b-jinrong-qinhuangdao.pdf');
    expect(tables(doc)).toContainEqual([
      ['甲方（盖章）：秦皇岛市数据和政务服务局', '乙方（盖章）：秦皇岛市数金融通科技服务有限公司'],
      ['2027年4月26日', '2027年4月26日'],
    ]);
  });
});
