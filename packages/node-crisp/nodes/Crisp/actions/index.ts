import type { ResourceSpec } from '@leadchat/core';
import { animation } from './animation/Animation.resource';
import { bucketUrl } from './bucketUrl/BucketUrl.resource';
import { campaign } from './campaign/Campaign.resource';
import { campaignTemplate } from './campaignTemplate/CampaignTemplate.resource';
import { conversation } from './conversation/Conversation.resource';
import { conversationBatch } from './conversationBatch/ConversationBatch.resource';
import { helpdesk } from './helpdesk/Helpdesk.resource';
import { helpdeskArticle } from './helpdeskArticle/HelpdeskArticle.resource';
import { helpdeskHistory } from './helpdeskHistory/HelpdeskHistory.resource';
import { helpdeskLocale } from './helpdeskLocale/HelpdeskLocale.resource';
import { helpdeskRedirection } from './helpdeskRedirection/HelpdeskRedirection.resource';
import { inbox } from './inbox/Inbox.resource';
import { conversationInsight } from './insight/ConversationInsight.resource';
import { message } from './message/Message.resource';
import { operator } from './operator/Operator.resource';
import { person } from './person/Person.resource';
import { plan } from './plan/Plan.resource';
import { plugin } from './plugin/Plugin.resource';
import { team } from './team/Team.resource';
import { visitor } from './visitor/Visitor.resource';
import { website } from './website/Website.resource';

/** Every resource of the node, in dropdown order. Each resource folder adds itself here. */
export const resources: ResourceSpec[] = [conversation, person, message, conversationBatch, conversationInsight, helpdesk, helpdeskArticle, helpdeskHistory, helpdeskLocale, helpdeskRedirection, campaign, campaignTemplate, visitor, operator, team, inbox, website, plugin, plan, bucketUrl, animation];
