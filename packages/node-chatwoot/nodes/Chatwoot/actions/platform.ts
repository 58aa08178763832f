import type { ResourceSpec } from '@leadchat/core';
import { platformAccount } from './platformAccount/PlatformAccount.resource';
import { platformAccountUser } from './platformAccountUser/PlatformAccountUser.resource';
import { platformAgentBot } from './platformAgentBot/PlatformAgentBot.resource';
import { platformUser } from './platformUser/PlatformUser.resource';

/**
 * The Chatwoot Platform node's resources: the Platform API (a Platform App token, self-hosted
 * installs), in dropdown order. A module of its own, so that the node's bundle holds only these.
 */
export const platformResources: ResourceSpec[] = [platformAccount, platformAccountUser, platformAgentBot, platformUser];
