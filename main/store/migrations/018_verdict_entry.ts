import type { Migration } from './types';

/**
 * Who entered each expert verdict of the review (walk7): the member in their own session, the secretary transcribing
 * (代录) a paper form for a member without a key (then the transcription row says who, why and where the paper is), or
 * the member's signed kit return. Rows from before this are marked unrecorded: the case never knew, and says so.
 */
export const m018VerdictEntry: Migration = {
  version: 18,
  name: 'review verdicts: how each was entered (own session, 代录, kit return) and by whom',
  up(db) {
    db.exec(`
      ALTER TABLE review_verdicts ADD COLUMN entry TEXT NOT NULL DEFAULT 'unrecorded' CHECK (entry IN ('unrecorded', 'member', 'transcribed', 'kit'));
      ALTER TABLE review_verdicts ADD COLUMN entered_by TEXT NOT NULL DEFAULT '';
      ALTER TABLE review_verdicts ADD COLUMN transcription_id TEXT REFERENCES transcriptions (transcription_id);
    `);
  },
};
