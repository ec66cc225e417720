export const NODE_DIST: string;
export const ENTRIES: { cli: string; host: string; worker: string };
export function isNodeBuildFresh(): boolean;
export function buildNode(): Promise<void>;
export function ensureNodeBuild(): Promise<void>;
