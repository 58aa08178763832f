import { apiPath, defineOperation } from '@leadchat/core';
import { macroField } from '../../descriptions';

export const deleteMacro = defineOperation({
	resource: 'macro',
	operation: 'delete',
	name: 'Delete',
	action: 'Delete a macro',
	fields: [macroField()],
	request: (p) => ({ method: 'DELETE', path: apiPath`/macros/${p.macroId}` }),
});
