import { apiPath, defineOperation, field, returnAllOrLimit } from '@leadchat/core';
import { pageInPath } from '../../lists';
import { campaignField } from './fields';

/**
 * `…/statistics/{action}/{page}`: the people who did one action. The values are the campaign's
 * statistics counters (opened, clicked, unsubscribed) [C-client WebsiteCampaignItemStatistics];
 * that they name the actions of this route is inferred [I].
 */
export const getStatistics = defineOperation({
	resource: 'campaign',
	operation: 'getStatistics',
	name: 'Get Statistics',
	action: 'Get the statistics of a campaign',
	description: 'The people who opened, clicked or unsubscribed from a campaign, with when',
	fields: [
		campaignField(),
		field.options(
			'statisticsAction',
			'Action',
			[
				{ name: 'Opened', value: 'opened' },
				{ name: 'Clicked', value: 'clicked' },
				{ name: 'Unsubscribed', value: 'unsubscribed' },
			],
			{ required: true, default: 'opened' },
		),
		...returnAllOrLimit(),
	],
	list: { ...pageInPath, request: (p) => ({ method: 'GET', path: apiPath`/campaign/${p.campaignId}/statistics/${p.statisticsAction}` }), key: false },
});
