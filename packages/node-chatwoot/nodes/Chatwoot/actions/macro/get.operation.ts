import { apiPath, defineOperation } from '@leadchat/core';
import { macroField } from '../../descriptions';
import { payloadOf } from '../../helpers/lists';

export const get = defineOperation({
	resource: 'macro',
	operation: 'get',
	name: 'Get',
	action: 'Get a macro',
	fields: [macroField()],
	request: (p) => ({ method: 'GET', path: apiPath`/macros/${p.macroId}` }),
	output: payloadOf,
});
