import { apiPath, defineOperation, field } from '@leadchat/core';
import { companyField } from '../../descriptions';
import { enterpriseOnly } from '../../helpers/enterprise';
import { payloadOf } from '../../helpers/lists';

export const deleteCustomAttributes = defineOperation({
	resource: 'company',
	operation: 'deleteCustomAttributes',
	name: 'Delete Custom Attributes',
	action: 'Delete custom attributes of a company',
	description: enterpriseOnly('Remove the given custom attribute keys from the company (the others are kept)'),
	fields: [
		companyField(),
		field.stringList('keys', 'Attribute Keys', { required: true, placeholder: 'e.g. tier, region', description: 'Keys of the custom attributes to remove, separated by commas' }),
	],
	request: (p) => ({ method: 'POST', path: apiPath`/companies/${p.companyId}/destroy_custom_attributes`, body: { custom_attributes: p.keys } }),
	output: payloadOf,
});
