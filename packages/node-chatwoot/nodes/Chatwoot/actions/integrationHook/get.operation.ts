import type { IDataObject } from 'n8n-workflow';
import { defineOperation } from '@leadchat/core';
import { integrationHookField } from '../../descriptions';
import { isDataObject } from '../../descriptions/common';

/**
 * Chatwoot declares `GET /integrations/hooks/{id}` but its hooks controller has no `show` (a real
 * server answers 404), so the hook is read where Chatwoot lists it: in its app, from
 * `GET /integrations/apps` (each app carries its `hooks`).
 */
export const get = defineOperation({
	resource: 'integrationHook',
	operation: 'get',
	name: 'Get',
	action: 'Get an integration hook',
	description: 'Find a hook in the integration apps of the account (Chatwoot has no route for one hook)',
	fields: [integrationHookField()],
	async execute(p, tools) {
		const body = await tools.request<unknown>({ method: 'GET', path: '/integrations/apps' });
		const apps = isDataObject(body) && Array.isArray(body.payload) ? (body.payload as unknown[]) : Array.isArray(body) ? (body as unknown[]) : [];
		for (const app of apps) {
			if (!isDataObject(app) || !Array.isArray(app.hooks)) continue;
			const hook = (app.hooks as unknown[]).find((h) => isDataObject(h) && String(h.id) === p.hookId);
			if (hook) return hook as IDataObject;
		}
		return tools.fail('Integration Hook', `no hook with ID ${p.hookId} in the account's integration apps`);
	},
});
