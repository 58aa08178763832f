import { apiPath, defineOperation } from '@leadchat/core';
import { companyField } from '../../descriptions';
import { enterpriseOnly } from '../../helpers/enterprise';
import { payloadOf } from '../../helpers/lists';

export const get = defineOperation({
	resource: 'company',
	operation: 'get',
	name: 'Get',
	action: 'Get a company',
	description: enterpriseOnly('Get a company'),
	fields: [companyField()],
	request: (p) => ({ method: 'GET', path: apiPath`/companies/${p.companyId}` }),
	output: payloadOf,
});
