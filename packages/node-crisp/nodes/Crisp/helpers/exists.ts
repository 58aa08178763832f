import type { ListRequest, OperationTools } from '@leadchat/core';
import { existence } from './output';

/** A HEAD "check … exists" route sent through the operation's tools: `{ exists: true | false }` (see `existence`). */
export function exists(tools: OperationTools, req: ListRequest): Promise<{ exists: boolean }> {
	return existence(() => tools.request({ ...req, method: 'HEAD' }));
}
