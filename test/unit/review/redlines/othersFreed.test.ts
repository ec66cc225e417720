import { describe, it } from 'vitest';
import { expectQuiet, expectRaised } from '../../../helpers/redlineCase';

/** Others freed from going through the operator ("无需经乙方同意") are not shut out. Texts written for this test. */
describe('others who need not go through the operator', () => {
  it('the grantor sharing with other departments without the operator\'s consent stays quiet', () => {
    expectQuiet('exclusivity', ['第十二条 甲方可以根据工作需要，向市级其他部门共享本协议项下的授权数据，无需经乙方同意。']);
    expectQuiet('exclusivity', ['其他运营机构开发同类产品的，不需经乙方审核，直接向甲方申请。'], { kind: 'plan' });
  });
  it('others who must go through the operator still fire', () => {
    expectRaised('exclusivity', ['第十二条 其他单位使用本协议项下授权数据的，需经乙方同意。']);
  });
});
