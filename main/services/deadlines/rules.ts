import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { fault } from '../../../shared/api/errors';
import { DeadlineRulesFileSchema, type DeadlineRulesFile } from '../../../shared/deadlines/rules';

/** Reads templates/deadlines/*.yaml (the highest version wins) and checks it against the schema. */
export function loadDeadlineRules(dir: string): DeadlineRulesFile {
  const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)) : [];
  let best: DeadlineRulesFile | null = null;
  for (const f of files) {
    const parsed = DeadlineRulesFileSchema.safeParse(YAML.parse(fs.readFileSync(path.join(dir, f), 'utf8')));
    if (!parsed.success) throw fault('DEADLINE_RULES_INVALID', `时限规则文件 ${f} 格式有误：${parsed.error.issues[0]?.path.join('.')} ${parsed.error.issues[0]?.message}。请联系技术支持恢复该文件。`);
    if (!best || compare(parsed.data.version, best.version) > 0) best = parsed.data;
  }
  if (!best) throw fault('DEADLINE_RULES_INVALID', `找不到时限规则文件（${dir}）。请重新安装评审台。`);
  const ids = new Set<string>();
  for (const r of best.rules) {
    if (ids.has(r.id)) throw fault('DEADLINE_RULES_INVALID', `时限规则编号 ${r.id} 重复。`);
    ids.add(r.id);
  }
  return best;
}

function compare(a: string, b: string) {
  const x = a.split('.').map(Number);
  const y = b.split('.').map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0);
  return 0;
}
