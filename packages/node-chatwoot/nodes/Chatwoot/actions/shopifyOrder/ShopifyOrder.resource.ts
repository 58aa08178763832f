import type { ResourceSpec } from '@leadchat/core';
import { getAll } from './getAll.operation';

export const shopifyOrder: ResourceSpec = {
	value: 'shopifyOrder',
	name: 'Shopify Order',
	description: 'Orders of a contact in the connected Shopify store',
	operations: [getAll],
	defaultOperation: getAll,
};
