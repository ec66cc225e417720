import { describe, expect, it } from 'vitest';
import { docFromText } from '../../helpers/reviewCorpus';

/**
 * A 征求意见 notice above a document ("关于公开征求《X（征求意见稿）》意见的公告", its 征集时间, the channels for comments,
 * "附件", its signature) is the website's wrapper: the document's own title is X, without the draft's stage, whether the
 * document prints its title again under the notice or not. A notice that carries no document (the plan only attached)
 * is the text itself and keeps its own headline.
 */
const read = (lines: string[]) => docFromText(lines.join('\n'), 'n.txt');
const title = (lines: string[]) => read(lines).title;

const PLAN = '某县农业农村领域公共数据授权运营实施方案';
const HEADLINE = `关于公开征求《${PLAN}（征求意见稿）》意见的公告`;
const SITE = ['某县数据资源局欢迎您！', '首页 | 政务公开 | 互动交流', '当前位置：首页 > 互动交流 > 意见征集'];
const INTRO = `为推进农业农村领域公共数据开发利用，我局起草了《${PLAN}（征求意见稿）》，现向社会公开征求意见。有关单位和个人可通过以下方式提出意见建议：`;
const SIGNATURE = ['某县数据资源局', '2027年5月6日'];
const PREAMBLE = '为贯彻落实国家关于加快公共数据资源开发利用的决策部署，推进农业农村领域公共数据安全有序开发利用，结合本县实际，制定本方案。';
const SECTIONS = [
  '一、基本情况',
  '（一）授权运营名称。某县农业农村公共数据授权运营，以下简称“农业数据运营”。',
  '（二）实施机构。某县数据资源局为本方案的实施机构，县农业农村局为行业主管部门和数源单位。',
  '二、运营机构选择',
  '（一）选择方式。通过公开招标方式选择运营机构，遴选结果在县政府门户网站公示。',
  '（二）选择条件。运营机构应当具有独立法人资格，具备与运营规模相适应的技术能力和安全保障能力。',
  '三、授权数据范围',
  '授权数据包括土地承包经营、农业补贴发放、农机作业等三类十二项数据，按需动态调整。',
  '四、安全保障',
  '运营机构应当建立数据分类分级制度，落实最小授权原则，操作日志保存不少于三年。',
  '五、成本收入核算',
  '运营机构应当对授权运营业务单独建账、单独核算，按照政府指导价收取费用，接受县数据资源局监督。',
  '六、监督管理',
  '县数据资源局每年组织开展运营评估，评估结果作为授权续期和调整的依据，并向社会公开。',
];

describe('the notice’s numbered points are its own, not the document’s first headings', () => {
  it('channels as headings, their values on the next line, then the document’s title and stage', () => {
    const lines = [...SITE, HEADLINE, '发布时间：2027-05-06 09:30 来源：某县数据资源局', INTRO,
      '一、征集时间：2027年5月6日至2027年6月5日', '二、电话：0000-1234567（工作日）', '三、邮箱', 'abc_zc@example.gov.cn（邮件主题请注明“方案意见”）',
      '四、信函', '某县人民路1号数据资源局，邮编000000', `附件：${PLAN}（征求意见稿）.docx`, ...SIGNATURE, PLAN, '（征求意见稿）', PREAMBLE, ...SECTIONS];
    const doc = read(lines);
    expect(doc.title).toBe(PLAN);
    expect(lines[doc.bodyStart ?? 0]).toBe(PLAN);
  });
  it('channels as sub-points of a 反馈方式 point', () => {
    expect(title([...SITE, HEADLINE, INTRO, '一、征求意见时间', '2027年5月6日至6月5日。', '二、意见反馈方式', '（一）电子邮件', '发送至abc@example.gov.cn；',
      '（二）通信地址', '某县人民路1号，邮编000000；', '（三）咨询电话', '0000-1234567。', ...SIGNATURE, PLAN, '（征求意见稿）', PREAMBLE, ...SECTIONS])).toBe(PLAN);
  });
});

describe('the document that follows the notice without printing its title again is the named one', () => {
  it('its preamble and sections follow the signature', () => {
    const doc = read([...SITE, HEADLINE, INTRO, '一、征集时间：2027年5月6日至2027年6月5日', '二、电话：0000-1234567', '三、邮箱：abc@example.gov.cn', ...SIGNATURE, PREAMBLE, ...SECTIONS]);
    expect(doc.title).toBe(PLAN);
    // the review reads the document from its preamble, the notice left out as wrapper
    expect(doc.blocks[doc.bodyStart ?? 0]).toMatchObject({ text: PREAMBLE });
  });
  it('its first heading follows the notice', () => {
    expect(read([HEADLINE, INTRO, '联系电话：0000-1234567', ...SIGNATURE, ...SECTIONS]).title).toBe(PLAN);
  });
  it('a scope or a trial mark stays in the name; only the draft’s stage goes', () => {
    const named = '某县公共数据授权运营实施方案（试行）';
    expect(title([`关于公开征求《${named.replace('（试行）', '（试行）（送审稿）')}》意见的公告`, INTRO, '联系电话：0000-1234567', ...SIGNATURE, ...SECTIONS])).toBe(named);
  });
});

describe('near misses: a notice that is the text keeps its own headline', () => {
  it('the plan only attached, its parts listed by the notice', () => {
    expect(title([...SITE, HEADLINE, INTRO, '一、征求意见时间', '2027年5月6日至6月5日。', '二、意见反馈方式', '（一）电子邮件', '发送至abc@example.gov.cn；',
      '（二）电话', '0000-1234567。', '三、征求意见稿主要框架', '《方案》共四个部分，全文详见附件。各部分标题如下：', '一、基本情况', '二、运营机构选择', '三、授权数据范围', '四、安全保障',
      '四、有关说明', '（一）', '县数据资源局将对收到的意见进行认真研究，对合理意见予以采纳，并在方案审议通过后公开意见采纳情况。', `附件：${PLAN}（征求意见稿）.pdf`, ...SIGNATURE])).toBe(HEADLINE);
  });
  it('a notice of its own that names no document', () => {
    const own = '某县数据资源局关于征集公共数据授权运营应用场景需求的公告';
    expect(title([...SITE, own, '发布时间：2027-05-06', '为推动公共数据授权运营场景落地，现面向社会征集应用场景需求。有关事项公告如下：', '一、征集范围',
      '农业、交通、医疗等领域需要使用公共数据的应用场景。', '二、联系方式', '联系人：张某，电话：0000-1234567。', ...SIGNATURE])).toBe(own);
  });
  it('a plan whose own sections name a contact channel keeps its title', () => {
    expect(title([PLAN, PREAMBLE, ...SECTIONS, '五、联系方式', '联系电话：0000-1234567。'])).toBe(PLAN);
  });
});
