import { apiPath, defineOperation } from '@leadchat/core';
import { exists } from '../../helpers/exists';
import { campaignField } from './fields';

export const campaignExists = defineOperation({
	resource: 'campaign',
	operation: 'exists',
	name: 'Exists',
	action: 'Check whether a campaign exists',
	description: 'Gives {"exists": true} or {"exists": false}',
	fields: [campaignField()],
	execute: (p, t) => exists(t, { method: 'HEAD', path: apiPath`/campaign/${p.campaignId}` }),
});
