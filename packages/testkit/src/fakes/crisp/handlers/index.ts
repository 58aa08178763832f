/** Handlers by client file, then client method name (two names exist in two files each). */
import type { Handler } from '../context';
import type { CrispRouteSpec } from '../routes';
import { conversationHandlers } from './conversations';
import { helpdeskHandlers } from './helpdesk';
import { peopleHandlers } from './people';
import { bucketHandlers, campaignHandlers, planHandlers, pluginHandlers } from './platform';
import { batchHandlers, websiteHandlers } from './website';

const BY_FILE: Record<string, Record<string, Handler>> = {
	BucketURL: bucketHandlers,
	MediaAnimation: bucketHandlers,
	PlanSubscription: planHandlers,
	PluginConnect: pluginHandlers,
	PluginSubscription: pluginHandlers,
	WebsiteAnalytics: websiteHandlers,
	WebsiteAvailability: websiteHandlers,
	WebsiteBase: websiteHandlers,
	WebsiteBatch: batchHandlers,
	WebsiteCampaign: campaignHandlers,
	WebsiteConnect: websiteHandlers,
	WebsiteConversation: conversationHandlers,
	WebsiteHelpdesk: helpdeskHandlers,
	WebsiteInbox: websiteHandlers,
	WebsiteOperator: websiteHandlers,
	WebsitePeople: peopleHandlers,
	WebsiteSettings: websiteHandlers,
	WebsiteTeams: websiteHandlers,
	WebsiteVerify: websiteHandlers,
	WebsiteVisitors: websiteHandlers,
};

export function handlerFor(spec: CrispRouteSpec): Handler | undefined {
	const map = BY_FILE[spec.file];
	return map && Object.prototype.hasOwnProperty.call(map, spec.client) ? map[spec.client] : undefined;
}
