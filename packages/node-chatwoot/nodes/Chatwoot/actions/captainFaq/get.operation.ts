import { apiPath, defineOperation } from '@leadchat/core';
import { enterpriseOnly } from '../../helpers/enterprise';
import { captainFaqField } from './helpers';

export const get = defineOperation({
	resource: 'captainFaq',
	operation: 'get',
	name: 'Get',
	action: 'Get an FAQ',
	description: enterpriseOnly('An FAQ with its assistant and where it came from'),
	fields: [captainFaqField()],
	request: (p) => ({ method: 'GET', path: apiPath`/captain/assistant_responses/${p.faqId}` }),
});
