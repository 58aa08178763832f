import type { ResourceSpec } from '@leadchat/core';
import { create } from './create.operation';
import { deleteDashboardApp } from './delete.operation';
import { get } from './get.operation';
import { getAll } from './getAll.operation';
import { update } from './update.operation';

export const dashboardApp: ResourceSpec = {
	value: 'dashboardApp',
	name: 'Dashboard App',
	operations: [create, deleteDashboardApp, get, getAll, update],
	defaultOperation: getAll,
};
