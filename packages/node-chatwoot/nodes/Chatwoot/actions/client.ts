import type { ResourceSpec } from '@leadchat/core';
import { csatSurvey } from './csatSurvey/CsatSurvey.resource';
import { publicContact } from './publicContact/PublicContact.resource';
import { publicConversation } from './publicConversation/PublicConversation.resource';
import { publicInbox } from './publicInbox/PublicInbox.resource';
import { publicMessage } from './publicMessage/PublicMessage.resource';

/**
 * The Chatwoot Client API node's resources: the public Client API of one API-channel inbox (its
 * identifier, no token), in dropdown order. A module of its own, so that the node's bundle holds
 * only these.
 */
export const clientResources: ResourceSpec[] = [publicInbox, publicContact, publicConversation, publicMessage, csatSurvey];
