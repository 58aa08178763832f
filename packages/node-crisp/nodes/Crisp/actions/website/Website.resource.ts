import type { ResourceSpec } from '@leadchat/core';
import { abortDeletion } from './abortDeletion.operation';
import { create } from './create.operation';
import { exists } from './exists.operation';
import { generateAnalytics } from './generateAnalytics.operation';
import { get } from './get.operation';
import { getAvailability } from './getAvailability.operation';
import { getConnectEndpoints } from './getConnectEndpoints.operation';
import { getOperatorAvailabilities } from './getOperatorAvailabilities.operation';
import { getSettings } from './getSettings.operation';
import { getVerifySettings } from './getVerifySettings.operation';
import { rollVerifyKey } from './rollVerifyKey.operation';
import { updateSettings } from './updateSettings.operation';
import { updateVerifySettings } from './updateVerifySettings.operation';

/**
 * A Crisp website (workspace): its settings, availability, identity verification, real-time
 * endpoints and analytics. Create and Exists are not about one website, so the resource hides the
 * node's Website field and each operation on one website shows its own (the same parameter).
 */
export const website: ResourceSpec = {
	value: 'website',
	name: 'Website',
	description: 'The website (workspace): settings, availability, verification, analytics',
	family: 'root',
	operations: [abortDeletion, create, exists, generateAnalytics, get, getAvailability, getConnectEndpoints, getOperatorAvailabilities, getSettings, getVerifySettings, rollVerifyKey, updateSettings, updateVerifySettings],
	defaultOperation: get,
};
