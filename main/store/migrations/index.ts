import type { Migration } from './types';
import { m001Init } from './001_init';
import { m002Committee } from './002_committee';
import { m003Documents } from './003_documents';
import { m004Review } from './004_review';
import { m005Selection } from './005_selection';
import { m006Memos } from './006_memos';
import { m007Meetings } from './007_meetings';
import { m008Corrections } from './008_corrections';
import { m010ScoreNotes } from './010_score_notes';
import { m011SignedRecords } from './011_signed_records';
import { m012Deadlines } from './012_deadlines';
import { m014Ocr } from './014_ocr';
import { m015ItemRulings } from './015_item_rulings';
import { m016AdoptAndRequests } from './016_adopt_and_requests';
import { m017KitContents } from './017_kit_contents';
import { m018VerdictEntry } from './018_verdict_entry';
import { m020VerdictVersions } from './020_verdict_versions';
import { m021OpinionsKind } from './021_opinions_kind';

/** In order. A module adds its migration at the end, numbered after the last one. */
export const MIGRATIONS: readonly Migration[] = [m001Init, m002Committee, m003Documents, m004Review, m005Selection, m006Memos, m007Meetings, m008Corrections, m010ScoreNotes, m011SignedRecords, m012Deadlines, m014Ocr, m015ItemRulings, m016AdoptAndRequests, m017KitContents, m018VerdictEntry, m020VerdictVersions, m021OpinionsKind];

export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;
