import { field } from '@leadchat/core';

/** Optional user fields shared by create and update. */
export const userFields = () => [
	field.string('phone', 'Phone'),
	field.string('language', 'Language', { placeholder: 'es', description: 'Language code of the user’s interface, e.g. es, en, pt' }),
	field.stringList('permissions', 'Permissions', { placeholder: 'e.g. LEADS, ADMIN', description: 'Comma-separated permission names' }),
	field.multiOptions('allowedWebsiteIds', 'Allowed Sites', [], { loadOptionsMethod: 'getSites', description: 'Sites the user may work on' }),
	field.boolean('isSuperUser', 'Super User', { description: 'Whether the user administers the account' }),
];
