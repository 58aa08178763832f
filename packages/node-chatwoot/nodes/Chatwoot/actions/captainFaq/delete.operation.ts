import { apiPath, defineOperation } from '@leadchat/core';
import { enterpriseOnly } from '../../helpers/enterprise';
import { captainFaqField } from './helpers';

export const deleteFaq = defineOperation({
	resource: 'captainFaq',
	operation: 'delete',
	name: 'Delete',
	action: 'Delete an FAQ',
	description: enterpriseOnly('Delete an FAQ'),
	fields: [captainFaqField()],
	request: (p) => ({ method: 'DELETE', path: apiPath`/captain/assistant_responses/${p.faqId}` }),
});
