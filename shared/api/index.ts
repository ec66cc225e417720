import { appMethods } from './app';
import { casesMethods } from './cases';
import { filesMethods } from './files';
import { committeeMethods } from './committee';
import { documentsMethods } from './documents';
import { memosMethods } from './memos';
import { reviewMethods } from './review';
import { selectionMethods } from './selection';
import { meetingsMethods } from './meetings';
import { deadlinesMethods } from './deadlines';
import { ocrMethods } from './ocr';
import { kitsMethods } from './kits';
import { jobsMethods } from './jobs';
import type { Contract } from './contract';

/**
 * The whole contract: every operation the renderer, the CLI and the tests may call. A module adds its
 * `xxxMethods` object here; preload, main/ipc and main/host pick it up from this one object.
 */
export const contract = {
  ...appMethods,
  ...casesMethods,
  ...filesMethods,
  ...committeeMethods,
  ...documentsMethods,
  ...memosMethods,
  ...reviewMethods,
  ...selectionMethods,
  ...meetingsMethods,
  ...deadlinesMethods,
  ...ocrMethods,
  ...kitsMethods,
  ...jobsMethods,
} satisfies Contract;

export type AppContract = typeof contract;
export type MethodName = keyof AppContract;
export const METHOD_NAMES = Object.keys(contract) as MethodName[];

export * from './contract';
export * from './errors';
export * from './files';
