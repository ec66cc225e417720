import { describe, expect, it } from 'vitest';
import os from 'node:os';
import path from 'node:path';
import { HolidayStore } from '../../main/services/deadlines/holidays';
import { explanationLength, itemGate, materialsLeadWarning, copyNumber, type Attachment } from '../../shared/domain/meeting';

const att = (kind: Attachment['kind'], status: Attachment['status'] = 'provided', extra: Partial<Attachment> = {}): Attachment => ({
  attachmentId: kind, kind, status, title: '', reason: status === 'not_required' ? '不涉及' : '', riskLevel: null, source: status === 'provided' ? 'import_pdf' : 'none',
  fileName: 'a.pdf', sha256: status === 'provided' ? 'x' : null, pageCount: 1, sort: 1, ...extra,
});
const approval = { title: '议题', proposingUnit: '', presenter: '', leaderOpinion: '', attendingUnits: '', secrecy: 'internal' as const };
const explanation = { background: '背景 说明\n第二段', basis: '', content: '', decisions: '', alternatives: '', disagreements: '' };

describe('议题说明 count and the gate', () => {
  it('counts characters without whitespace, across all six parts, astral characters once', () => {
    expect(explanationLength(explanation)).toBe(7);
    expect(explanationLength({ ...explanation, basis: '𠀀a' })).toBe(9);
  });

  it('requires 合法性审查意见 provided and every other material marked, with a risk level when risk is provided', () => {
    const others = (['fair_competition', 'expert_opinion', 'consultation', 'integrity'] as const).map((k) => att(k, 'not_required'));
    expect(itemGate({ approval, explanation, attachments: [...others, att('risk_assessment', 'provided', { riskLevel: 'low' })] }, 1500).join()).toMatch(/缺少合法性审查意见/);
    expect(itemGate({ approval, explanation, attachments: [att('legal_review')] }, 1500).join()).toMatch(/公平竞争审查意见、专家论证意见、风险评估报告、征求意见及采纳情况、廉洁性审查意见/);
    expect(itemGate({ approval, explanation, attachments: [att('legal_review'), ...others, att('risk_assessment')] }, 1500)).toEqual(['风险评估报告未标明风险等级。']);
    expect(itemGate({ approval, explanation, attachments: [att('legal_review'), ...others, att('risk_assessment', 'provided', { riskLevel: 'high' })] }, 1500)).toEqual([]);
    expect(itemGate({ approval, explanation, attachments: [att('legal_review'), ...others, att('risk_assessment', 'not_required')] }, 5).join()).toMatch(/7 字，超过 5 字的上限，请精简 2 字/);
  });

  it('warns when materials go out fewer than 3 days before the meeting', () => {
    const now = new Date(2026, 2, 10, 15, 0);
    expect(materialsLeadWarning('2026-03-13', now)).toEqual([]);
    expect(materialsLeadWarning('2026-03-12', now)[0]).toMatch(/仅 2 天/);
    expect(materialsLeadWarning('2026-03-09', now)[0]).toMatch(/已过/);
  });

  it('says when the meeting date is a holiday or a weekend, by the State Council schedule with its 调休 days', () => {
    // Walk 8c: 10-02 typed for 10-12 went onto the cover and the ballots without a word.
    const cal = new HolidayStore({ importedDir: path.join(os.tmpdir(), 'no-imported-holidays') }).calendar();
    const now = new Date(2026, 8, 1, 9, 0);
    expect(materialsLeadWarning('2026-10-02', now, cal)).toEqual(['会议日期（2026-10-02）是国庆节，不是工作日：请核对会议日期；确需当日开会的可不理会此提示。']);
    expect(materialsLeadWarning('2026-09-25', now, cal)[0]).toMatch(/是中秋节?，不是工作日/);
    expect(materialsLeadWarning('2026-11-14', now, cal)[0]).toMatch(/是星期六，不是工作日/);
    // 2026-10-10 is a Saturday worked in exchange (调休上班): a meeting then is an ordinary working day.
    expect(materialsLeadWarning('2026-10-10', now, cal)).toEqual([]);
    expect(materialsLeadWarning('2026-10-12', now, cal)).toEqual([]);
    // Past and on a holiday: both said.
    expect(materialsLeadWarning('2026-05-01', now, cal)).toHaveLength(2);
  });

  it('writes 份号 as six digits', () => {
    expect(copyNumber(3)).toBe('000003');
  });
});
