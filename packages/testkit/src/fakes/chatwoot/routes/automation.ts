/**
 * Automation the agents run by hand or on a schedule: macros and campaigns (upstream
 * `config/routes.rb`, not in the spec; each route declares its inputs). Automation rules live
 * with the other settings (`settings.ts`).
 *
 * | Route (relative to /api/v1/accounts/{account_id}) | Response (upstream views, [I] where noted) |
 * |---|---|
 * | GET/POST /macros, GET/PATCH/DELETE /macros/{id}, POST /macros/{id}/execute | `{payload}` envelopes; execute → `head :ok` (recorded in `state.macroExecutions`; a job upstream) |
 * | GET/POST /campaigns, GET/PATCH/DELETE /campaigns/{id} | bare array / bare campaign |
 */
import { headOk, jsonBody, objectSchema, ok, type Ctx, type RouteDef } from '../dsl';
import { HttpError, notFound, recordInvalid, type FieldError } from '../errors';
import type { Campaign, Macro } from '../types';
import { campaignView, macroView } from '../views';
import { asIdList, asRecord, byId, findConversation, findInbox, parseTime } from './helpers';

const A = '/api/v1/accounts/{account_id}';

function applyMacro(ctx: Ctx, macro: Partial<Macro>): void {
	const source = asRecord(ctx.body.macro) ?? ctx.p;
	if (source.name !== undefined) macro.name = String(source.name);
	if (source.visibility !== undefined) {
		const visibility = String(source.visibility);
		if (visibility !== 'personal' && visibility !== 'global') throw new HttpError(422, { error: `'${visibility}' is not a valid visibility` });
		macro.visibility = visibility;
	}
	if (Array.isArray(source.actions)) macro.actions = source.actions;
}

function applyCampaign(ctx: Ctx, campaign: Partial<Campaign>): void {
	const source = asRecord(ctx.body.campaign) ?? ctx.p;
	for (const key of ['title', 'message'] as const) if (source[key] !== undefined) campaign[key] = String(source[key]);
	if (source.description !== undefined) campaign.description = source.description === null ? null : String(source.description);
	if (source.enabled !== undefined) campaign.enabled = ctx.bool('enabled', source) ?? true;
	if (source.trigger_only_during_business_hours !== undefined) campaign.trigger_only_during_business_hours = ctx.bool('trigger_only_during_business_hours', source) ?? false;
	if (source.inbox_id !== undefined) campaign.inbox_id = findInbox(ctx, source.inbox_id).id;
	if (source.sender_id !== undefined) {
		const sender = source.sender_id === null ? null : Number(source.sender_id);
		if (sender !== null && !ctx.state.accountUser(ctx.acct.id, sender)) throw notFound();
		campaign.sender_id = sender;
	}
	if (source.scheduled_at !== undefined) campaign.scheduled_at = parseTime(source.scheduled_at);
	if (Array.isArray(source.audience)) {
		campaign.audience = source.audience.map((a) => {
			const entry = asRecord(a) ?? {};
			return { type: String(entry.type ?? 'Label'), id: Number(entry.id) };
		});
	}
	const rules = asRecord(source.trigger_rules);
	if (rules) campaign.trigger_rules = rules;
}

export function automationRoutes(): RouteDef[] {
	const account = { kind: 'account' as const };
	const admin = { kind: 'account' as const, admin: true };
	const code = 'code' as const;
	const macroBody = objectSchema({ name: { type: 'string' }, visibility: { type: 'string', enum: ['personal', 'global'] }, actions: { type: 'array', items: { type: 'object' } } });
	const campaignFields = objectSchema({
		title: { type: 'string' },
		description: { type: 'string' },
		message: { type: 'string' },
		enabled: { type: 'boolean' },
		trigger_only_during_business_hours: { type: 'boolean' },
		inbox_id: { type: 'integer' },
		sender_id: { type: 'integer' },
		scheduled_at: { type: 'string' },
		audience: { type: 'array', items: objectSchema({ type: { type: 'string' }, id: { type: 'integer' } }) },
		trigger_rules: { type: 'object' },
		template_params: { type: 'object' },
	});
	const campaignBody = { body: jsonBody({ anyOf: [campaignFields, objectSchema({ campaign: campaignFields }, ['campaign'])] }) };
	return [
		{
			method: 'GET',
			path: `${A}/macros`,
			name: 'macros.index',
			source: code,
			access: account,
			handle: (ctx) =>
				ok({
					payload: ctx.state.macros
						.filter((m) => m.account_id === ctx.acct.id && (m.visibility === 'global' || m.created_by_id === ctx.user?.id))
						.map((m) => macroView(ctx.state, m)),
				}),
		},
		{
			method: 'POST',
			path: `${A}/macros`,
			name: 'macros.create',
			source: code,
			spec: { body: jsonBody(macroBody) },
			access: account,
			handle: (ctx) => {
				const draft: Partial<Macro> = { visibility: 'personal', actions: [] };
				applyMacro(ctx, draft);
				const errors: FieldError[] = [];
				if (!draft.name) errors.push({ attribute: 'name', message: "can't be blank" });
				if (!draft.actions?.length) errors.push({ attribute: 'actions', message: "can't be blank" });
				if (errors.length) throw recordInvalid(errors);
				const now = ctx.state.now();
				const macro: Macro = {
					id: ctx.state.nextId('macros'),
					account_id: ctx.acct.id,
					name: draft.name!,
					visibility: draft.visibility ?? 'personal',
					actions: draft.actions!,
					created_by_id: ctx.user?.id ?? null,
					updated_by_id: ctx.user?.id ?? null,
					created_at: now,
					updated_at: now,
				};
				ctx.state.macros.push(macro);
				return ok({ payload: macroView(ctx.state, macro) });
			},
		},
		{
			method: 'GET',
			path: `${A}/macros/{id}`,
			name: 'macros.show',
			source: code,
			access: account,
			handle: (ctx) => ok({ payload: macroView(ctx.state, byId(ctx, ctx.state.macros, 'id')) }),
		},
		{
			method: 'PATCH',
			path: `${A}/macros/{id}`,
			name: 'macros.update',
			source: code,
			spec: { body: jsonBody(macroBody) },
			access: account,
			handle: (ctx) => {
				const macro = byId(ctx, ctx.state.macros, 'id');
				applyMacro(ctx, macro);
				macro.updated_by_id = ctx.user?.id ?? null;
				macro.updated_at = ctx.state.now();
				return ok({ payload: macroView(ctx.state, macro) });
			},
		},
		{
			method: 'DELETE',
			path: `${A}/macros/{id}`,
			name: 'macros.destroy',
			source: code,
			access: account,
			handle: (ctx) => {
				const macro = byId(ctx, ctx.state.macros, 'id');
				ctx.state.macros = ctx.state.macros.filter((m) => m !== macro);
				return headOk();
			},
		},
		{
			method: 'POST',
			path: `${A}/macros/{id}/execute`,
			name: 'macros.execute',
			source: code,
			spec: { body: jsonBody(objectSchema({ conversation_ids: { type: 'array', items: { type: 'integer' } } }, ['conversation_ids'])) },
			access: account,
			handle: (ctx) => {
				const macro = byId(ctx, ctx.state.macros, 'id');
				const ids = asIdList(ctx.require('conversation_ids'));
				for (const id of ids) findConversation(ctx, id);
				ctx.state.macroExecutions.push({ macroId: macro.id, conversationIds: ids, userId: ctx.user?.id ?? null });
				return headOk();
			},
		},

		// ---------------------------------------------------------------- campaigns
		{
			method: 'GET',
			path: `${A}/campaigns`,
			name: 'campaigns.index',
			source: code,
			access: admin,
			handle: (ctx) => ok(ctx.state.campaigns.filter((c) => c.account_id === ctx.acct.id).map((c) => campaignView(ctx.state, c))),
		},
		{
			method: 'POST',
			path: `${A}/campaigns`,
			name: 'campaigns.create',
			source: code,
			spec: campaignBody,
			access: admin,
			handle: (ctx) => {
				const draft: Partial<Campaign> = { description: null, enabled: true, sender_id: null, scheduled_at: null, audience: [], trigger_rules: {}, trigger_only_during_business_hours: false };
				applyCampaign(ctx, draft);
				const errors: FieldError[] = [];
				if (!draft.title) errors.push({ attribute: 'title', message: "can't be blank" });
				if (!draft.message) errors.push({ attribute: 'message', message: "can't be blank" });
				if (draft.inbox_id === undefined) errors.push({ attribute: 'inbox', message: 'must exist' });
				if (errors.length) throw recordInvalid(errors);
				const inbox = ctx.state.inboxes.find((i) => i.id === draft.inbox_id)!;
				const type = inbox.channel_type === 'Channel::WebWidget' ? 'ongoing' : ['Channel::Sms', 'Channel::Whatsapp'].includes(inbox.channel_type) ? 'one_off' : undefined;
				if (!type) throw recordInvalid([{ attribute: 'inbox', message: 'Unsupported Inbox type' }]);
				const now = ctx.state.now();
				const campaign: Campaign = {
					...(draft as Campaign),
					id: ctx.state.nextId('campaigns'),
					display_id: ctx.state.campaigns.filter((c) => c.account_id === ctx.acct.id).length + 1,
					account_id: ctx.acct.id,
					campaign_type: type,
					campaign_status: 'active',
					created_at: now,
					updated_at: now,
				};
				ctx.state.campaigns.push(campaign);
				return ok(campaignView(ctx.state, campaign));
			},
		},
		{
			method: 'GET',
			path: `${A}/campaigns/{id}`,
			name: 'campaigns.show',
			source: code,
			access: admin,
			handle: (ctx) => ok(campaignView(ctx.state, byId(ctx, ctx.state.campaigns, 'id'))),
		},
		{
			method: 'PATCH',
			path: `${A}/campaigns/{id}`,
			name: 'campaigns.update',
			source: code,
			spec: campaignBody,
			access: admin,
			handle: (ctx) => {
				const campaign = byId(ctx, ctx.state.campaigns, 'id');
				applyCampaign(ctx, campaign);
				campaign.updated_at = ctx.state.now();
				return ok(campaignView(ctx.state, campaign));
			},
		},
		{
			method: 'DELETE',
			path: `${A}/campaigns/{id}`,
			name: 'campaigns.destroy',
			source: code,
			access: admin,
			handle: (ctx) => {
				const campaign = byId(ctx, ctx.state.campaigns, 'id');
				ctx.state.campaigns = ctx.state.campaigns.filter((c) => c !== campaign);
				return headOk();
			},
		},
	];
}
