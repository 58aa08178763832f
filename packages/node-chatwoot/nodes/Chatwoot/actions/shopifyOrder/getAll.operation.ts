import { defineOperation, paging, returnAllOrLimit, type PageResult } from '@leadchat/core';
import type { IDataObject } from 'n8n-workflow';
import { contactField } from '../../descriptions';

/** `{orders:[…]}` as the Shopify integration answers. */
const readOrders = (body: unknown): PageResult<IDataObject> => {
	const orders = body && typeof body === 'object' ? (body as IDataObject).orders : undefined;
	return { items: Array.isArray(orders) ? (orders as IDataObject[]) : [] };
};

export const getAll = defineOperation({
	resource: 'shopifyOrder',
	operation: 'getAll',
	name: 'Get Many',
	action: "Get a contact's Shopify orders",
	description: "The orders of the connected Shopify store placed with the contact's email or phone number (one answer)",
	fields: [contactField(), ...returnAllOrLimit()],
	list: { request: (p) => ({ method: 'GET', path: '/integrations/shopify/orders', qs: { contact_id: Number(p.contactId) } }), paging: paging.whole(), read: readOrders },
});
