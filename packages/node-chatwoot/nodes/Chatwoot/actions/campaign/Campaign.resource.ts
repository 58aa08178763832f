import type { ResourceSpec } from '@leadchat/core';
import { create } from './create.operation';
import { deleteCampaign } from './delete.operation';
import { get } from './get.operation';
import { getAll } from './getAll.operation';
import { update } from './update.operation';

export const campaign: ResourceSpec = {
	value: 'campaign',
	name: 'Campaign',
	operations: [create, deleteCampaign, get, getAll, update],
	defaultOperation: getAll,
};
