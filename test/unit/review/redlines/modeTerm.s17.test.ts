import { describe, it } from 'vitest';
import { expectQuiet, expectRaised } from '../../../helpers/redlineCase';

/**
 * Classes read from the misses of authorization_mode-s17 and term_over_3y-s17 (opened in session 22): what a grant hands
 * over when it names no scenario, scenarios left to the operator, and the hold a term gives past its written span. Every
 * text is written for this test; each class has near misses that must stay quiet.
 */

describe('the unit granted is a body of data, not a scenario', () => {
  it('a grant whose scope, right or manner names data, a catalogue or a package fires', () => {
    expectRaised('authorization_mode', [
      '甲方授权乙方为本市不动产登记数据授权运营机构，授权范围覆盖房屋交易、抵押登记、查封登记等数据，授权期限两年。',
      '运营机构对本市公共交通刷卡公共数据享有加工处理权和产品经营权。',
      '乙方以一揽子形式取得本市气象观测数据的经营权后，按年度向甲方报告运营情况。',
      '本项目以水利数据集为基本单元进行授权，数据集内数据项经实施机构确认后由运营机构开发利用。',
    ]);
  });
  it('the data a scenario uses, listed or referred to, and the operator’s own output stay quiet', () => {
    expectQuiet('authorization_mode', [
      '授权数据资源包括市交通运输局的公交线路、站点和刷卡数据，共3类20项，数据资源目录见附件1。',
      '乙方对授权数据仅享有使用权，不享有所有权。',
      '乙方对其加工形成的衍生数据享有经营权。',
      '授权范围为附件一所列数据资源，用于公交到站预测场景。',
      '运营机构对本市公共交通刷卡公共数据享有的加工处理权仅限于“公交客流分析”场景。',
      '甲方授权乙方在运营平台内对燃气管网数据进行开发利用，面向施工企业、保险机构提供数据产品。',
    ]);
  });
});

describe('scenarios left to the operator', () => {
  it('added on a filing, left pending, at its own judgment, fixed by its own paper, any activity, or defined as everything: fires', () => {
    expectRaised('authorization_mode', [
      '运营机构可以根据市场需要补充应用场景，报实施机构备案后即可实施。',
      '暂定场景清单之外的待定场景由运营机构提出，经实施机构确认后上线。',
      '甲方同意乙方将本协议项下数据用于其认定具有商业价值的其他场景。',
      '本协议所称“授权场景”，是指与港口物流有关的一切数据应用。',
      '授权场景以运营机构每半年向甲方报备的场景计划所列内容为准。',
      '具体应用场景，以乙方与数据使用方签订的服务协议约定为准，甲方不再另行授权。',
      '乙方可在市公共数据平台内就授权数据开展符合法律法规的各类开发利用活动。',
    ]);
  });
  it('each new scenario approved and granted on its own, or another term defined wide, stays quiet', () => {
    expectQuiet('authorization_mode', [
      '运营机构可以根据市场需要提出新增应用场景，经实施机构审核批准并另行签订授权协议后实施。',
      '待定场景由运营机构提出，经实施机构审核同意后另行授权。',
      '乙方认为有必要新增场景的，应当报甲方另行组织论证和授权。',
      '本协议所称“示范场景”，是指对全市各类应用具有示范作用的场景。',
      '本协议所称“授权场景”，是指附件二所列港口集装箱通关时效预测场景。',
      '授权场景以经甲方批准的年度场景计划所列场景为准。',
      '授权场景以乙方编制并经甲方审核批准的场景清单为准。',
      '乙方可在本场景内开展各类开发利用活动。',
      '乙方应当对其开展的各类开发利用活动进行安全评估。',
    ]);
  });
});

describe('the hold after the term: a transition, a renewal or an extension nobody grants again', () => {
  it('fires when the term and what follows it pass three years', () => {
    expectRaised('term_over_3y', [
      '授权运营期限为三年。期限届满后，为保障存量订单履行，乙方可在不超过十二个月的衔接期内继续按原授权范围使用交通运输数据提供服务，衔接期内双方权利义务参照本协议执行。',
      '授权运营期限首期为两年，首期届满经甲方考核合格的，自动续授两年。',
      '授权期限为三年。此后每满一个协议年度，经甲方评估合格的，授权期限自动延展一年。',
      '授权期限为三十个月，届满前乙方可书面申请延长，经甲方同意的，期限延长十二个月，无需重新办理授权手续。',
    ]);
  });
  it('stays quiet within three years, in a hand-over only, or when the renewal is a new grant', () => {
    expectQuiet('term_over_3y', [
      '授权运营期限为两年。期限届满后，乙方可在不超过六个月的衔接期内继续按原授权范围使用交通运输数据提供服务，衔接期内双方权利义务参照本协议执行。',
      '授权运营期限为三年。期限届满后设六个月的移交期，移交期内乙方仅配合甲方完成数据和系统移交，不得继续使用授权数据。',
      '授权运营期限首期为两年，首期届满经甲方考核合格的，可以申请续期一年，续期须经甲方批准并另行签订协议。',
      '授权期限为三年，每满一个协议年度甲方对乙方开展一次运营评估。',
      '授权期限为二十四个月，届满前乙方可书面申请延长，经甲方同意的，期限延长十二个月。',
    ]);
  });
});

describe('the term counted from an event after the signing', () => {
  it('fires when the time the event may take and the term pass three years', () => {
    expectRaised('term_over_3y', [
      '授权期限至乙方按照附件四《成本回收测算》收回平台建设投入之日止，据附件四测算，投资回收期约为五年。',
      '授权期限为三年，自乙方首个数据产品通过甲方安全审核之日起计算，安全审核应于本协议签订后十二个月内完成；本协议签订后乙方即可调用授权数据开展产品研发。',
      '本协议自签署之日起生效，至乙方完成平台建设并正式上线满三年之日终止；平台上线时间为本协议生效后六个月内。',
      '“授权期”，指自本协议生效之日起至第三个“服务年度”届满之日止的期间。“服务年度”，指自乙方首个数据产品正式上线之日起每满十二个月的期间；首个产品应于本协议生效后十二个月内上线。',
    ]);
  });
  it('stays quiet when they stay within three years or the count starts at the signing', () => {
    expectQuiet('term_over_3y', [
      '授权期限为两年，自乙方首个数据产品通过甲方安全审核之日起计算，安全审核应于本协议签订后六个月内完成；本协议签订后乙方即可调用授权数据开展产品研发。',
      '本协议自签署之日起生效，至乙方完成平台建设并正式上线满两年之日终止；平台上线时间为本协议生效后六个月内。',
      '“授权期”，指自本协议生效之日起至第三个“服务年度”届满之日止的期间。“服务年度”，指自本协议生效之日起每满十二个月的期间。',
      '“授权期”，指自本协议生效之日起至第二个“服务年度”届满之日止的期间。“服务年度”，指自乙方首个数据产品正式上线之日起每满十二个月的期间；首个产品应于本协议生效后六个月内上线。',
    ]);
  });
});
