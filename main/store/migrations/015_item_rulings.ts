import type { Migration } from './types';

/**
 * An expert's one-step ruling on an ordinary checklist finding, not only on a red line (issue 10): the same table as
 * red-line rulings, told apart by `target`, with where the content is when the expert says a "missing" finding is
 * wrong ("第三章第八条"). Existing rows are red-line rulings without a location.
 */
export const m015ItemRulings: Migration = {
  version: 15,
  name: 'review rulings on checklist items: target (flag or item) and the location the expert names',
  up(db) {
    db.exec(`
      ALTER TABLE review_flag_rulings ADD COLUMN target TEXT NOT NULL DEFAULT 'flag' CHECK (target IN ('flag', 'item'));
      ALTER TABLE review_flag_rulings ADD COLUMN location TEXT NOT NULL DEFAULT '';
    `);
  },
};
