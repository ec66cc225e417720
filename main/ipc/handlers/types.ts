import type { MethodName } from '../../../shared/api/index';
import type { Handler } from '../dispatch';

/** The handlers of one module: every contract method whose name starts with `prefix`. */
export type HandlersFor<P extends string> = { [K in MethodName as K extends `${P}${string}` ? K : never]: Handler<K> };
