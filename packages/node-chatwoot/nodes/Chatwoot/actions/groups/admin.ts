import type { ResourceSpec } from '@leadchat/core';

/** Account administration: account, agents, teams, inboxes, labels, automation, webhooks, help center, reports. */
export const adminResources: ResourceSpec[] = [];
