import { describe, it } from 'vitest';
import { expectQuiet, expectRaised } from '../../../helpers/redlineCase';

/**
 * Pricing classes of the thirteenth bank (session 20): a public user charged for a service named after a public
 * programme, and the authority's ceiling exceeded under another name. Every text is written for this test; each class
 * has near misses that must stay quiet.
 */

describe('pricing: a service named after a programme of enforcement is a service, not a thing fought', () => {
  it('a public body charged for such a service fires', () => {
    expectRaised('pricing', ['乙方向街道办事处提供的违法建设整治数据服务，按照每年两万元收取服务费。']);
    expectRaised('pricing', ['乙方向村民委员会提供的河道综合整治监测服务，每村每年收取三百元。']);
  });
  it('charging fought, or the service free, stays quiet', () => {
    expectQuiet('pricing', ['甲方会同有关部门依法整治违规收费行为。']);
    expectQuiet('pricing', ['乙方向街道办事处提供的违法建设整治数据服务，免费提供。']);
  });
});

describe('pricing: the authority’s ceiling exceeded, named by who fixed it', () => {
  it('the part above the approved ceiling charged under another name fires', () => {
    expectRaised('pricing', ['超出价格主管部门核定的最高标准的部分，由乙方作为技术服务费另行收取。']);
  });
  it('the ceiling kept, or the excess returned, stays quiet', () => {
    expectQuiet('pricing', ['乙方收费不得超过价格主管部门核定的最高标准。']);
    expectQuiet('pricing', ['乙方收费超过价格主管部门核定上限的部分，应当予以退还。']);
  });
});
