import type { ResourceSpec } from '@leadchat/core';
import { create } from './create.operation';
import { deleteTemplate } from './delete.operation';
import { templateExists } from './exists.operation';
import { get } from './get.operation';
import { getAll } from './getAll.operation';
import { replace } from './replace.operation';
import { update } from './update.operation';

export const campaignTemplate: ResourceSpec = {
	value: 'campaignTemplate',
	name: 'Campaign Template',
	description: 'Email templates for campaigns',
	operations: [create, deleteTemplate, templateExists, get, getAll, replace, update],
	defaultOperation: getAll,
};
