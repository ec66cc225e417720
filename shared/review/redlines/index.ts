import type { Evidence } from '../report';
import type { ReadDocument } from '../sections';
import type { FlagRule } from '../ruleset';
import { rawDataExportReading } from './rawDataExport';
import { subAuthorizationReading } from './subAuthorization';

/**
 * Red lines read beyond their ruleset triggers: each module reads one red line's classes of meaning (who may do what,
 * deemed or defined so, carved out of a prohibition). Keyed by red-line id; a ruleset without the red line never runs it.
 */
export const REDLINE_READINGS: Record<string, (r: ReadDocument, rule: FlagRule) => { fired: boolean; evidence: Evidence[] }> = {
  sub_authorization: subAuthorizationReading,
  raw_data_export: rawDataExportReading,
};
