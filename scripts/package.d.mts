// Types of scripts/package.mjs for the tests.
export interface AfterPackContext {
  appOutDir: string;
  electronPlatformName: string;
  arch: number;
  packager: { appInfo: { productFilename: string }; executableName?: string };
}
export function fuseConfig(): Record<string | number, unknown>;
export function packedBinary(context: AfterPackContext): string;
export default function afterPack(context: AfterPackContext): Promise<void>;
