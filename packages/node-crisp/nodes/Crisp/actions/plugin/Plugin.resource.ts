import type { ResourceSpec } from '@leadchat/core';
import { checkSession } from './checkSession.operation';
import { dispatchEvent } from './dispatchEvent.operation';
import { forwardToChannel } from './forwardToChannel.operation';
import { getAccount } from './getAccount.operation';
import { getAllSubscriptions } from './getAllSubscriptions.operation';
import { getAttestProvenance } from './getAttestProvenance.operation';
import { getConnectedWebsites } from './getConnectedWebsites.operation';
import { getConnectedWebsitesSince } from './getConnectedWebsitesSince.operation';
import { getConnectEndpoints } from './getConnectEndpoints.operation';
import { getSettings } from './getSettings.operation';
import { getSubscription } from './getSubscription.operation';
import { getUsageBills } from './getUsageBills.operation';
import { getWebsiteSubscriptions } from './getWebsiteSubscriptions.operation';
import { reportUsage } from './reportUsage.operation';
import { saveSettings } from './saveSettings.operation';
import { subscribe } from './subscribe.operation';
import { unsubscribe } from './unsubscribe.operation';
import { updateSettings } from './updateSettings.operation';

/**
 * Marketplace plugins: the plugin token's account and connected websites (plugin connect), and the
 * plugin subscriptions of websites with their settings, usage billing, channel and events.
 */
export const plugin: ResourceSpec = {
	value: 'plugin',
	name: 'Plugin',
	description: 'Marketplace plugins: connected websites, subscriptions and their settings',
	family: 'root',
	operations: [
		checkSession,
		dispatchEvent,
		forwardToChannel,
		getAccount,
		getAllSubscriptions,
		getAttestProvenance,
		getConnectedWebsites,
		getConnectedWebsitesSince,
		getConnectEndpoints,
		getSettings,
		getSubscription,
		getUsageBills,
		getWebsiteSubscriptions,
		reportUsage,
		saveSettings,
		subscribe,
		unsubscribe,
		updateSettings,
	],
	defaultOperation: getConnectedWebsites,
};
