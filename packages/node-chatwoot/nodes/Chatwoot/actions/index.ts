import type { ResourceSpec } from '@leadchat/core';
import { account } from './account/Account.resource';
import { agent } from './agent/Agent.resource';
import { agentBot } from './agentBot/AgentBot.resource';
import { appliedSla } from './appliedSla/AppliedSla.resource';
import { article } from './article/Article.resource';
import { auditLog } from './auditLog/AuditLog.resource';
import { automationRule } from './automationRule/AutomationRule.resource';
import { brandedEmailLayout } from './brandedEmailLayout/BrandedEmailLayout.resource';
import { bulkAction } from './bulkAction/BulkAction.resource';
import { call } from './call/Call.resource';
import { campaign } from './campaign/Campaign.resource';
import { cannedResponse } from './cannedResponse/CannedResponse.resource';
import { company } from './company/Company.resource';
import { companyContact } from './companyContact/CompanyContact.resource';
import { category } from './category/Category.resource';
import { contact } from './contact/Contact.resource';
import { contactInbox } from './contactInbox/ContactInbox.resource';
import { contactLabel } from './contactLabel/ContactLabel.resource';
import { contactNote } from './contactNote/ContactNote.resource';
import { conversation } from './conversation/Conversation.resource';
import { conversationAssignment } from './conversationAssignment/ConversationAssignment.resource';
import { conversationLabel } from './conversationLabel/ConversationLabel.resource';
import { conversationParticipant } from './conversationParticipant/ConversationParticipant.resource';
import { csat } from './csat/Csat.resource';
import { customAttribute } from './customAttribute/CustomAttribute.resource';
import { customFilter } from './customFilter/CustomFilter.resource';
import { dashboardApp } from './dashboardApp/DashboardApp.resource';
import { inbox } from './inbox/Inbox.resource';
import { inboxMember } from './inboxMember/InboxMember.resource';
import { integration } from './integration/Integration.resource';
import { integrationHook } from './integrationHook/IntegrationHook.resource';
import { label } from './label/Label.resource';
import { linearIssue } from './linearIssue/LinearIssue.resource';
import { macro } from './macro/Macro.resource';
import { message } from './message/Message.resource';
import { notification } from './notification/Notification.resource';
import { portal } from './portal/Portal.resource';
import { profile } from './profile/Profile.resource';
import { report } from './report/Report.resource';
import { reportingEvent } from './reportingEvent/ReportingEvent.resource';
import { search } from './search/Search.resource';
import { shopifyOrder } from './shopifyOrder/ShopifyOrder.resource';
import { team } from './team/Team.resource';
import { videoMeeting } from './videoMeeting/VideoMeeting.resource';
import { teamMember } from './teamMember/TeamMember.resource';
import { webhook } from './webhook/Webhook.resource';

// The resources of the three action nodes (Chatwoot, Chatwoot Platform, Chatwoot Client API),
// listed by the part of Chatwoot's API they call and in the order the Resource dropdown shows them.
// A new resource goes into the list of its part, at the place it should have in the dropdown.

/** Application API, conversations: contacts, conversations, messages and what hangs off them. */
const conversationResources: ResourceSpec[] = [
	contact,
	contactInbox,
	contactLabel,
	contactNote,
	company,
	companyContact,
	conversation,
	conversationAssignment,
	conversationLabel,
	conversationParticipant,
	message,
	search,
	bulkAction,
	notification,
	csat,
	call,
];

/** Application API, account administration: account, agents, teams, inboxes, labels, automation, webhooks, help center, reports. */
export const adminResources: ResourceSpec[] = [
	account,
	agent,
	agentBot,
	team,
	teamMember,
	inbox,
	inboxMember,
	label,
	cannedResponse,
	customAttribute,
	customFilter,
	automationRule,
	macro,
	campaign,
	webhook,
	integration,
	integrationHook,
	linearIssue,
	shopifyOrder,
	videoMeeting,
	portal,
	category,
	article,
	dashboardApp,
	auditLog,
	report,
	reportingEvent,
	appliedSla,
	brandedEmailLayout,
];

/** The profile: the user the token belongs to (no account). */
const profileResources: ResourceSpec[] = [profile];

/** Every resource of the Chatwoot node (what an agent or administrator of an account uses), in dropdown order. */
export const resources: ResourceSpec[] = [...conversationResources, ...adminResources, ...profileResources];

// The Chatwoot Platform and Chatwoot Client API nodes' resources are in platform.ts and client.ts.
export { platformResources } from './platform';
export { clientResources } from './client';
