import type { ResourceSpec } from '@leadchat/core';
import { profile } from '../profile/Profile.resource';
import { platformAccount } from '../platformAccount/PlatformAccount.resource';
import { platformAccountUser } from '../platformAccountUser/PlatformAccountUser.resource';
import { platformAgentBot } from '../platformAgentBot/PlatformAgentBot.resource';
import { platformUser } from '../platformUser/PlatformUser.resource';
import { publicInbox } from '../publicInbox/PublicInbox.resource';
import { publicContact } from '../publicContact/PublicContact.resource';
import { publicConversation } from '../publicConversation/PublicConversation.resource';
import { publicMessage } from '../publicMessage/PublicMessage.resource';
import { csatSurvey } from '../csatSurvey/CsatSurvey.resource';

/** The profile, then the Platform API (Platform App token), then the public Client API (inbox identifier, no token). */
export const platformAndPublicResources: ResourceSpec[] = [
	profile,
	platformAccount,
	platformAccountUser,
	platformAgentBot,
	platformUser,
	publicInbox,
	publicContact,
	publicConversation,
	publicMessage,
	csatSurvey,
];
