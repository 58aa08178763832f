/**
 * Sites (websites) and chatbots: `GET /sites`, `/sites/{id}`, `/sites/{id}/chatbot`,
 * `/sites/chatbots` [3P-ref], `/sites/{id}/chatbot/triggers` [C-doc].
 * `POST /sites` and `PATCH /sites/{id}` are [I]: the reference lists only GET for sites; the issue asks
 * for create/update, so they are implemented tolerantly (unknown keys ignored).
 */
import type { CliengoStore } from '../store';
import { buildChatbot, buildSite } from '../factory';
import { CliengoHttpError, EMAIL_RE, LIST_QUERY, objectBody, ok, page, readPaging, type CliengoRoute, type RouteEnv } from '../shared';
import type { Site } from '../types';

export const SITE_WRITE_KEYS = ['title', 'url', 'email', 'enableChat'];

export function siteRoutes(env: RouteEnv): Array<CliengoRoute<CliengoStore>> {
	const bad = (message: string) => new CliengoHttpError(400, env.errorBody(message, 400));
	const find = (store: CliengoStore, id: string): Site => {
		const site = store.site(id);
		if (!site) throw new CliengoHttpError(404, env.errorBody('Website not found', 404));
		return site;
	};
	const readFields = (body: Record<string, unknown>): Partial<Site> => {
		const out: Partial<Site> = {};
		for (const key of ['title', 'url', 'email'] as const) {
			const value = body[key];
			if (value === undefined) continue;
			if (value !== null && typeof value !== 'string') throw bad(`${key} must be a string`);
			(out as Record<string, unknown>)[key] = value;
		}
		if (out.url !== undefined && (out.url === null || !/^https?:\/\/\S+$/i.test(out.url))) throw bad('url must be an http(s) URL');
		if (out.email && !EMAIL_RE.test(out.email)) throw bad('Invalid email');
		if (body.enableChat !== undefined) {
			if (typeof body.enableChat !== 'boolean') throw bad('enableChat must be a boolean');
			out.enableChat = body.enableChat;
		}
		return out;
	};

	return [
		{
			method: 'GET',
			path: '/1.0/sites',
			name: 'sites.list',
			query: LIST_QUERY,
			handler: (req, store) => page(store.sites.filter((s) => !s.deleted), readPaging(req, env.paging), env.listKey('sites')),
		},
		{
			method: 'POST',
			path: '/1.0/sites',
			name: 'sites.create',
			body: SITE_WRITE_KEYS,
			handler: (req, store) => {
				const fields = readFields(objectBody(req, env.errorBody));
				if (!fields.title) throw bad('title is required');
				if (!fields.url) throw bad('url is required');
				const site = buildSite(store, { ...fields, title: fields.title, url: fields.url });
				store.sites.push(site);
				store.chatbots.set(site.id, buildChatbot(store, site, `${site.title} bot`));
				store.triggers.set(site.id, []);
				return ok(site, 201);
			},
		},
		// Registered before /sites/:siteId so that "chatbots" is not read as an id.
		{
			method: 'GET',
			path: '/1.0/sites/chatbots',
			name: 'sites.chatbots',
			query: LIST_QUERY,
			handler: (req, store) => {
				const bots = store.sites.filter((s) => !s.deleted).map((s) => store.chatbots.get(s.id)).filter((b) => b !== undefined);
				return page(bots, readPaging(req, env.paging), env.listKey('chatbots'));
			},
		},
		{
			method: 'GET',
			path: '/1.0/sites/:siteId',
			name: 'sites.get',
			handler: (req, store) => ok(find(store, req.params.siteId)),
		},
		{
			method: 'PATCH',
			path: '/1.0/sites/:siteId',
			name: 'sites.update',
			body: SITE_WRITE_KEYS,
			handler: (req, store) => {
				const site = find(store, req.params.siteId);
				Object.assign(site, readFields(objectBody(req, env.errorBody)));
				for (const contact of store.contacts.values()) if (contact.websiteId === site.id) contact.websiteName = site.title;
				return ok(site);
			},
		},
		{
			method: 'GET',
			path: '/1.0/sites/:siteId/chatbot',
			name: 'sites.chatbot',
			handler: (req, store) => {
				const site = find(store, req.params.siteId);
				const bot = store.chatbots.get(site.id);
				if (!bot) throw new CliengoHttpError(404, env.errorBody('Chatbot not found', 404));
				return ok(bot);
			},
		},
		{
			method: 'GET',
			path: '/1.0/sites/:siteId/chatbot/triggers',
			name: 'sites.chatbot.triggers',
			handler: (req, store) => ok(store.triggers.get(find(store, req.params.siteId).id) ?? []),
		},
	];
}
