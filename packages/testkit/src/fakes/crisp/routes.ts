/**
 * The route table: all 229 REST methods of Crisp's official Node client crisp-api@11.3.0, as listed
 * in `shared/api/crisp.md` Appendix A (number, client file, method, path, client method), with the
 * query parameters and body shape each one sends [C-client `lib/resources/*.ts`; field names of
 * bodies the client passes through untyped, and of operators, from the Go client's json tags].
 *
 * Paths keep Appendix A's parameter names (`{websiteID}`); `{path*}` is a helpdesk tree path, which
 * the client joins into the URL unencoded, so it may span several segments.
 */
import { S, type QueryKind, type Schema } from './schema';
import type { SuccessKind } from './fixtures';

export type CrispMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE' | 'HEAD';

export interface CrispRouteSpec {
	/** Row number in Appendix A. */
	n: number;
	/** Client resource file (`WebsiteConversation`, …). */
	file: string;
	method: CrispMethod;
	/** Path as in Appendix A, e.g. `/v1/website/{websiteID}/conversation/{sessionID}`. */
	path: string;
	/** Client method name (`sendMessageInConversation`, …). */
	client: string;
	/** Accepted query parameters and their kinds; anything else is a violation. */
	query?: Record<string, QueryKind>;
	/** Query parameters that must be present. */
	requiredQuery?: readonly string[];
	/**
	 * Body: undefined = none (GET, HEAD, DELETE without body); 'empty' = the client's `null` body,
	 * which it sends as `{}` (POST/PATCH/PUT); else a schema.
	 */
	body?: Schema | 'empty';
	/** Success reason kind when the method alone does not tell (default from the method). */
	kind?: SuccessKind;
}

// ---------------------------------------------------------------------------- shared shapes

const str = S.str;
const strs = S.arr(S.str);
const scalar = S.oneOf(S.str, S.num, S.bool);
const coordinates = S.obj({ latitude: S.num, longitude: S.num });
const geolocation = S.obj({ country: str, region: str, city: str, coordinates });
/** `{type, user_id, nickname, avatar}` [C-client ConversationMessageUser]. */
const messageUser = S.obj({ type: str, user_id: str, nickname: str, avatar: str });
const verify = S.obj({ method: str, secret: str }, ['method', 'secret']);
/** A filter item `{model, criterion, operator, query}` [C-client WebsiteFilter, C-go PeopleFilter]. */
const filterItem = S.obj({ model: str, criterion: str, operator: str, query: S.any });

const messageBase: Record<string, Schema> = {
	type: str,
	from: S.enum('user', 'operator'),
	origin: str,
	fingerprint: S.int,
	user: messageUser,
	references: S.arr(S.obj({ type: str, name: str, target: str })),
	original: S.obj({ original_id: str }),
	properties: S.map(scalar),
	timestamp: S.int,
	stealth: S.bool,
	translated: S.bool,
	automated: S.bool,
	mentions: strs,
};
const withContent = (content: Schema): Schema => S.obj({ ...messageBase, content }, ['type', 'from', 'origin', 'content']);
const pickerChoice = S.obj({ value: str, icon: str, label: str, selected: S.bool, action: S.obj({ type: str, target: str }) }, ['value', 'label']);

/** Message contents per type [C-client Conversation*MessageContent, C-go message content structs]. */
export const MESSAGE_CONTENT: Record<string, Schema> = {
	text: str,
	note: str,
	file: S.obj({ name: str, url: str, type: str }, ['name', 'url', 'type']),
	animation: S.obj({ url: str, type: str }, ['url', 'type']),
	audio: S.obj({ url: str, type: str, duration: S.num }, ['url', 'type']),
	picker: S.obj({ id: str, text: str, choices: S.arr(pickerChoice), required: S.bool }, ['id', 'text', 'choices']),
	field: S.obj({ id: str, text: str, explain: str, value: str, required: S.bool }, ['id', 'text', 'explain']),
	carousel: S.obj(
		{ text: str, targets: S.arr(S.obj({ title: str, description: str, image: str, actions: S.arr(S.obj({ label: str, url: str }, ['label', 'url'])) }, ['title', 'description', 'actions'])) },
		['text', 'targets'],
	),
	event: S.obj({ namespace: str, text: str }, ['namespace']),
};

/** sendMessageInConversation body, by `type` [C-client ConversationMessageNew]. */
export const MESSAGE_NEW = S.tagged('type', Object.fromEntries(Object.entries(MESSAGE_CONTENT).map(([type, content]) => [type, withContent(content)])));

const metaUpdate = S.obj({
	nickname: str,
	email: str,
	phone: str,
	address: str,
	subject: str,
	avatar: str,
	ip: str,
	data: S.map(scalar),
	segments: strs,
	origin: str,
	device: S.anyObj,
	connection: S.obj({ isp: str, asn: str }),
});

const person = S.obj({
	nickname: str,
	avatar: str,
	gender: str,
	phone: str,
	address: str,
	description: str,
	website: str,
	timezone: S.int,
	profiles: S.arr(S.obj({ type: str, handle: str, url: str })),
	employment: S.obj({ name: str, domain: str, title: str, role: str, seniority: str }),
	geolocation,
	locales: strs,
});
const company = S.obj({
	name: str,
	legal_name: str,
	domain: str,
	url: str,
	description: str,
	timezone: S.int,
	phones: strs,
	emails: strs,
	geolocation,
	metrics: S.obj({ employees: S.num, market_cap: S.num, raised: S.num, arr: S.num }),
	tags: strs,
});
/** PeopleProfileUpdateCard [C-client, C-go]: `active` is a timestamp number on writes. */
const profileCard = S.obj({ email: str, person, company, segments: strs, notepad: str, active: S.int });
const profileNew = S.obj({ email: str, person, company, segments: strs, notepad: str, active: S.int }, ['email']);

const readMark = S.obj({ from: S.enum('user', 'operator'), origin: str, fingerprints: S.arr(S.int) }, ['from', 'origin', 'fingerprints']);
const batchSessions = S.obj({ inbox_id: str, sessions: strs });
const batchPeople = S.obj({ profiles: strs, search: str });
const inboxProps: Record<string, Schema> = {
	name: str,
	emoji: str,
	order: S.int,
	operators: strs,
	teams: strs,
	team_operators: strs,
	conditions: S.arr(S.obj({ model: str, criterion: str, operator: S.enum('eq', 'neq', 'gte', 'lte', 'gt', 'lt'), query: strs })),
	operator: str,
};
const teamProps: Record<string, Schema> = { name: str, emoji: str, operators: strs };
const websiteSettings = S.obj({
	website_id: str,
	name: str,
	domain: str,
	domain_alternates: strs,
	logo: str,
	audit: S.anyObj,
	contact: S.anyObj,
	inbox: S.anyObj,
	emails: S.anyObj,
	chatbox: S.anyObj,
});
const campaign = S.obj(
	{
		type: str,
		format: str,
		name: str,
		subject: str,
		tag: str,
		sender: S.obj({ user_id: str }),
		recipients: S.obj({ type: str, segments: strs, people: strs, filter: S.arr(filterItem) }),
		flow: S.anyObj,
		message: str,
		options: S.anyObj,
	},
	[],
	false,
);
const template = S.obj({ type: str, name: str, format: str, content: str });
const treeMetadata = S.obj({
	format: str,
	title: str,
	description: str,
	state: S.obj({ published: S.bool, hidden: S.bool, featured: S.bool }),
	author: S.obj({ user_id: str }),
	color: str,
	image: str,
});

// --------------------------------------------------------------------------------- queries

const CONVERSATION_LIST_QUERY: Record<string, QueryKind> = {
	per_page: 'int',
	search_query: 'str',
	search_type: ['text', 'segment', 'filter'],
	search_operator: ['and', 'or'],
	include_empty: 'flag',
	filter_inbox_id: 'str',
	filter_unread: 'flag',
	filter_resolved: 'flag',
	filter_not_resolved: 'flag',
	filter_mention: 'flag',
	filter_assigned: 'str',
	filter_unassigned: 'flag',
	filter_date_start: 'iso',
	filter_date_end: 'iso',
	order_date_created: 'flag',
	order_date_updated: 'flag',
	order_date_waiting: 'flag',
};
const PEOPLE_LIST_QUERY: Record<string, QueryKind> = {
	per_page: 'int',
	sort_field: 'str',
	sort_order: ['ascending', 'descending'],
	search_operator: ['and', 'or'],
	search_filter: 'json',
	search_text: 'str',
	filter_date_start: 'iso',
	filter_date_end: 'iso',
};
const DATE_RANGE: Record<string, QueryKind> = { filter_date_start: 'iso', filter_date_end: 'iso' };
const CONNECT_QUERY: Record<string, QueryKind> = { filter_configured: 'flag', include_plan: 'flag' };

// ----------------------------------------------------------------------------------- table

type Extra = Omit<CrispRouteSpec, 'n' | 'file' | 'method' | 'path' | 'client'>;
const r = (n: number, file: string, method: CrispMethod, path: string, client: string, extra: Extra = {}): CrispRouteSpec => ({ n, file, method, path, client, ...extra });

const W = '/v1/website/{websiteID}';
const C = `${W}/conversation/{sessionID}`;
const H = `${W}/helpdesk`;

export const CRISP_ROUTES: readonly CrispRouteSpec[] = [
	r(1, 'BucketURL', 'POST', '/v1/bucket/url/generate', 'generateBucketURL', {
		body: S.obj({ namespace: str, id: str, file: S.obj({ name: str, type: str }), resource: S.obj({ type: str, id: str }) }, ['namespace']),
	}),
	r(2, 'MediaAnimation', 'GET', '/v1/media/animation/list/{pageNumber}', 'listAnimationMedias', { query: { list_id: 'str', search_query: 'str' } }),
	r(3, 'PlanSubscription', 'GET', '/v1/plans/subscription', 'listAllActiveSubscriptions'),
	r(4, 'PlanSubscription', 'GET', '/v1/plans/subscription/{websiteID}', 'getPlanSubscriptionForWebsite'),
	r(5, 'PlanSubscription', 'POST', '/v1/plans/subscription/{websiteID}', 'subscribeWebsiteToPlan', { body: S.obj({ plan_id: str }, ['plan_id']) }),
	r(6, 'PlanSubscription', 'DELETE', '/v1/plans/subscription/{websiteID}', 'unsubscribePlanFromWebsite'),
	r(7, 'PlanSubscription', 'PATCH', '/v1/plans/subscription/{websiteID}/bill/period', 'changeBillPeriodForWebsitePlanSubscription', { body: S.obj({ period: S.enum('monthly', 'yearly') }, ['period']) }),
	r(8, 'PlanSubscription', 'GET', '/v1/plans/subscription/{websiteID}/coupon', 'checkCouponAvailabilityForWebsitePlanSubscription', { query: { code: 'str' }, requiredQuery: ['code'] }),
	r(9, 'PlanSubscription', 'PATCH', '/v1/plans/subscription/{websiteID}/coupon', 'redeemCouponForWebsitePlanSubscription', { body: S.obj({ code: str }, ['code']) }),
	r(10, 'PluginConnect', 'GET', '/v1/plugin/connect/account', 'getConnectAccount'),
	r(11, 'PluginConnect', 'HEAD', '/v1/plugin/connect/session', 'checkConnectSessionValidity'),
	r(12, 'PluginConnect', 'GET', '/v1/plugin/connect/websites/all/{pageNumber}', 'listAllConnectWebsites', { query: CONNECT_QUERY }),
	r(13, 'PluginConnect', 'GET', '/v1/plugin/connect/websites/since', 'listConnectWebsitesSince', { query: { ...CONNECT_QUERY, date_since: 'iso' }, kind: 'list' }),
	r(14, 'PluginConnect', 'GET', '/v1/plugin/connect/endpoints', 'getConnectEndpoints'),
	r(15, 'PluginSubscription', 'GET', '/v1/plugins/subscription', 'listAllActiveSubscriptions', { kind: 'list' }),
	r(16, 'PluginSubscription', 'GET', '/v1/plugins/subscription/{websiteID}', 'listSubscriptionsForWebsite', { kind: 'list' }),
	r(17, 'PluginSubscription', 'GET', '/v1/plugins/subscription/{websiteID}/{pluginID}', 'getSubscriptionDetails'),
	r(18, 'PluginSubscription', 'POST', '/v1/plugins/subscription/{websiteID}', 'subscribeWebsiteToPlugin', { body: S.obj({ plugin_id: str }, ['plugin_id']) }),
	r(19, 'PluginSubscription', 'DELETE', '/v1/plugins/subscription/{websiteID}/{pluginID}', 'unsubscribePluginFromWebsite'),
	r(20, 'PluginSubscription', 'GET', '/v1/plugins/subscription/{websiteID}/{pluginID}/settings', 'getSubscriptionSettings'),
	r(21, 'PluginSubscription', 'PUT', '/v1/plugins/subscription/{websiteID}/{pluginID}/settings', 'saveSubscriptionSettings', { body: S.anyObj }),
	r(22, 'PluginSubscription', 'PATCH', '/v1/plugins/subscription/{websiteID}/{pluginID}/settings', 'updateSubscriptionSettings', { body: S.anyObj }),
	r(23, 'PluginSubscription', 'GET', '/v1/plugins/subscription/{websiteID}/{pluginID}/bill/usage', 'getPluginUsageBills', { kind: 'list' }),
	r(24, 'PluginSubscription', 'POST', '/v1/plugins/subscription/{websiteID}/{pluginID}/bill/usage', 'reportPluginUsageToBill', { body: S.anyObj }),
	r(25, 'PluginSubscription', 'GET', '/v1/plugins/subscription/{websiteID}/{pluginID}/attest/provenance', 'getPluginAttestProvenance'),
	r(26, 'PluginSubscription', 'POST', '/v1/plugins/subscription/{websiteID}/{pluginID}/channel', 'forwardPluginPayloadToChannel', {
		body: S.obj({ namespace: str, identifier: str, payload: S.any }),
		kind: 'dispatch',
	}),
	r(27, 'PluginSubscription', 'POST', '/v1/plugins/subscription/{websiteID}/{pluginID}/event', 'dispatchPluginEvent', { body: S.obj({ name: str, data: S.any }, ['name']), kind: 'dispatch' }),
	r(28, 'WebsiteAnalytics', 'POST', `${W}/analytics/generate`, 'generateAnalytics', { body: S.anyObj, kind: 'get' }),
	r(29, 'WebsiteAvailability', 'GET', `${W}/availability/status`, 'getWebsiteAvailabilityStatus'),
	r(30, 'WebsiteAvailability', 'GET', `${W}/availability/operators`, 'listWebsiteOperatorAvailabilities', { kind: 'list' }),
	r(31, 'WebsiteBase', 'HEAD', '/v1/website', 'checkWebsiteExists', { query: { domain: 'str' }, requiredQuery: ['domain'] }),
	r(32, 'WebsiteBase', 'POST', '/v1/website', 'createWebsite', { body: S.obj({ name: str, domain: str }, ['name', 'domain']) }),
	r(33, 'WebsiteBase', 'GET', W, 'getWebsite'),
	r(34, 'WebsiteBase', 'DELETE', W, 'deleteWebsite', { body: S.obj({ verify }, ['verify']) }),
	r(35, 'WebsiteBase', 'DELETE', `${W}/expunge`, 'abortWebsiteDeletion'),
	r(36, 'WebsiteBatch', 'PATCH', `${W}/batch/resolve`, 'batchResolveConversations', { body: batchSessions }),
	r(37, 'WebsiteBatch', 'PATCH', `${W}/batch/unresolve`, 'batchUnresolveConversations', { body: batchSessions }),
	r(38, 'WebsiteBatch', 'PATCH', `${W}/batch/read`, 'batchReadConversations', { body: batchSessions }),
	r(39, 'WebsiteBatch', 'PATCH', `${W}/batch/unread`, 'batchUnreadConversations', { body: batchSessions }),
	r(40, 'WebsiteBatch', 'PATCH', `${W}/batch/remove`, 'batchRemoveConversations', { body: batchSessions, kind: 'delete' }),
	r(41, 'WebsiteBatch', 'PATCH', `${W}/batch/remove`, 'batchRemovePeople', { body: S.obj({ people: batchPeople }, ['people']), kind: 'delete' }),
	r(42, 'WebsiteBatch', 'POST', `${W}/batch/report`, 'batchReportConversations', { body: S.obj({ sessions: strs, flag: str }, ['sessions', 'flag']), kind: 'update' }),
	r(43, 'WebsiteBatch', 'PATCH', `${W}/batch/block`, 'batchBlockConversations', { body: S.obj({ sessions: strs, blocked: S.bool }, ['sessions', 'blocked']) }),
	r(44, 'WebsiteBatch', 'PATCH', `${W}/batch/routing`, 'batchRoutingConversations', { body: S.obj({ sessions: strs, assigned: S.nullable(S.obj({ user_id: str }, ['user_id'])) }, ['sessions', 'assigned']) }),
	r(45, 'WebsiteBatch', 'PATCH', `${W}/batch/inbox`, 'batchInboxConversations', { body: S.obj({ sessions: strs, inbox_id: S.nullable(str) }, ['sessions', 'inbox_id']) }),
	r(46, 'WebsiteBatch', 'PATCH', `${W}/batch/data`, 'batchUpdateConversationsData', { body: S.obj({ sessions: strs, data: S.map(scalar) }, ['sessions', 'data']) }),
	r(47, 'WebsiteBatch', 'PATCH', `${W}/batch/data`, 'batchUpdatePeopleData', { body: S.obj({ people: batchPeople, data: S.map(scalar) }, ['people', 'data']) }),
	r(48, 'WebsiteBatch', 'PATCH', `${W}/batch/segments`, 'batchUpdateConversationsSegments', { body: S.obj({ sessions: strs, segments: strs }, ['sessions', 'segments']) }),
	r(49, 'WebsiteBatch', 'PATCH', `${W}/batch/segments`, 'batchUpdatePeopleSegments', { body: S.obj({ people: batchPeople, segments: strs }, ['people', 'segments']) }),
	r(50, 'WebsiteCampaign', 'GET', `${W}/campaigns/list/{pageNumber}`, 'listCampaigns'),
	r(51, 'WebsiteCampaign', 'GET', `${W}/campaigns/tags`, 'listCampaignTags', { kind: 'list' }),
	r(52, 'WebsiteCampaign', 'GET', `${W}/campaigns/templates/{pageNumber}`, 'listCampaignTemplates'),
	r(53, 'WebsiteCampaign', 'POST', `${W}/campaigns/template`, 'createNewCampaignTemplate', { body: S.obj({ format: str, name: str }, ['format', 'name']) }),
	r(54, 'WebsiteCampaign', 'HEAD', `${W}/campaigns/template/{templateID}`, 'checkCampaignTemplateExists'),
	r(55, 'WebsiteCampaign', 'GET', `${W}/campaigns/template/{templateID}`, 'getCampaignTemplate'),
	r(56, 'WebsiteCampaign', 'PUT', `${W}/campaigns/template/{templateID}`, 'saveCampaignTemplate', { body: template }),
	r(57, 'WebsiteCampaign', 'PATCH', `${W}/campaigns/template/{templateID}`, 'updateCampaignTemplate', { body: template }),
	r(58, 'WebsiteCampaign', 'DELETE', `${W}/campaigns/template/{templateID}`, 'removeCampaignTemplate'),
	r(59, 'WebsiteCampaign', 'POST', `${W}/campaign`, 'createNewCampaign', { body: S.obj({ type: str, name: str }, ['type', 'name']) }),
	r(60, 'WebsiteCampaign', 'HEAD', `${W}/campaign/{campaignID}`, 'checkCampaignExists'),
	r(61, 'WebsiteCampaign', 'GET', `${W}/campaign/{campaignID}`, 'getCampaign'),
	r(62, 'WebsiteCampaign', 'PUT', `${W}/campaign/{campaignID}`, 'saveCampaign', { body: campaign }),
	r(63, 'WebsiteCampaign', 'PATCH', `${W}/campaign/{campaignID}`, 'updateCampaign', { body: campaign }),
	r(64, 'WebsiteCampaign', 'DELETE', `${W}/campaign/{campaignID}`, 'removeCampaign'),
	r(65, 'WebsiteCampaign', 'POST', `${W}/campaign/{campaignID}/dispatch`, 'dispatchCampaign', { body: 'empty', kind: 'dispatch' }),
	r(66, 'WebsiteCampaign', 'POST', `${W}/campaign/{campaignID}/resume`, 'resumeCampaign', { body: 'empty', kind: 'update' }),
	r(67, 'WebsiteCampaign', 'POST', `${W}/campaign/{campaignID}/pause`, 'pauseCampaign', { body: 'empty', kind: 'update' }),
	r(68, 'WebsiteCampaign', 'POST', `${W}/campaign/{campaignID}/test`, 'testCampaign', { body: 'empty', kind: 'dispatch' }),
	r(69, 'WebsiteCampaign', 'GET', `${W}/campaign/{campaignID}/recipients/{pageNumber}`, 'listCampaignRecipients'),
	r(70, 'WebsiteCampaign', 'GET', `${W}/campaign/{campaignID}/statistics/{action}/{pageNumber}`, 'listCampaignStatistics'),
	r(71, 'WebsiteConnect', 'GET', `${W}/connect/endpoints`, 'getConnectEndpoints'),
	r(72, 'WebsiteConversation', 'GET', `${W}/conversations/{pageNumber}`, 'listConversations', { query: CONVERSATION_LIST_QUERY }),
	r(73, 'WebsiteConversation', 'GET', `${W}/conversations/suggest/segments/{pageNumber}`, 'listSuggestedConversationSegments'),
	r(74, 'WebsiteConversation', 'DELETE', `${W}/conversations/suggest/segment`, 'deleteSuggestedConversationSegment', { body: S.obj({ segment: str }, ['segment']) }),
	r(75, 'WebsiteConversation', 'GET', `${W}/conversations/suggest/data/{pageNumber}`, 'listSuggestedConversationDataKeys'),
	r(76, 'WebsiteConversation', 'DELETE', `${W}/conversations/suggest/data`, 'deleteSuggestedConversationDataKey', { body: S.obj({ key: str }, ['key']) }),
	r(77, 'WebsiteConversation', 'GET', `${W}/conversations/spams/{pageNumber}`, 'listSpamConversations'),
	r(78, 'WebsiteConversation', 'GET', `${W}/conversations/spam/{spamID}/content`, 'resolveSpamConversationContent'),
	r(79, 'WebsiteConversation', 'POST', `${W}/conversations/spam/{spamID}/decision`, 'submitSpamConversationDecision', { body: S.obj({ action: str }, ['action']), kind: 'update' }),
	r(80, 'WebsiteConversation', 'POST', `${W}/conversation`, 'createNewConversation', { body: 'empty' }),
	r(81, 'WebsiteConversation', 'HEAD', C, 'checkConversationExists'),
	r(82, 'WebsiteConversation', 'GET', C, 'getConversation'),
	r(83, 'WebsiteConversation', 'DELETE', C, 'removeConversation'),
	r(84, 'WebsiteConversation', 'POST', `${C}/initiate`, 'initiateConversationWithExistingSession', { body: 'empty', kind: 'update' }),
	r(85, 'WebsiteConversation', 'GET', `${C}/messages`, 'getMessagesInConversation', { query: { timestamp_before: 'ms', timestamp_after: 'ms', timestamp_around: 'ms' }, kind: 'list' }),
	r(86, 'WebsiteConversation', 'POST', `${C}/message`, 'sendMessageInConversation', { body: MESSAGE_NEW, kind: 'dispatch' }),
	r(87, 'WebsiteConversation', 'GET', `${C}/message/{fingerprint}`, 'getMessageInConversation'),
	r(88, 'WebsiteConversation', 'PATCH', `${C}/message/{fingerprint}`, 'updateMessageInConversation', { body: S.obj({ content: S.oneOf(S.str, S.anyObj) }, ['content']) }),
	r(89, 'WebsiteConversation', 'DELETE', `${C}/message/{fingerprint}`, 'removeMessageInConversation'),
	r(90, 'WebsiteConversation', 'PATCH', `${C}/compose`, 'composeMessageInConversation', {
		body: S.obj({ type: S.enum('start', 'stop'), from: S.enum('user', 'operator'), excerpt: str, stealth: S.bool, automated: S.bool }, ['type', 'from']),
	}),
	r(91, 'WebsiteConversation', 'PATCH', `${C}/read`, 'markMessagesReadInConversation', { body: readMark }),
	r(92, 'WebsiteConversation', 'PATCH', `${C}/unread`, 'markConversationAsUnread', { body: S.obj({ from: S.enum('user', 'operator') }, ['from']) }),
	r(93, 'WebsiteConversation', 'PATCH', `${C}/delivered`, 'markMessagesDeliveredInConversation', { body: readMark }),
	r(94, 'WebsiteConversation', 'PATCH', `${C}/open`, 'updateConversationOpenState', { body: S.obj({ opened: S.bool }, ['opened']) }),
	r(95, 'WebsiteConversation', 'GET', `${C}/routing`, 'getConversationRoutingAssign'),
	r(96, 'WebsiteConversation', 'PATCH', `${C}/routing`, 'assignConversationRouting', {
		body: S.obj({ assigned: S.nullable(S.obj({ user_id: S.nullable(str) })), silent: S.bool }, ['assigned']),
	}),
	r(97, 'WebsiteConversation', 'PATCH', `${C}/inbox`, 'updateConversationInbox', { body: S.obj({ inbox_id: S.nullable(str) }, ['inbox_id']) }),
	r(98, 'WebsiteConversation', 'GET', `${C}/meta`, 'getConversationMetas'),
	r(99, 'WebsiteConversation', 'PATCH', `${C}/meta`, 'updateConversationMetas', { body: metaUpdate }),
	r(100, 'WebsiteConversation', 'GET', `${C}/original/{originalID}`, 'getOriginalMessageInConversation'),
	r(101, 'WebsiteConversation', 'GET', `${C}/pages/{pageNumber}`, 'listConversationPages'),
	r(102, 'WebsiteConversation', 'GET', `${C}/events/{pageNumber}`, 'listConversationEvents'),
	r(103, 'WebsiteConversation', 'GET', `${C}/files/{pageNumber}`, 'listConversationFiles'),
	r(104, 'WebsiteConversation', 'GET', `${C}/state`, 'getConversationState'),
	r(105, 'WebsiteConversation', 'PATCH', `${C}/state`, 'changeConversationState', {
		body: S.obj({ state: S.enum('pending', 'unresolved', 'resolved'), user: messageUser, origin: str }, ['state']),
	}),
	r(106, 'WebsiteConversation', 'GET', `${C}/relations`, 'getConversationRelations'),
	r(107, 'WebsiteConversation', 'GET', `${C}/participants`, 'getConversationParticipants'),
	r(108, 'WebsiteConversation', 'PUT', `${C}/participants`, 'saveConversationParticipants', {
		body: S.obj({ participants: S.arr(S.obj({ type: str, target: str }, ['type', 'target'])), user: messageUser, origin: str }, ['participants']),
	}),
	r(109, 'WebsiteConversation', 'GET', `${C}/block`, 'getBlockStatusForConversation'),
	r(110, 'WebsiteConversation', 'PATCH', `${C}/block`, 'blockIncomingMessagesForConversation', { body: S.obj({ blocked: S.bool, user: messageUser, origin: str }, ['blocked']) }),
	r(111, 'WebsiteConversation', 'GET', `${C}/verify`, 'getVerifyStatusForConversation'),
	r(112, 'WebsiteConversation', 'PATCH', `${C}/verify`, 'updateVerifyStatusForConversation', { body: S.obj({ verified: S.bool }, ['verified']) }),
	r(113, 'WebsiteConversation', 'POST', `${C}/verify/identity`, 'requestIdentityVerificationForConversation', {
		body: S.obj({ identity: str, method: str, recipient: str }),
		kind: 'dispatch',
	}),
	r(114, 'WebsiteConversation', 'PUT', `${C}/verify/identity/link`, 'redeemIdentityVerificationLinkForConversation', { body: S.obj({ identity: str, token: str, recipient: str }) }),
	r(115, 'WebsiteConversation', 'POST', `${C}/transcript`, 'requestEmailTranscriptForConversation', { body: S.obj({ to: str, email: str }, ['to']), kind: 'dispatch' }),
	r(116, 'WebsiteConversation', 'POST', `${C}/purge`, 'requestChatboxBindingPurgeForConversation', { body: 'empty', kind: 'dispatch' }),
	r(117, 'WebsiteConversation', 'POST', `${C}/feedback`, 'requestUserFeedbackForConversation', { body: 'empty', kind: 'dispatch' }),
	r(118, 'WebsiteConversation', 'GET', `${C}/browsing`, 'listBrowsingSessionsForConversation', { kind: 'list' }),
	r(119, 'WebsiteConversation', 'POST', `${C}/browsing`, 'initiateBrowsingSessionForConversation', { body: 'empty', kind: 'dispatch' }),
	r(120, 'WebsiteConversation', 'PATCH', `${C}/browsing/{browsingID}`, 'sendActionToExistingBrowsingSession', { body: S.obj({ action: str }, ['action']) }),
	r(121, 'WebsiteConversation', 'PATCH', `${C}/browsing/{browsingID}/assist`, 'assistExistingBrowsingSession', { body: S.anyObj }),
	r(122, 'WebsiteConversation', 'POST', `${C}/call`, 'initiateNewCallSessionForConversation', { body: S.obj({ mode: str, user: messageUser, origin: str }, ['mode']) }),
	r(123, 'WebsiteConversation', 'GET', `${C}/call`, 'getOngoingCallSessionForConversation'),
	r(124, 'WebsiteConversation', 'DELETE', `${C}/call/{callID}`, 'abortOngoingCallSessionForConversation', { body: S.obj({ user: messageUser, origin: str }) }),
	r(125, 'WebsiteConversation', 'PATCH', `${C}/call/{callID}`, 'transmitSignalingOnOngoingCallSession', { body: S.anyObj }),
	r(126, 'WebsiteConversation', 'POST', `${C}/tool`, 'requestToolCallForConversation', { body: S.obj({ command: str, payload: S.anyObj }, ['command']), kind: 'dispatch' }),
	r(127, 'WebsiteConversation', 'POST', `${C}/widget/{pluginID}/button`, 'deliverWidgetButtonActionForConversation', {
		body: S.obj({ section_id: str, item_id: str, data: S.any, value: str }, ['section_id', 'item_id']),
		kind: 'dispatch',
	}),
	r(128, 'WebsiteConversation', 'POST', `${C}/widget/{pluginID}/data`, 'deliverWidgetDataFetchActionForConversation', {
		body: S.obj({ section_id: str, item_id: str, data: S.any }, ['section_id', 'item_id', 'data']),
		kind: 'dispatch',
	}),
	r(129, 'WebsiteConversation', 'POST', `${C}/widget/{pluginID}/data`, 'deliverWidgetDataEditActionForConversation', {
		body: S.obj({ section_id: str, item_id: str, value: str }, ['section_id', 'item_id', 'value']),
		kind: 'dispatch',
	}),
	r(130, 'WebsiteConversation', 'POST', `${C}/reminder`, 'scheduleReminderForConversation', { body: S.obj({ date: str, note: str, user: messageUser, origin: str }, ['date', 'note']) }),
	r(131, 'WebsiteConversation', 'POST', `${C}/report`, 'reportConversation', { body: S.obj({ flag: str }, ['flag']), kind: 'update' }),
	r(132, 'WebsiteHelpdesk', 'HEAD', H, 'checkHelpdeskExists'),
	r(133, 'WebsiteHelpdesk', 'GET', H, 'resolveHelpdesk'),
	r(134, 'WebsiteHelpdesk', 'POST', H, 'initializeHelpdesk', { body: S.obj({ name: str, domain_basic: str }, ['name', 'domain_basic']) }),
	r(135, 'WebsiteHelpdesk', 'DELETE', H, 'deleteHelpdesk', { body: S.obj({ verify }, ['verify']) }),
	r(136, 'WebsiteHelpdesk', 'GET', `${H}/locales/{pageNumber}`, 'listHelpdeskLocales'),
	r(137, 'WebsiteHelpdesk', 'POST', `${H}/locale`, 'addHelpdeskLocale', { body: S.obj({ locale: str }, ['locale']) }),
	r(138, 'WebsiteHelpdesk', 'HEAD', `${H}/locale/{locale}`, 'checkHelpdeskLocaleExists'),
	r(139, 'WebsiteHelpdesk', 'GET', `${H}/locale/{locale}`, 'resolveHelpdeskLocale'),
	r(140, 'WebsiteHelpdesk', 'DELETE', `${H}/locale/{locale}`, 'deleteHelpdeskLocale'),
	r(141, 'WebsiteHelpdesk', 'GET', `${H}/page/list/{locale}/{contentType}/{pageNumber}`, 'listHelpdeskPages'),
	r(142, 'WebsiteHelpdesk', 'GET', `${H}/page/entity/{locale}/{contentType}/{entityID}`, 'resolveHelpdeskPageEntity'),
	r(143, 'WebsiteHelpdesk', 'GET', `${H}/tree/list/{locale}/{contentType}/{pageNumber}`, 'listHelpdeskTree', {
		query: { sub_path: 'str', search_title: 'str', ...DATE_RANGE },
	}),
	r(144, 'WebsiteHelpdesk', 'POST', `${H}/tree/path/{locale}/{contentType}/{path*}`, 'createHelpdeskTreePath', { body: 'empty' }),
	r(145, 'WebsiteHelpdesk', 'GET', `${H}/tree/path/{locale}/{contentType}/{path*}`, 'resolveHelpdeskTreePath'),
	r(146, 'WebsiteHelpdesk', 'PATCH', `${H}/tree/path/{locale}/{contentType}/{path*}`, 'updateHelpdeskTreePath', {
		body: S.obj({ action: str, path: S.obj({ to: str }, ['to']), position: S.int }, ['action']),
	}),
	r(147, 'WebsiteHelpdesk', 'DELETE', `${H}/tree/path/{locale}/{contentType}/{path*}`, 'deleteHelpdeskTreePath'),
	r(148, 'WebsiteHelpdesk', 'GET', `${H}/tree/content/{locale}/{contentType}/{path*}`, 'resolveHelpdeskTreeContent'),
	r(149, 'WebsiteHelpdesk', 'PUT', `${H}/tree/content/{locale}/{contentType}/{path*}`, 'saveHelpdeskTreeContent', { body: S.obj({ content: str }, ['content']) }),
	r(150, 'WebsiteHelpdesk', 'GET', `${H}/tree/metadata/{locale}/{contentType}/{path*}`, 'resolveHelpdeskTreeMetadata'),
	r(151, 'WebsiteHelpdesk', 'PATCH', `${H}/tree/metadata/{locale}/{contentType}/{path*}`, 'updateHelpdeskTreeMetadata', { body: treeMetadata }),
	r(152, 'WebsiteHelpdesk', 'GET', `${H}/tree/page/{locale}/{contentType}/{path*}`, 'resolveHelpdeskTreePage'),
	r(153, 'WebsiteHelpdesk', 'GET', `${H}/history/changes/{pageNumber}`, 'listHelpdeskHistoryChanges', { query: { filter_locale: 'str', filter_type: 'str', filter_tree_path: 'str' } }),
	r(154, 'WebsiteHelpdesk', 'GET', `${H}/history/change/{changeId}`, 'resolveHelpdeskHistoryChange'),
	r(155, 'WebsiteHelpdesk', 'DELETE', `${H}/history/change/{changeId}`, 'cancelHelpdeskHistoryChange', { body: S.obj({ action: str }, ['action']) }),
	r(156, 'WebsiteHelpdesk', 'POST', `${H}/refresh/{locale}/{contentType}`, 'requestHelpdeskContentRefresh', { body: 'empty', kind: 'dispatch' }),
	r(157, 'WebsiteHelpdesk', 'GET', `${H}/feedback/ratings/{locale}/{contentType}`, 'mapHelpdeskLocaleFeedbackRatings', { query: DATE_RANGE }),
	r(158, 'WebsiteHelpdesk', 'GET', `${H}/feedback/list/{locale}/{contentType}/{pageNumber}`, 'listHelpdeskLocaleFeedbacks', { query: DATE_RANGE }),
	r(159, 'WebsiteHelpdesk', 'POST', `${H}/import/{locale}/{contentType}`, 'importExternalHelpdeskToLocale', {
		body: S.obj({ helpdesk_url: str, detect_locales: S.bool, other_locales: strs }, ['helpdesk_url']),
		kind: 'dispatch',
	}),
	r(160, 'WebsiteHelpdesk', 'POST', `${H}/export/{locale}/{contentType}`, 'exportHelpdeskLocaleArticles', { body: 'empty', kind: 'dispatch' }),
	r(161, 'WebsiteHelpdesk', 'GET', `${H}/redirections/{pageNumber}`, 'listHelpdeskRedirections'),
	r(162, 'WebsiteHelpdesk', 'POST', `${H}/redirection`, 'addHelpdeskRedirection', { body: S.obj({ path: str, target: str }, ['path', 'target']) }),
	r(163, 'WebsiteHelpdesk', 'HEAD', `${H}/redirection/{redirectionId}`, 'checkHelpdeskRedirectionExists'),
	r(164, 'WebsiteHelpdesk', 'GET', `${H}/redirection/{redirectionId}`, 'resolveHelpdeskRedirection'),
	r(165, 'WebsiteHelpdesk', 'DELETE', `${H}/redirection/{redirectionId}`, 'deleteHelpdeskRedirection'),
	r(166, 'WebsiteHelpdesk', 'GET', `${H}/settings`, 'resolveHelpdeskSettings'),
	r(167, 'WebsiteHelpdesk', 'PATCH', `${H}/settings`, 'saveHelpdeskSettings', {
		body: S.obj({ name: str, appearance: S.anyObj, localization: S.anyObj, section: S.anyObj, behavior: S.anyObj, service: S.anyObj, include: S.anyObj, access: S.anyObj }),
	}),
	r(168, 'WebsiteHelpdesk', 'GET', `${H}/domain`, 'resolveHelpdeskDomain'),
	r(169, 'WebsiteHelpdesk', 'PATCH', `${H}/domain`, 'requestHelpdeskDomainChange', { body: S.obj({ basic: str, custom: str }) }),
	r(170, 'WebsiteHelpdesk', 'GET', `${H}/domain/setup`, 'generateHelpdeskDomainSetupFlow', { query: { custom: 'str' } }),
	r(171, 'WebsiteInbox', 'GET', `${W}/inboxes/list/{pageNumber}`, 'listInboxes'),
	r(172, 'WebsiteInbox', 'PATCH', `${W}/inboxes/batch/order`, 'batchOrderInboxes', {
		body: S.obj({ orders: S.arr(S.obj({ inbox_id: str, order: S.int }, ['inbox_id', 'order'])) }, ['orders']),
	}),
	r(173, 'WebsiteInbox', 'POST', `${W}/inbox`, 'createNewInbox', { body: S.obj(inboxProps, ['name']) }),
	r(174, 'WebsiteInbox', 'HEAD', `${W}/inbox/{inboxID}`, 'checkInboxExists'),
	r(175, 'WebsiteInbox', 'GET', `${W}/inbox/{inboxID}`, 'getInbox'),
	r(176, 'WebsiteInbox', 'PUT', `${W}/inbox/{inboxID}`, 'saveInbox', { body: S.obj(inboxProps) }),
	r(177, 'WebsiteInbox', 'DELETE', `${W}/inbox/{inboxID}`, 'deleteInbox'),
	r(178, 'WebsiteOperator', 'GET', `${W}/operators/list`, 'listWebsiteOperators', { kind: 'list' }),
	r(179, 'WebsiteOperator', 'GET', `${W}/operators/active`, 'listLastActiveWebsiteOperators', { kind: 'list' }),
	r(180, 'WebsiteOperator', 'DELETE', `${W}/operators/active`, 'flushLastActiveWebsiteOperators'),
	r(181, 'WebsiteOperator', 'POST', `${W}/operators/email`, 'sendEmailToWebsiteOperators', {
		body: S.obj({ recipient: str, user_id: str, subject: str, message: str, target: S.obj({ label: str, url: str }) }, ['subject', 'message']),
		kind: 'dispatch',
	}),
	r(182, 'WebsiteOperator', 'GET', `${W}/operator/{userID}`, 'getWebsiteOperator'),
	r(183, 'WebsiteOperator', 'POST', `${W}/operator`, 'inviteWebsiteOperator', { body: S.obj({ email: str, role: S.enum('owner', 'member'), verify }, ['email', 'role']) }),
	r(184, 'WebsiteOperator', 'PATCH', `${W}/operator/{userID}`, 'changeOperatorMembership', { body: S.obj({ role: S.enum('owner', 'member'), title: str }) }),
	r(185, 'WebsiteOperator', 'DELETE', `${W}/operator/{userID}`, 'unlinkOperatorFromWebsite'),
	r(186, 'WebsitePeople', 'GET', `${W}/people/stats`, 'getPeopleStatistics'),
	r(187, 'WebsitePeople', 'GET', `${W}/people/suggest/segments/{pageNumber}`, 'listSuggestedPeopleSegments'),
	r(188, 'WebsitePeople', 'DELETE', `${W}/people/suggest/segment`, 'deleteSuggestedPeopleSegment', { body: S.obj({ segment: str }, ['segment']) }),
	r(189, 'WebsitePeople', 'GET', `${W}/people/suggest/data/{pageNumber}`, 'listSuggestedPeopleDataKeys'),
	r(190, 'WebsitePeople', 'DELETE', `${W}/people/suggest/data`, 'deleteSuggestedPeopleDataKey', { body: S.obj({ key: str }, ['key']) }),
	r(191, 'WebsitePeople', 'GET', `${W}/people/suggest/events/{pageNumber}`, 'listSuggestedPeopleEvents'),
	r(192, 'WebsitePeople', 'DELETE', `${W}/people/suggest/event`, 'deleteSuggestedPeopleEvent', { body: S.obj({ text: str }, ['text']) }),
	r(193, 'WebsitePeople', 'GET', `${W}/people/profiles/{pageNumber}`, 'listPeopleProfiles', { query: PEOPLE_LIST_QUERY }),
	r(194, 'WebsitePeople', 'POST', `${W}/people/profile`, 'addNewPeopleProfile', { body: profileNew }),
	r(195, 'WebsitePeople', 'HEAD', `${W}/people/profile/{peopleID}`, 'checkPeopleProfileExists'),
	r(196, 'WebsitePeople', 'GET', `${W}/people/profile/{peopleID}`, 'getPeopleProfile'),
	r(197, 'WebsitePeople', 'PUT', `${W}/people/profile/{peopleID}`, 'savePeopleProfile', { body: profileCard }),
	r(198, 'WebsitePeople', 'PATCH', `${W}/people/profile/{peopleID}`, 'updatePeopleProfile', { body: profileCard }),
	r(199, 'WebsitePeople', 'DELETE', `${W}/people/profile/{peopleID}`, 'removePeopleProfile'),
	r(200, 'WebsitePeople', 'GET', `${W}/people/conversations/{peopleID}/list/{pageNumber}`, 'listPeopleConversations'),
	r(201, 'WebsitePeople', 'GET', `${W}/people/campaigns/{peopleID}/list/{pageNumber}`, 'listPeopleCampaigns'),
	r(202, 'WebsitePeople', 'POST', `${W}/people/events/{peopleID}`, 'addPeopleEvent', { body: S.obj({ text: str, data: S.anyObj, color: str }, ['text']) }),
	r(203, 'WebsitePeople', 'GET', `${W}/people/events/{peopleID}/list/{pageNumber}`, 'listPeopleEvents'),
	r(204, 'WebsitePeople', 'GET', `${W}/people/data/{peopleID}`, 'getPeopleData'),
	r(205, 'WebsitePeople', 'PUT', `${W}/people/data/{peopleID}`, 'savePeopleData', { body: S.obj({ data: S.map(scalar) }, ['data']) }),
	r(206, 'WebsitePeople', 'PATCH', `${W}/people/data/{peopleID}`, 'updatePeopleData', { body: S.obj({ data: S.map(scalar) }, ['data']) }),
	r(207, 'WebsitePeople', 'GET', `${W}/people/subscription/{peopleID}`, 'getPeopleSubscriptionStatus'),
	r(208, 'WebsitePeople', 'PATCH', `${W}/people/subscription/{peopleID}`, 'updatePeopleSubscriptionStatus', { body: S.obj({ email: S.bool }, ['email']) }),
	r(209, 'WebsitePeople', 'POST', `${W}/people/export/profiles`, 'exportPeopleProfiles', { body: 'empty', kind: 'dispatch' }),
	r(210, 'WebsitePeople', 'POST', `${W}/people/import/profiles`, 'importPeopleProfiles', {
		body: S.obj({ url: str, mapping: S.arr(S.obj({ column: S.int, field: str })), options: S.obj({ column_separator: str, skip_header: S.bool }) }, ['url']),
		kind: 'dispatch',
	}),
	r(211, 'WebsiteSettings', 'GET', `${W}/settings`, 'getWebsiteSettings'),
	r(212, 'WebsiteSettings', 'PATCH', `${W}/settings`, 'updateWebsiteSettings', { body: websiteSettings }),
	r(213, 'WebsiteTeams', 'GET', `${W}/teams/list/{pageNumber}`, 'listTeams'),
	r(214, 'WebsiteTeams', 'POST', `${W}/team`, 'createNewTeam', { body: S.obj(teamProps, ['name']) }),
	r(215, 'WebsiteTeams', 'HEAD', `${W}/team/{teamID}`, 'checkTeamExists'),
	r(216, 'WebsiteTeams', 'GET', `${W}/team/{teamID}`, 'getTeam'),
	r(217, 'WebsiteTeams', 'PUT', `${W}/team/{teamID}`, 'saveTeam', { body: S.obj(teamProps) }),
	r(218, 'WebsiteTeams', 'DELETE', `${W}/team/{teamID}`, 'deleteTeam'),
	r(219, 'WebsiteVerify', 'GET', `${W}/verify/settings`, 'getVerifySettings'),
	r(220, 'WebsiteVerify', 'PATCH', `${W}/verify/settings`, 'updateVerifySettings', { body: S.obj({ enabled: S.bool }, ['enabled']) }),
	r(221, 'WebsiteVerify', 'GET', `${W}/verify/key`, 'getVerifyKey'),
	r(222, 'WebsiteVerify', 'POST', `${W}/verify/key`, 'rollVerifyKey', { body: 'empty', kind: 'update' }),
	r(223, 'WebsiteVisitors', 'GET', `${W}/visitors/count`, 'countVisitors'),
	r(224, 'WebsiteVisitors', 'GET', `${W}/visitors/list/{pageNumber}`, 'listVisitors'),
	r(225, 'WebsiteVisitors', 'GET', `${W}/visitors/map`, 'pinpointVisitorsOnMap', { query: { center_longitude: 'num', center_latitude: 'num', center_radius: 'num' }, kind: 'list' }),
	r(226, 'WebsiteVisitors', 'GET', `${W}/visitors/token/{tokenID}`, 'getSessionIdentifierFromToken'),
	r(227, 'WebsiteVisitors', 'GET', `${W}/visitors/blocked`, 'countBlockedVisitors', { kind: 'list' }),
	r(228, 'WebsiteVisitors', 'GET', `${W}/visitors/blocked/{rule}`, 'countBlockedVisitorsInRule'),
	r(229, 'WebsiteVisitors', 'DELETE', `${W}/visitors/blocked/{rule}`, 'clearBlockedVisitorsInRule'),
];

/** A unique key of a route: the client file and method (two files share `listAllActiveSubscriptions` and `getConnectEndpoints`). */
export function routeKey(spec: CrispRouteSpec): string {
	return `${spec.file}.${spec.client}`;
}

/** The success reason kind of a route. */
export function successKind(spec: CrispRouteSpec): SuccessKind {
	if (spec.kind) return spec.kind;
	switch (spec.method) {
		case 'GET':
			return spec.path.includes('{pageNumber}') ? 'list' : 'get';
		case 'POST':
			return 'create';
		case 'DELETE':
			return 'delete';
		default:
			return 'update';
	}
}
