import type { CliContext } from './context';
import { CliError } from './errors';

export { CliError };

/** One CLI command. A module adds a file under commands/ and lists it in index.ts. */
export interface CliCommand {
  /** The words that name it, e.g. ['case', 'create']. */
  path: string[];
  usage: string;
  summary: string;
  /** Option names the command takes (besides --json, --data-dir, --help), for node:util parseArgs. */
  options: Record<string, { type: 'string' | 'boolean'; multiple?: boolean; short?: string }>;
  run(ctx: CliContext, args: { values: Record<string, unknown>; positionals: string[] }): Promise<number | void>;
}
