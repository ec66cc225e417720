import type { Migration } from './types';

/**
 * 修改意见 per kind of review (perkind). A case reviews its 实施方案 and its 授权运营协议 side by side; the 修改意见 were
 * one list for the case, so saving the agreement's replaced the plan's. Each row now says which review it belongs to.
 * Rows from before belong to the kind of the last run made before they were saved (the list the page showed then),
 * else to the kind their item names (plan.…, agr.…), else to the plan.
 */
export const m021OpinionsKind: Migration = {
  version: 21,
  name: 'review: 修改意见 kept per kind of review (plan, agreement)',
  up(db) {
    db.exec(`
      ALTER TABLE review_opinions ADD COLUMN kind TEXT NOT NULL DEFAULT 'plan' CHECK (kind IN ('plan', 'agreement'));
      UPDATE review_opinions SET kind = coalesce(
        (SELECT r.kind FROM review_runs r WHERE r.created_at <= review_opinions.updated_at ORDER BY r.created_at DESC, r.rowid DESC LIMIT 1),
        CASE WHEN item_id LIKE 'agr.%' THEN 'agreement' ELSE 'plan' END);
      CREATE INDEX review_runs_kind ON review_runs (kind, created_at);
    `);
  },
};
