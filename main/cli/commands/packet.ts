import fs from 'node:fs';
import path from 'node:path';
import { load } from '../lazy';
import { CliError, type CliCommand } from '../command';
import type { CliContext } from '../context';

const caseFileOf = (positionals: string[]) => {
  const f = positionals[0];
  if (!f) throw new CliError('缺少案卷文件：请在命令后写上 CASEFILE（.rdcase 文件路径）。', 'USAGE');
  return f;
};

async function withCase<T>(ctx: CliContext, file: string, fn: (caseId: string) => Promise<T>): Promise<T> {
  const { caseId } = await ctx.openCase(file);
  try {
    return await fn(caseId);
  } finally {
    await ctx.call('cases.close', { caseId });
  }
}

async function save(ctx: CliContext, outputId: string, dir: string) {
  const name = (await ctx.services()).files.getOutput(outputId).fileName.replace(/[\\/:*?"<>|]/g, '_');
  return ctx.writeOutput(outputId, path.join(dir, name));
}

export const meetingList: CliCommand = {
  path: ['meeting', 'list'],
  usage: 'meeting list CASEFILE [--json]',
  summary: '列出案卷中的会议及其编号（生成会议材料时用 --meeting 指定）',
  options: {},
  async run(ctx, { positionals }) {
    const { MEETING_KINDS, MEETING_STATUS } = await load.meeting();
    const file = caseFileOf(positionals);
    const { meetings } = await withCase(ctx, file, (caseId) => ctx.call('meetings.list', { caseId }));
    ctx.out(meetings, () =>
      meetings.length
        ? meetings.map((m) => `${m.meetingId}  ${m.date}  ${m.name}（${MEETING_KINDS[m.kind]}，${MEETING_STATUS[m.status]}，第${m.version}版）`).join('\n')
        : '该案卷中还没有会议。',
    );
  },
};

export const packetCommand: CliCommand = {
  path: ['packet'],
  usage: 'packet CASEFILE --meeting ID --out DIR [--copies N] [--recipients 甲,乙,…] [--reissue] [--json]',
  summary:
    '生成“三重一大”会议材料 PDF；--copies N 另生成 N 份编号份（份号、水印）及分发回收登记表；' +
    '--reissue 补发：只给名单（--recipients，不填则为参会成员、列席人员和记录人）上尚无本版未收回编号份的人各发一份，已持有者不重发',
  options: { meeting: { type: 'string' }, out: { type: 'string' }, copies: { type: 'string' }, recipients: { type: 'string' }, reissue: { type: 'boolean' } },
  async run(ctx, { values, positionals }) {
    const { copyNumber } = await load.meeting();
    const file = caseFileOf(positionals);
    const meetingId = values.meeting as string | undefined;
    const outDir = values.out as string | undefined;
    if (!meetingId) throw new CliError('缺少参数 --meeting（会议编号，可用 meeting list CASEFILE 查看）', 'USAGE');
    if (!outDir) throw new CliError('缺少参数 --out（输出文件夹）', 'USAGE');
    const copies = values.copies === undefined ? 0 : Number(values.copies);
    if (!Number.isInteger(copies) || copies < 0 || copies > 200) throw new CliError(`--copies 应为 0 到 200 的整数，收到：${values.copies}`, 'USAGE');
    const reissue = values.reissue === true;
    if (reissue && values.copies !== undefined) throw new CliError('--reissue（补发）按名单上尚无本版编号份的人数发份，不能与 --copies 同用：请去掉 --copies，需要时用 --recipients 写明名单。', 'USAGE');
    try {
      fs.mkdirSync(outDir, { recursive: true });
      fs.accessSync(outDir, fs.constants.W_OK);
    } catch {
      throw new CliError(`无法写入输出文件夹：${outDir}。请检查路径和权限。`, 'CASE_LOCATION_UNWRITABLE');
    }
    const result = await withCase(ctx, file, async (caseId) => {
      const { meeting } = await ctx.call('meetings.get', { caseId, meetingId });
      // Recipients: those given, else members, then attendees, then the recorder, then spares.
      const given = ((values.recipients as string | undefined) ?? '').split(/[,，、]/).map((s) => s.trim()).filter(Boolean);
      const pool = given.length ? given : [...meeting.members, ...meeting.attendees, ...(meeting.recorder ? [meeting.recorder] : [])];
      // 补发 takes the whole list (as the page does) and the service passes over those who hold a copy of this version.
      const recipients = reissue ? pool : Array.from({ length: given.length && !copies ? given.length : copies }, (_, i) => pool[i] ?? `备用${i + 1 - pool.length}`);
      const r = await ctx.call('meetings.buildPacket', { caseId, meetingId, recipients, onlyMissing: reissue });
      return {
        meeting: meeting.name,
        version: meeting.version,
        pageCount: r.pageCount,
        toc: r.toc,
        packet: await save(ctx, r.packet.outputId, outDir),
        copies: await Promise.all(r.copies.map(async (c) => ({ copyNo: copyNumber(c.copyNo), recipient: c.recipient, file: await save(ctx, c.output.outputId, outDir), sha256: c.sha256 }))),
        register: r.register ? await save(ctx, r.register.outputId, outDir) : null,
        warnings: r.warnings,
      };
    });
    ctx.out(result, () =>
      [
        `会议材料：${result.packet}（${result.pageCount} 页，第${result.version}版）`,
        '目录：',
        ...result.toc.map((e) => `${e.level === 1 ? '  ' : '    '}${e.title} …… ${e.page}`),
        ...(result.copies.length ? [`编号份 ${result.copies.length} 份：`, ...result.copies.map((c) => `  ${c.copyNo} ${c.recipient}：${c.file}`)] : []),
        ...(result.register ? [`分发回收登记表：${result.register}`] : []),
        ...result.warnings.map((w) => `注意：${w}`),
      ].join('\n'),
    );
  },
};
