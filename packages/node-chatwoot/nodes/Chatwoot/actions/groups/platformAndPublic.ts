import type { ResourceSpec } from '@leadchat/core';

/** The Platform API (Platform App token) and the public Client API (inbox identifier), plus the profile. */
export const platformAndPublicResources: ResourceSpec[] = [];
