import type { ResourceSpec } from '@leadchat/core';
import { create } from './create.operation';
import { deleteCampaign } from './delete.operation';
import { dispatchCampaign } from './dispatch.operation';
import { campaignExists } from './exists.operation';
import { get } from './get.operation';
import { getAll } from './getAll.operation';
import { getRecipients } from './getRecipients.operation';
import { getStatistics } from './getStatistics.operation';
import { getTags } from './getTags.operation';
import { pauseCampaign } from './pause.operation';
import { replace } from './replace.operation';
import { resumeCampaign } from './resume.operation';
import { testCampaign } from './test.operation';
import { update } from './update.operation';

export const campaign: ResourceSpec = {
	value: 'campaign',
	name: 'Campaign',
	description: 'Email and chatbox campaigns: write, dispatch, pause, and read who received, opened or clicked them',
	operations: [create, deleteCampaign, dispatchCampaign, campaignExists, get, getAll, getRecipients, getStatistics, getTags, pauseCampaign, replace, resumeCampaign, testCampaign, update],
	defaultOperation: getAll,
};
