import type { INodePropertyOptions } from 'n8n-workflow';

// Kept apart from the other descriptions so that the Cliengo Trigger can offer the same list
// without bundling every field builder of the action node.

/** Values of `PUT /contacts/{id}/status` [3P-ref]. */
export const EXTERNAL_STATUS_OPTIONS: INodePropertyOptions[] = [
	{ name: 'New', value: 'NEW' },
	{ name: 'Active', value: 'ACTIVE' },
	{ name: 'Long Term', value: 'LONG_TERM' },
	{ name: 'Client', value: 'CLIENT' },
];
