import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRulesetYaml, resolveRuleset, compareVersions, RulesetError } from '../../../shared/review/ruleset';
import { bundledSources, RULESETS_DIR } from '../../helpers/reviewCorpus';

const refused = (text: string) => {
  try {
    parseRulesetYaml(text);
  } catch (e) {
    expect(e).toBeInstanceOf(RulesetError);
    return e as RulesetError;
  }
  throw new Error('accepted a bad ruleset');
};

describe('bundled rulesets', () => {
  const sources = bundledSources();
  const resolve = (id: string) => resolveRuleset(sources.get(id)!, (x) => sources.get(x));
  it('has one per jurisdiction, all valid', () => {
    expect([...sources.keys()].sort()).toEqual(['chongqing', 'guizhou', 'hebei', 'national', 'qinhuangdao', 'wenzhou']);
  });
  it('Hebei: 13 plan items (art. 12) and 13 agreement clauses (art. 17); Chongqing: 11 and 12', () => {
    const h = resolve('hebei');
    expect(h.items.filter((i) => i.kind === 'plan')).toHaveLength(13);
    expect(h.items.filter((i) => i.kind === 'agreement')).toHaveLength(13);
    expect(h.items.filter((i) => i.kind === 'plan').every((i) => i.basis[0].label.includes('第十二条'))).toBe(true);
    const c = resolve('chongqing');
    expect(c.items.filter((i) => i.kind === 'plan')).toHaveLength(11);
    expect(c.items.filter((i) => i.kind === 'agreement')).toHaveLength(12);
    expect(c.items.find((i) => i.id === 'agr.term')!.basis[0].label).toBe('《重庆市公共数据资源登记和授权运营管理办法》第十六条第（二）项');
  });
  it('秦皇岛市 inherits 河北省 (items, 场景授权 rule) and adds its own basis for 转授权', () => {
    const q = resolve('qinhuangdao');
    expect(q.lineage).toEqual(['qinhuangdao@2025.1', 'hebei@2025.1', 'national@2025.1']);
    expect(q.items.filter((i) => i.kind === 'plan')).toHaveLength(13);
    expect(q.flags.map((f) => f.id)).toContain('authorization_mode');
    expect(q.flags.find((f) => f.id === 'sub_authorization')!.basis.map((b) => b.label).join()).toContain('秦皇岛市');
  });
  it('贵州、温州 rely on the generic set and are marked so', () => {
    for (const id of ['guizhou', 'wenzhou']) {
      const r = resolve(id);
      expect(r.items.filter((i) => i.generic).length).toBeGreaterThan(10);
      expect(r.flags.map((f) => f.id)).not.toContain('authorization_mode');
    }
  });
  it('every item and every red line cites a document and an article, and has guidance', () => {
    for (const id of sources.keys()) {
      const r = resolve(id);
      for (const x of [...r.items, ...r.flags]) {
        expect(x.basis.length).toBeGreaterThan(0);
        for (const b of x.basis) expect(b.document && b.article).toBeTruthy();
        expect(x.guidance.length).toBeGreaterThan(5);
      }
    }
  });
});

describe('a malformed ruleset is refused with the line and the reason', () => {
  const good = fs.readFileSync(path.join(RULESETS_DIR, 'wenzhou.yaml'), 'utf8');
  it('YAML syntax error', () => {
    const e = refused(good.replace('name: 温州市', 'name: [温州市'));
    expect(e.line).toBeGreaterThan(0);
    expect(e.message).toMatch(/^第 \d+ 行：YAML 格式错误/);
  });
  it('a missing field, with its line', () => {
    const text = good.replace(/\n\s+guidance: 申请材料[^\n]*/, '');
    const e = refused(text);
    expect(e.message).toContain('guidance');
    expect(e.message).toContain('缺少此字段');
    expect(e.line).toBe(text.split('\n').findIndex((l) => l.includes('id: plan.wz_application')) + 1);
  });
  it('a missing enum field says it is missing', () => {
    const e = refused('id: x\nname: x\nversion: "1"\njurisdiction: x\nflags:\n  - id: f\n    title: t\n');
    expect(e.message).toMatch(/^第 6 行：字段 flags\.0\.\w+：缺少此字段$/);
  });
  it('an unknown check kind, a bad regex, a bad version', () => {
    const hebei = fs.readFileSync(path.join(RULESETS_DIR, 'hebei.yaml'), 'utf8');
    expect(refused(hebei.replace('kind: deadline', 'kind: deadlines')).message).toContain('kind');
    // Any deadline's context made a bad regex (hebei's filing context no longer opens with 备案: a154700).
    expect(refused(hebei.replace(/context: .*/, 'context: "备案("')).message).toContain('正则表达式');
    expect(refused(hebei.replace('version: "2025.1"', 'version: 二〇二五')).message).toContain('版本号');
  });
  it('an empty file, a duplicate id, an unknown basis document', () => {
    expect(refused('').message).toContain('文件为空');
    expect(refused(good.replace('id: plan.wz_application', 'id: plan.wz_application\n      title: x\n      basis: [{doc: wenzhou, article: 五}]\n      guidance: 重复的审查项\n      match: {headings: [x]}\n    - id: plan.wz_application')).message).toContain('重复');
    const src = parseRulesetYaml(good.replace('doc: wenzhou', 'doc: zhejiang'));
    const all = bundledSources();
    expect(() => resolveRuleset(src, (x) => all.get(x))).toThrow(/zhejiang 未在 documents 中列出/);
  });
  it('compares versions numerically', () => {
    expect(compareVersions('2025.10', '2025.9')).toBeGreaterThan(0);
    expect(compareVersions('2025.1', '2025.1.0')).toBe(0);
  });
});

describe('the local profit rule', () => {
  it('is the same in the ruleset that judges it and in the 收费测算 page\'s rules (templates/price/profit-rules.yaml)', async () => {
    const { parse } = await import('yaml');
    const rules = parse(fs.readFileSync(path.join(RULESETS_DIR, '..', 'price', 'profit-rules.yaml'), 'utf8')) as { rules: { jurisdictions: string[]; spreadPoints: string }[] };
    const sources = bundledSources();
    const judged = [...sources.values()].flatMap((src) =>
      (src.flags ?? []).flatMap((f) => f.checks.flatMap((c) => (c.kind === 'reading' && c.profitSpreadPoints ? [{ id: src.id, points: c.profitSpreadPoints }] : []))),
    );
    expect(judged.length).toBeGreaterThan(0);
    for (const j of judged) expect(rules.rules.find((r) => r.jurisdictions.includes(j.id))?.spreadPoints, j.id).toBe(String(j.points));
  });
});
