import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../shared/review/sections';
import { docFromText } from '../../helpers/reviewCorpus';
import { passageReview } from '../../helpers/passageReview';

/**
 * Classes read in session 32 from a reading set of published-style texts: a 用语含义 item written “X”：……, read as a
 * definition (not a clause and not a heading); kinds of a manner listed up to 等 after 不以; another party named between
 * the operator and the 可 of a re-development; every scenario the subject of where it runs. Text written for the test.
 */
const { flagsOf } = passageReview();

describe('a defined term written with a colon is a definition', () => {
  const text = [
    '第一条 用语含义',
    '（一）“分许可”：乙方将本协议项下的数据使用权限部分许可合作企业行使，或者让合作企业以自己名义调用授权数据的行为。',
    '（二）“样本库”：从授权数据中抽取、保留原始字段的逐条记录集合。',
    '第十二条 乙方不得实施分许可。',
  ].join('\n');
  it('raises nothing from what the definition describes', () => {
    expect(flagsOf(text)).not.toContain('sub_authorization');
  });
  it('keeps the term and its meaning in one paragraph and in the glossary', () => {
    const doc = docFromText(`某场景公共数据授权运营协议\n${text}`);
    const para = doc.blocks.find((b) => b.kind === 'paragraph' && b.text.startsWith('“分许可”'));
    expect(para?.kind).toBe('paragraph');
    expect(readDocument(doc).glossary.meaning('样本库')).toContain('逐条记录');
  });
  it('carries the meaning to the clause that uses it', () => {
    expect(flagsOf(`${text}\n第十五条 乙方可以向合作银行交付样本库，用于风控模型训练。`)).toContain('raw_data_export');
  });
});

describe('a manner refused by its kinds listed up to 等', () => {
  it('stays quiet on a grant refused in the manners it lists', () => {
    expect(flagsOf('2.2 一个场景对应一份授权，不以“整体授权”“打包授权”等形式将多个场景或全市数据一次性授予同一主体。', 'hebei', 'plan')).not.toContain('sub_authorization');
    expect(flagsOf('第九条 乙方不以分包、挂靠、联营等方式将授权运营业务交由其他企业承担。')).not.toContain('sub_authorization');
  });
  it('still fires when the act is allowed in another manner', () => {
    expect(flagsOf('第九条 乙方可以通过分包方式将授权运营业务交由其他企业承担。')).toContain('sub_authorization');
  });
});

describe('another party is who may re-develop, not the operator', () => {
  it('stays quiet when other market players may re-develop what one operator delivered', () => {
    expect(flagsOf('10.3 同一场景授权期内原则上只确定一家运营机构，但其他经营主体可平等获取该场景已交付产品开展再开发。', 'hebei', 'plan')).not.toContain('exclusivity');
  });
  it('fires when the operator itself may re-develop', () => {
    expect(flagsOf('第十条 乙方可以对已交付给开发利用机构的数据产品进行再开发并对外销售。')).toContain('exclusivity');
  });
});

describe('every scenario the subject of where it runs opens none', () => {
  it('stays quiet on the platform every scenario runs on or the audit every scenario takes', () => {
    expect(flagsOf('6.2 全部场景依托市公共数据平台开展，运营机构不得新建平台。', 'hebei', 'plan')).not.toContain('authorization_mode');
    expect(flagsOf('6.3 所有场景统一接受平台日志审计和溯源管理。', 'hebei', 'plan')).not.toContain('authorization_mode');
  });
  it('fires when the operator may work in every scenario', () => {
    expect(flagsOf('4.1 运营机构可在全部应用场景开展数据产品开发和经营。', 'hebei', 'plan')).toContain('authorization_mode');
  });
});
