/**
 * Every event Crisp sends to hooks: the official client's allow-list `DEFAULT_RTM_EVENTS`
 * (crisp-api@11.3.0 `lib/crisp.ts`; the same names on the RTM socket and in web hooks), named for
 * people. Names start with what the event is about (Conversation, Message, Person …) so the
 * alphabetical list reads in groups; Crisp's own name is in each description. In Crisp a
 * conversation is a "session"; a "send" event is the visitor's side, a "received" one the operator's.
 */
import type { INodePropertyOptions } from 'n8n-workflow';

const e = (name: string, value: string, what?: string): INodePropertyOptions => ({ name, value, description: what ? `${value}: ${what}` : value });

export const CRISP_EVENTS: INodePropertyOptions[] = [
	e('Bucket URL Generated (Avatar)', 'bucket:url:avatar:generated'),
	e('Bucket URL Generated (Campaign)', 'bucket:url:campaign:generated'),
	e('Bucket URL Generated (Helpdesk)', 'bucket:url:helpdesk:generated'),
	e('Bucket URL Generated (Processing)', 'bucket:url:processing:generated'),
	e('Bucket URL Generated (Status)', 'bucket:url:status:generated'),
	e('Bucket URL Generated (Upload)', 'bucket:url:upload:generated'),
	e('Bucket URL Generated (Website)', 'bucket:url:website:generated'),
	e('Call Rejected', 'call:request:rejected'),
	e('Call Requested', 'call:request:initiated'),
	e('Campaign Dispatched', 'campaign:dispatched'),
	e('Campaign Progress', 'campaign:progress'),
	e('Campaign Running', 'campaign:running'),
	e('Co-Browsing Rejected', 'browsing:request:rejected'),
	e('Co-Browsing Requested', 'browsing:request:initiated'),
	e('Conversation Address Set', 'session:set_address'),
	e('Conversation Assigned (Routing Set)', 'session:set_routing', 'the conversation was assigned to an operator, or unassigned'),
	e('Conversation Availability Updated', 'session:update_availability'),
	e('Conversation Avatar Set', 'session:set_avatar'),
	e('Conversation Blocked or Unblocked', 'session:set_block'),
	e('Conversation Capabilities Synced', 'session:sync:capabilities'),
	e('Conversation Closed by Operator', 'session:set_closed'),
	e('Conversation Data Set', 'session:set_data', 'custom data of the conversation changed'),
	e('Conversation Email Set', 'session:set_email', 'the visitor gave an email address'),
	e('Conversation Error', 'session:error'),
	e('Conversation Events Synced', 'session:sync:events'),
	e('Conversation Geolocation Synced', 'session:sync:geolocation'),
	e('Conversation Inbox Set', 'session:set_inbox'),
	e('Conversation Locales Synced', 'session:sync:locales'),
	e('Conversation Mentions Set', 'session:set_mentions'),
	e('Conversation Network Synced', 'session:sync:network'),
	e('Conversation Nickname Set', 'session:set_nickname'),
	e('Conversation Opened by Operator', 'session:set_opened'),
	e('Conversation Origin Set', 'session:set_origin'),
	e('Conversation Pages Synced', 'session:sync:pages', 'pages the visitor browsed'),
	e('Conversation Participants Set', 'session:set_participants'),
	e('Conversation Phone Set', 'session:set_phone'),
	e('Conversation Rating Synced', 'session:sync:rating', 'the visitor rated the conversation'),
	e('Conversation Removed', 'session:removed'),
	e('Conversation Segments Set', 'session:set_segments'),
	e('Conversation Started', 'session:request:initiated', 'a visitor opened a new conversation'),
	e('Conversation State Changed', 'session:set_state', 'pending, unresolved or resolved'),
	e('Conversation Subject Set', 'session:set_subject'),
	e('Conversation System Synced', 'session:sync:system'),
	e('Conversation Timezone Synced', 'session:sync:timezone'),
	e('Conversation Topic Synced', 'session:sync:topic'),
	e('Conversation Verification Updated', 'session:update_verify'),
	e('Email Subscription Changed', 'email:subscribe'),
	e('Email Viewed', 'email:track:view'),
	e('Identity Verification Requested', 'identity:verify:request'),
	e('Media Animations Listed', 'media:animation:listed'),
	e('Message Acknowledged as Delivered', 'message:acknowledge:delivered'),
	e('Message Acknowledged as Ignored', 'message:acknowledge:ignored'),
	e('Message Acknowledged as Unread', 'message:acknowledge:unread:send'),
	e('Message Being Typed by Operator', 'message:compose:receive'),
	e('Message Being Typed by Visitor', 'message:compose:send'),
	e('Message Read by Operator', 'message:acknowledge:read:received', 'the operator read the visitor\'s messages'),
	e('Message Read by Visitor', 'message:acknowledge:read:send', 'the visitor read the operator\'s messages'),
	e('Message Removed', 'message:removed'),
	e('Message Sent by Operator', 'message:received', 'an operator\'s message or private note'),
	e('Message Sent by Visitor', 'message:send', 'a visitor\'s message'),
	e('Message Unread Notification to Operator', 'message:notify:unread:received'),
	e('Message Unread Notification to Visitor', 'message:notify:unread:send'),
	e('Message Updated', 'message:updated'),
	e('People Import Done', 'people:import:done'),
	e('People Import Progress', 'people:import:progress'),
	e('Person Bound to Conversation', 'people:bind:session'),
	e('Person Created', 'people:profile:created'),
	e('Person Profile Synced', 'people:sync:profile'),
	e('Person Removed', 'people:profile:removed'),
	e('Person Updated', 'people:profile:updated'),
	e('Plan Subscription Updated', 'plan:subscription:updated'),
	e('Plugin Channel Message', 'plugin:channel'),
	e('Plugin Event', 'plugin:event'),
	e('Plugin Settings Saved', 'plugin:settings:saved'),
	e('Plugin Subscription Updated', 'plugin:subscription:updated'),
	e('Spam Decision Made', 'spam:decision'),
	e('Spam Message Received', 'spam:message'),
	e('Status Page Health Changed', 'status:health:changed'),
	e('Website Operators Availability Updated', 'website:update_operators_availability'),
	e('Website Users Available', 'website:users:available'),
	e('Website Visitors Count Updated', 'website:update_visitors_count'),
];

/** Crisp's event names, in the order above. */
export const CRISP_EVENT_NAMES = CRISP_EVENTS.map((o) => String(o.value));

export type Sender = 'visitor' | 'operator';

/**
 * Who a message event comes from: the payload's `from` (`user` is the visitor, `operator` an
 * operator), else the event's side (`…:send` / `…:compose:send` the visitor, `…:received` /
 * `…:compose:receive` an operator). Undefined for message events with no side (updated, removed,
 * read and delivered acknowledgements …) and for events that are not about messages.
 */
export function senderOf(event: string, data: unknown): Sender | undefined {
	if (!event.startsWith('message:')) return undefined;
	const from = data && typeof data === 'object' && !Array.isArray(data) ? (data as { from?: unknown }).from : undefined;
	if (from === 'user' || from === 'visitor') return 'visitor';
	if (from === 'operator') return 'operator';
	if (event === 'message:send' || event === 'message:compose:send') return 'visitor';
	if (event === 'message:received' || event === 'message:compose:receive') return 'operator';
	return undefined;
}
