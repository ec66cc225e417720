import type { Database } from '../native';

/** One schema step. Never edit a released migration: add the next one. Each has its own test in test/integration/migrations. */
export interface Migration {
  version: number;
  name: string;
  up(db: Database): void;
}
