import { parseArgs } from 'node:util';
import { CliError, type CliCommand } from './command';
import type { CliContext } from './context';
import { exitWhenFlushed } from './exit';
import { caseCreate, caseInfo } from './commands/case';
import { docImport, docList, extractCommand } from './commands/documents';
import { check } from './commands/check';
import { rulesetImport, rulesetList, rulesetShow } from './commands/rulesets';
import { score } from './commands/score';
import { memoCommands } from './commands/memos';
import { meetingList, packetCommand } from './commands/packet';
import { recordsVerify } from './commands/records';
import { kitExport, kitImport, kitOpen, kitReturn } from './commands/kits';

/** Every command, in the order `--help` lists them. A module appends its own. */
export const COMMANDS: CliCommand[] = [caseCreate, caseInfo, extractCommand, docImport, docList, check, rulesetList, rulesetShow, rulesetImport, score, ...memoCommands, meetingList, packetCommand, recordsVerify, kitExport, kitOpen, kitReturn, kitImport];

const COMMON = { json: { type: 'boolean' as const }, 'data-dir': { type: 'string' as const }, help: { type: 'boolean' as const, short: 'h' } };

function help() {
  return [
    '评审台命令行（review-desk）',
    '',
    '用法：npm run -s cli -- <命令> [选项]',
    '',
    '命令：',
    ...COMMANDS.map((c) => `  ${c.usage}\n      ${c.summary}`),
    '',
    '通用选项：',
    '  --json            以 JSON 输出结果（出错时输出 {"ok":false,"error":{code,message}}）',
    '  --data-dir DIR    数据目录（也可用环境变量 REVIEW_DESK_DATA_DIR）',
    '  -h, --help        显示帮助',
    '',
    '口令只从环境变量 REVIEW_DESK_PASSPHRASE 或终端输入读取，从不作为命令行参数。',
  ].join('\n');
}

export async function runCli(argv: string[]): Promise<number> {
  const words = argv.filter((a) => !a.startsWith('-'));
  const cmd = [...COMMANDS].sort((a, b) => b.path.length - a.path.length).find((c) => c.path.every((w, i) => words[i] === w));
  if (!cmd) {
    if (argv.length === 0 || argv.includes('--help') || argv.includes('-h')) {
      process.stdout.write(help() + '\n');
      return 0;
    }
    process.stderr.write(`未知命令：${words.join(' ') || argv.join(' ')}\n\n${help()}\n`);
    return 2;
  }
  const rest = [...argv];
  for (const w of cmd.path) rest.splice(rest.indexOf(w), 1);
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: rest, options: { ...COMMON, ...cmd.options }, allowPositionals: true, strict: true });
  } catch (e) {
    process.stderr.write(`参数错误：${(e as Error).message}\n用法：${cmd.usage}\n`);
    return 2;
  }
  const values = parsed.values as Record<string, unknown>;
  if (values.help) {
    process.stdout.write(`用法：${cmd.usage}\n${cmd.summary}\n`);
    return 0;
  }
  const json = !!values.json;
  let ctx: CliContext | undefined;
  try {
    // The context is light; the services (and the contract's schemas) load only when a command first calls them, so
    // `--help`, usage errors and `extract` never pay for them.
    const { createCliContext } = await import('./context');
    ctx = createCliContext({ dataDir: values['data-dir'] as string | undefined, json });
    return (await cmd.run(ctx, { values, positionals: parsed.positionals })) ?? 0;
  } catch (e) {
    const err = e instanceof CliError ? e : new CliError('程序内部错误，操作未完成。' + (e instanceof Error ? `（${e.message}）` : ''), 'INTERNAL');
    if (json) process.stdout.write(JSON.stringify({ ok: false, error: { code: err.code, message: err.message, ...(err.details ? { details: err.details } : {}) } }, null, 2) + '\n');
    process.stderr.write(`错误：${err.message}\n`);
    return err.code === 'USAGE' ? 2 : 1;
  } finally {
    ctx?.shutdown();
  }
}

runCli(process.argv.slice(2)).then(exitWhenFlushed);
