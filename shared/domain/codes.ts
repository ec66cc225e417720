import { z } from 'zod';

/**
 * The schema of a domain code list kept as `{ code: 中文名称 }`: exactly its codes. Codes are stored in case files;
 * the labels are what the UI and the paper show.
 */
export const codesOf = <T extends Record<string, string>>(labels: T) =>
  z.enum(Object.keys(labels) as [Extract<keyof T, string>, ...Extract<keyof T, string>[]]);
