import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { z } from 'zod';
import { fault } from '../../../shared/api/errors';
import { checkPrice, PriceInputSchema, type PriceInput } from '../../../shared/price/check';
import { priceSources } from '../../../shared/price/memo';
import type { CaseService } from '../cases';
import type { OpenCases } from '../openCases';
import type { Settings } from '../settings';

const LocalRulesSchema = z.object({
  version: z.string(),
  rules: z.array(z.object({ id: z.string(), jurisdictions: z.array(z.string()), label: z.string(), spreadPoints: z.string(), source: z.string() })),
});

/** The price check (发改价格〔2025〕65号) of an agreement or selection case: figures as entered, result computed on read. */
export class PriceService {
  constructor(private readonly deps: { openCases: OpenCases; settings: Settings; cases: CaseService; templatesDir: string }) {}

  applicable(caseId: string) {
    const t = this.deps.cases.summary(caseId).caseType;
    return t === 'agreement_review' || t === 'operator_selection';
  }

  localRules(caseId: string) {
    const file = path.join(this.deps.templatesDir, 'price', 'profit-rules.yaml');
    if (!fs.existsSync(file)) return [];
    const j = this.deps.cases.summary(caseId).jurisdiction;
    return LocalRulesSchema.parse(YAML.parse(fs.readFileSync(file, 'utf8'))).rules.filter((r) => r.jurisdictions.includes(j));
  }

  /** The local article on free 公共治理/公益事业 uses, cited beside the national notice. */
  private localBasis(caseId: string): string[] {
    const j = this.deps.cases.summary(caseId).jurisdiction;
    if (j === 'chongqing') return ['《重庆市公共数据资源授权运营管理实施办法(试行)》第二十九条'];
    if (j === 'hebei' || j === 'qinhuangdao') return ['《河北省公共数据资源授权运营管理办法（试行）》第二十八条'];
    return [];
  }

  input(caseId: string): PriceInput {
    const row = this.deps.openCases.get(caseId).db.prepare('SELECT input FROM price_check WHERE id = 1').get() as { input: string } | undefined;
    return PriceInputSchema.parse(row ? JSON.parse(row.input) : {});
  }

  get(caseId: string) {
    const input = this.input(caseId);
    return { applicable: this.applicable(caseId), input, result: checkPrice(input, this.localBasis(caseId)), localRules: this.localRules(caseId) };
  }

  save(caseId: string, raw: PriceInput) {
    if (!this.applicable(caseId)) throw fault('PRICE_NOT_APPLICABLE');
    const input = PriceInputSchema.parse(raw);
    const result = checkPrice(input, this.localBasis(caseId));
    // Figures that cannot be read are refused, so what is stored is always what the memo can print.
    if (result.errors.length) throw fault('PRICE_INPUT_INVALID', `收费测算的数据有误，未保存：\n${result.errors.join('\n')}`, { errors: result.errors });
    const store = this.deps.openCases.get(caseId);
    store.tx(() => {
      store.db.prepare('INSERT INTO price_check (id, input, updated_at) VALUES (1, ?, ?) ON CONFLICT(id) DO UPDATE SET input = excluded.input, updated_at = excluded.updated_at').run(JSON.stringify(input), new Date().toISOString());
      store.audit(this.deps.settings.userName(), 'price.save', { maxRevenue: result.maxRevenue, flags: result.flags.length });
    });
    return { input, result };
  }

  /** The memo section 'price.check' (协议审查意见, 评审报告): the figures, their basis and the flags; nothing when not entered. */
  memoSources(caseId: string) {
    if (!this.applicable(caseId)) return {};
    return priceSources(checkPrice(this.input(caseId), this.localBasis(caseId)));
  }
}
