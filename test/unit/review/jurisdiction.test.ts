import { describe, expect, it } from 'vitest';
import { places } from '../../../main/services/review/places';
import { documentPlace, rulesetMismatch } from '../../../shared/review/jurisdiction';

// The rulesets as the app installs them (templates/rulesets): names and jurisdictions only.
const RULESETS = [
  { id: 'national', name: '国家通用', jurisdiction: '国家通用' },
  { id: 'hebei', name: '河北省', jurisdiction: '河北省' },
  { id: 'qinhuangdao', name: '秦皇岛市', jurisdiction: '秦皇岛市' },
  { id: 'chongqing', name: '重庆市', jurisdiction: '重庆市' },
  { id: 'guizhou', name: '贵州省', jurisdiction: '贵州省' },
  { id: 'wenzhou', name: '温州市', jurisdiction: '温州市' },
];
const where = places();
const warn = (title: string, chosen: string) => rulesetMismatch(title, RULESETS.find((r) => r.id === chosen)!, RULESETS, where);

describe('the ruleset chosen against the place a document names itself by', () => {
  it('knows where a place lies: cities, counties, municipalities, autonomous prefectures; a county name two provinces share says nothing', () => {
    expect(where('邯郸市')).toEqual({ province: '河北省', city: '邯郸市' });
    expect(where('正定县')).toEqual({ province: '河北省', city: '石家庄市' });
    expect(where('九龙坡区')).toEqual({ province: '重庆市' });
    expect(where('重庆市')).toEqual({ province: '重庆市' });
    expect(where('瑞安市')).toEqual({ province: '浙江省', city: '温州市' });
    expect(where('黔东南苗族侗族自治州')).toEqual({ province: '贵州省', city: '黔东南苗族侗族自治州' });
    expect(where('朝阳区')).toBeUndefined();
    expect(where('桥西区')).toEqual({ province: '河北省' });
    expect(where('黔西南州')).toEqual({ province: '贵州省', city: '黔西南布依族苗族自治州' });
    expect(where('广西')).toEqual({ province: '广西壮族自治区' });
  });

  it('reads the place from the title: its opening place, a place inside a 印发 title, a city after its province; no place in ordinary words', () => {
    expect(documentPlace('关于印发《贵阳市人才服务公共数据授权运营实施方案》的通知', where)?.name).toBe('贵阳市');
    expect(documentPlace('河北省秦皇岛市公共数据授权运营实施方案', where)?.name).toBe('秦皇岛市');
    expect(documentPlace('某场景公共数据授权运营协议', where)).toBeNull();
    expect(documentPlace('公共数据资源市场化配置改革实施方案', where)).toBeNull();
    expect(documentPlace('城市大脑数据运营方案', where)).toBeNull();
    // The short names titles use: a city without 市, an autonomous prefecture by its place; a county's bare name never.
    expect(documentPlace('秦皇岛经济技术开发区产业园区公共数据授权运营协议', where)?.info).toEqual({ province: '河北省', city: '秦皇岛市' });
    expect(documentPlace('黔东南州林业公共数据授权运营实施方案', where)?.info.province).toBe('贵州省');
    expect(documentPlace('秀山土家族苗族自治县农产品流通公共数据授权运营实施方案', where)?.info.province).toBe('重庆市');
    expect(documentPlace('平安城市建设公共数据授权运营实施方案', where)).toBeNull();
  });

  it('warns when a document with rules of its own is reviewed under 国家通用, naming the ruleset to choose', () => {
    expect(warn('邯郸市退役军人服务公共数据授权运营实施方案', 'national')).toMatch(/“邯郸市”属河北省.*可改选“河北省”/);
    expect(warn('重庆市九龙坡区供销合作社数据授权运营协议', 'national')).toContain('可改选“重庆市”');
    expect(warn('正定县粮食和物资储备公共数据授权运营实施方案', 'national')).toMatch(/属河北省石家庄市.*可改选“河北省”/);
  });

  it('warns when the ruleset chosen is another place\'s; a place without rules of its own is pointed to 国家通用', () => {
    expect(warn('贵州省地震监测公共数据授权运营实施方案', 'hebei')).toMatch(/所选规则集“河北省”适用于河北省.*可改选“贵州省”/);
    expect(warn('邯郸市退役军人服务公共数据授权运营实施方案', 'qinhuangdao')).toContain('可改选“河北省”');
    expect(warn('成都市公共数据授权运营实施方案', 'chongqing')).toContain('可改选“国家通用”');
    expect(warn('杭州市公共数据授权运营实施方案', 'wenzhou')).toContain('可改选“国家通用”');
  });

  it('stays quiet when the ruleset fits: its own place, a province\'s rules in its cities, 国家通用 where no local rules exist, no place', () => {
    expect(warn('邯郸市退役军人服务公共数据授权运营实施方案', 'hebei')).toBeNull();
    expect(warn('秦皇岛市人民防空公共数据授权运营实施方案', 'hebei')).toBeNull();
    expect(warn('秦皇岛市人民防空公共数据授权运营实施方案', 'qinhuangdao')).toBeNull();
    expect(warn('重庆市九龙坡区供销合作社数据授权运营协议', 'chongqing')).toBeNull();
    expect(warn('瑞安市公务用车公共数据授权运营实施方案', 'wenzhou')).toBeNull();
    expect(warn('成都市公共数据授权运营实施方案', 'national')).toBeNull();
    expect(warn('某场景公共数据授权运营协议', 'hebei')).toBeNull();
  });
});
