import type { ResourceSpec } from '@leadchat/core';
import { account } from '../account/Account.resource';
import { agent } from '../agent/Agent.resource';
import { agentBot } from '../agentBot/AgentBot.resource';
import { article } from '../article/Article.resource';
import { auditLog } from '../auditLog/AuditLog.resource';
import { automationRule } from '../automationRule/AutomationRule.resource';
import { brandedEmailLayout } from '../brandedEmailLayout/BrandedEmailLayout.resource';
import { campaign } from '../campaign/Campaign.resource';
import { cannedResponse } from '../cannedResponse/CannedResponse.resource';
import { category } from '../category/Category.resource';
import { customAttribute } from '../customAttribute/CustomAttribute.resource';
import { customFilter } from '../customFilter/CustomFilter.resource';
import { dashboardApp } from '../dashboardApp/DashboardApp.resource';
import { inbox } from '../inbox/Inbox.resource';
import { inboxMember } from '../inboxMember/InboxMember.resource';
import { integration } from '../integration/Integration.resource';
import { integrationHook } from '../integrationHook/IntegrationHook.resource';
import { label } from '../label/Label.resource';
import { macro } from '../macro/Macro.resource';
import { portal } from '../portal/Portal.resource';
import { report } from '../report/Report.resource';
import { reportingEvent } from '../reportingEvent/ReportingEvent.resource';
import { team } from '../team/Team.resource';
import { teamMember } from '../teamMember/TeamMember.resource';
import { webhook } from '../webhook/Webhook.resource';

/** Account administration: account, agents, teams, inboxes, labels, automation, webhooks, help center, reports. */
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
	portal,
	category,
	article,
	dashboardApp,
	auditLog,
	report,
	reportingEvent,
	brandedEmailLayout,
];
