/**
 * WebsiteCampaign (21), PlanSubscription (7), PluginConnect (5), PluginSubscription (13),
 * BucketURL (1) and MediaAnimation (1). Campaigns and templates are stateful records; plugin
 * connect lists the websites that installed the token's plugin [C-doc: a plugin token works on
 * websites that installed the plugin].
 */
import { CrispError, type Ctx, type Handler } from '../context';
import type { PluginSubscriptionRecord, Json } from '../types';

const DAY = 86_400_000;

function campaign(ctx: Ctx): Json {
	return ctx.need(ctx.site.campaigns, ctx.params.campaignID, 'campaign');
}

function template(ctx: Ctx): Json {
	return ctx.need(ctx.site.templates, ctx.params.templateID, 'template');
}

function replace(map: Map<string, Json>, id: string, idField: string, current: Json, body: Json, now: number): void {
	map.set(id, { ...body, [idField]: id, type: body.type ?? current.type, name: body.name ?? current.name, created_at: current.created_at, updated_at: now });
}

export const campaignHandlers: Record<string, Handler> = {
	listCampaigns: (ctx) => ctx.paged([...ctx.site.campaigns.values()].sort((a, b) => Number(b.updated_at) - Number(a.updated_at))),
	listCampaignTags: (ctx) => ctx.ok([...new Set([...ctx.site.campaigns.values()].map((c) => c.tag).filter((t): t is string => typeof t === 'string'))], { kind: 'list' }),
	listCampaignTemplates: (ctx) => ctx.paged([...ctx.site.templates.values()].map(({ content: _c, ...excerpt }) => excerpt)),
	createNewCampaignTemplate: (ctx) => {
		const now = ctx.store.clock.now();
		const id = ctx.store.uuid();
		ctx.site.templates.set(id, { template_id: id, type: 'custom', name: ctx.body.name, format: ctx.body.format, content: '', created_at: now, updated_at: now });
		return ctx.ok({ template_id: id });
	},
	checkCampaignTemplateExists: (ctx) => {
		template(ctx);
		return ctx.ok();
	},
	getCampaignTemplate: (ctx) => ctx.ok(template(ctx)),
	saveCampaignTemplate: (ctx) => {
		replace(ctx.site.templates, ctx.params.templateID, 'template_id', template(ctx), ctx.body, ctx.store.clock.now());
		return ctx.ok({});
	},
	updateCampaignTemplate: (ctx) => {
		Object.assign(template(ctx), ctx.body, { updated_at: ctx.store.clock.now() });
		return ctx.ok({});
	},
	removeCampaignTemplate: (ctx) => {
		template(ctx);
		ctx.site.templates.delete(ctx.params.templateID);
		return ctx.ok({});
	},
	createNewCampaign: (ctx) => {
		const now = ctx.store.clock.now();
		const id = ctx.store.uuid();
		ctx.site.campaigns.set(id, { campaign_id: id, type: ctx.body.type, name: ctx.body.name, format: 'markdown', ready: false, dispatched: false, running: false, progress: 0, targets: 0, reached: 0, created_at: now, updated_at: now });
		return ctx.ok({ campaign_id: id });
	},
	checkCampaignExists: (ctx) => {
		campaign(ctx);
		return ctx.ok();
	},
	getCampaign: (ctx) => ctx.ok(campaign(ctx)),
	saveCampaign: (ctx) => {
		const current = campaign(ctx);
		replace(ctx.site.campaigns, ctx.params.campaignID, 'campaign_id', current, { ready: false, dispatched: current.dispatched, running: current.running, ...ctx.body }, ctx.store.clock.now());
		return ctx.ok({});
	},
	updateCampaign: (ctx) => {
		Object.assign(campaign(ctx), ctx.body, { updated_at: ctx.store.clock.now() });
		return ctx.ok({});
	},
	removeCampaign: (ctx) => {
		campaign(ctx);
		ctx.site.campaigns.delete(ctx.params.campaignID);
		return ctx.ok({});
	},
	dispatchCampaign: (ctx) => {
		Object.assign(campaign(ctx), { dispatched: true, dispatched_at: ctx.store.clock.now(), updated_at: ctx.store.clock.now() });
		ctx.store.emit(ctx.websiteId, 'campaign:dispatched', { website_id: ctx.websiteId, campaign_id: ctx.params.campaignID });
		return ctx.ok({});
	},
	resumeCampaign: (ctx) => {
		Object.assign(campaign(ctx), { running: true, updated_at: ctx.store.clock.now() });
		ctx.store.emit(ctx.websiteId, 'campaign:running', { website_id: ctx.websiteId, campaign_id: ctx.params.campaignID, running: true });
		return ctx.ok({});
	},
	pauseCampaign: (ctx) => {
		Object.assign(campaign(ctx), { running: false, updated_at: ctx.store.clock.now() });
		ctx.store.emit(ctx.websiteId, 'campaign:running', { website_id: ctx.websiteId, campaign_id: ctx.params.campaignID, running: false });
		return ctx.ok({});
	},
	testCampaign: (ctx) => {
		campaign(ctx);
		return ctx.ok({});
	},
	listCampaignRecipients: (ctx) => {
		const c = campaign(ctx);
		const recipients = (c.recipients ?? {}) as { segments?: string[]; people?: string[] };
		const people = [...ctx.site.people.values()].filter((p) => (recipients.people ?? []).includes(p.people_id) || (recipients.segments ?? []).some((s) => p.segments.includes(s)));
		return ctx.paged(people.map((p) => ({ people_id: p.people_id, email: p.email, person: { nickname: p.person.nickname, avatar: p.person.avatar }, subscribed: ctx.site.peopleSubscription.get(p.people_id) ?? true })));
	},
	listCampaignStatistics: (ctx) => {
		campaign(ctx);
		// One record per person and action, `{type, profile, data, created_at, updated_at}` [C-client
		// WebsiteCampaignStatistic], kept with its campaign_id in the "campaignStatistics" collection
		// (none in the seed); `{action}` picks the records of that `type` [I].
		const records = [...ctx.site.collection('campaignStatistics').values()].filter((s) => s.campaign_id === ctx.params.campaignID && s.type === ctx.params.action);
		return ctx.paged(records.map(({ campaign_id: _campaign, ...record }) => record));
	},
};

// --------------------------------------------------------------------------------- plans

const COUPONS: Record<string, Json> = { WELCOME20: { code: 'WELCOME20', policy: { rebate_percent: 20, trial_days: 0 }, redeem_limit: 1000 } };

function planView(ctx: Ctx, websiteId: string): Json | undefined {
	const site = ctx.store.site(websiteId);
	if (!site?.plan) return undefined;
	const { website_id: id, name, domain, logo } = site.website;
	return { ...site.plan, website: { id, name, domain, logo } };
}

function plan(ctx: Ctx): Json {
	const site = ctx.site;
	if (!site.plan) throw new CrispError('notFound', 'plan subscription');
	return site.plan;
}

export const planHandlers: Record<string, Handler> = {
	listAllActiveSubscriptions: (ctx) => ctx.ok([...ctx.store.websites.keys()].map((id) => planView(ctx, id)).filter(Boolean), { kind: 'list' }),
	getPlanSubscriptionForWebsite: (ctx) => {
		plan(ctx);
		return ctx.ok(planView(ctx, ctx.websiteId));
	},
	subscribeWebsiteToPlan: (ctx) => {
		ctx.site.plan = { id: ctx.body.plan_id, name: 'Plan', price: 0, since: new Date(ctx.store.clock.now()).toISOString(), trialing: true, bill_period: 'monthly', active: true, sandbox: false, coupon_redeemed: false };
		return ctx.ok({});
	},
	unsubscribePlanFromWebsite: (ctx) => {
		plan(ctx);
		ctx.site.plan = undefined;
		return ctx.ok({});
	},
	changeBillPeriodForWebsitePlanSubscription: (ctx) => {
		plan(ctx).bill_period = ctx.body.period;
		return ctx.ok({});
	},
	checkCouponAvailabilityForWebsitePlanSubscription: (ctx) => {
		const coupon = COUPONS[ctx.q('code') ?? ''];
		if (!coupon) throw new CrispError('notFound', 'coupon');
		return ctx.ok({ ...coupon, expire_at: new Date(ctx.store.clock.now() + 30 * DAY).toISOString() });
	},
	redeemCouponForWebsitePlanSubscription: (ctx) => {
		const current = plan(ctx);
		if (!COUPONS[String(ctx.body.code)]) throw new CrispError('notFound', 'coupon');
		current.coupon_redeemed = true;
		return ctx.ok({});
	},
};

// -------------------------------------------------------------------------------- plugins

function subscriptionsOf(ctx: Ctx): PluginSubscriptionRecord[] {
	return [...ctx.store.pluginSubscriptions.values()].filter((s) => ctx.store.site(s.website_id));
}

function subscription(ctx: Ctx): PluginSubscriptionRecord {
	const found = ctx.store.pluginSubscriptions.get(`${ctx.websiteId}:${ctx.params.pluginID}`);
	if (!found) throw new CrispError('notFound', `plugin ${ctx.params.pluginID}`);
	return found;
}

function pluginView(ctx: Ctx, s: PluginSubscriptionRecord): Json {
	return {
		id: s.plugin_id,
		urn: 'urn:leadchat:n8n:0',
		type: 'integration',
		category: 'automation',
		name: s.plugin_id === ctx.store.pluginId ? 'n8n (fake)' : 'Plugin',
		summary: 'Connects Crisp to n8n workflows',
		price: 0,
		plans: [],
		configurable: true,
		since: new Date(s.since).toISOString(),
		active: true,
		website_id: s.website_id,
	};
}

function connectWebsite(ctx: Ctx, s: PluginSubscriptionRecord): Json {
	const item: Json = { website_id: s.website_id, token: s.token, settings: s.settings };
	if (ctx.flag('include_plan')) {
		const p = ctx.store.site(s.website_id)?.plan;
		item.plan = p ? { id: p.id, name: p.name, trialing: p.trialing } : null;
	}
	return item;
}

function connectWebsites(ctx: Ctx): PluginSubscriptionRecord[] {
	return subscriptionsOf(ctx).filter((s) => s.plugin_id === ctx.store.pluginId && (!ctx.flag('filter_configured') || Object.keys(s.settings).length > 0));
}

function settingsView(ctx: Ctx, s: PluginSubscriptionRecord): Json {
	return { plugin_id: s.plugin_id, website_id: s.website_id, token: s.token, schema: {}, settings: s.settings, settings_form_url: 'https://plugin.example/settings', callback_url: 'https://plugin.example/callback' };
}

function saveSettings(ctx: Ctx, merge: boolean) {
	const s = subscription(ctx);
	s.settings = merge ? { ...s.settings, ...ctx.body } : { ...ctx.body };
	ctx.store.emit(ctx.websiteId, 'plugin:settings:saved', { website_id: ctx.websiteId, plugin_id: s.plugin_id, settings: s.settings });
	return ctx.ok({});
}

export const pluginHandlers: Record<string, Handler> = {
	// PluginConnect
	getConnectAccount: (ctx) => ctx.ok({ plugin_id: ctx.store.pluginId }),
	checkConnectSessionValidity: (ctx) => ctx.ok(),
	listAllConnectWebsites: (ctx) => ctx.paged(connectWebsites(ctx).map((s) => connectWebsite(ctx, s))),
	listConnectWebsitesSince: (ctx) => {
		const since = ctx.q('date_since') ? Date.parse(ctx.q('date_since') as string) : 0;
		// [I] every subscription made since the date is reported as "added" [C-go `difference`].
		return ctx.ok(
			connectWebsites(ctx)
				.filter((s) => s.since >= since)
				.map((s) => ({ ...connectWebsite(ctx, s), difference: 'added' })),
			{ kind: 'list' },
		);
	},
	getConnectEndpoints: (ctx) => ctx.ok({ socket: { app: 'wss://app.relay.crisp.chat/' } }),

	// PluginSubscription
	listAllActiveSubscriptions: (ctx) => ctx.ok(subscriptionsOf(ctx).map((s) => pluginView(ctx, s)), { kind: 'list' }),
	listSubscriptionsForWebsite: (ctx) => ctx.ok(subscriptionsOf(ctx).filter((s) => s.website_id === ctx.websiteId).map((s) => pluginView(ctx, s)), { kind: 'list' }),
	getSubscriptionDetails: (ctx) => ctx.ok(pluginView(ctx, subscription(ctx))),
	subscribeWebsiteToPlugin: (ctx) => {
		const pluginId = ctx.body.plugin_id as string;
		const key = `${ctx.websiteId}:${pluginId}`;
		if (ctx.store.pluginSubscriptions.has(key)) ctx.invalid('already subscribed');
		ctx.store.pluginSubscriptions.set(key, { plugin_id: pluginId, website_id: ctx.websiteId, token: ctx.store.hex(32), settings: {}, since: ctx.store.clock.now() });
		ctx.store.emit(ctx.websiteId, 'plugin:subscription:updated', { website_id: ctx.websiteId, plugin_id: pluginId, subscribed: true });
		return ctx.ok({});
	},
	unsubscribePluginFromWebsite: (ctx) => {
		const s = subscription(ctx);
		ctx.store.pluginSubscriptions.delete(`${ctx.websiteId}:${s.plugin_id}`);
		ctx.store.emit(ctx.websiteId, 'plugin:subscription:updated', { website_id: ctx.websiteId, plugin_id: s.plugin_id, subscribed: false });
		return ctx.ok({});
	},
	getSubscriptionSettings: (ctx) => ctx.ok(settingsView(ctx, subscription(ctx))),
	saveSubscriptionSettings: (ctx) => saveSettings(ctx, false),
	updateSubscriptionSettings: (ctx) => saveSettings(ctx, true),
	getPluginUsageBills: (ctx) => {
		subscription(ctx);
		return ctx.ok([...ctx.site.collection('usageBills').values()].filter((u) => u.plugin_id === ctx.params.pluginID), { kind: 'list' });
	},
	reportPluginUsageToBill: (ctx) => {
		subscription(ctx);
		const id = ctx.store.uuid();
		ctx.site.collection('usageBills').set(id, { ...ctx.body, plugin_id: ctx.params.pluginID, reported_at: ctx.store.clock.now() });
		return ctx.ok({});
	},
	getPluginAttestProvenance: (ctx) => {
		subscription(ctx);
		return ctx.ok({ website_id: ctx.websiteId, plugin_id: ctx.params.pluginID, verified: true });
	},
	forwardPluginPayloadToChannel: (ctx) => {
		subscription(ctx);
		ctx.store.emit(ctx.websiteId, 'plugin:channel', { website_id: ctx.websiteId, plugin_id: ctx.params.pluginID, ...ctx.body });
		return ctx.ok({});
	},
	dispatchPluginEvent: (ctx) => {
		subscription(ctx);
		ctx.store.emit(ctx.websiteId, 'plugin:event', { website_id: ctx.websiteId, plugin_id: ctx.params.pluginID, ...ctx.body });
		return ctx.ok({});
	},
};

export const bucketHandlers: Record<string, Handler> = {
	// [I] the URL arrives later on the `bucket:url:upload:generated` event; the route only accepts.
	generateBucketURL: (ctx) => ctx.ok({}),
	listAnimationMedias: (ctx) =>
		ctx.paged(['thumbs-up', 'party', 'hello', 'thanks'].map((name, i) => ({ id: i + 1, name, type: 'image/gif', url: `https://media.crisp.example/animations/${name}.gif` }))),
};
