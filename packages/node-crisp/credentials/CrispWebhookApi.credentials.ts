import type { ICredentialType, INodeProperties } from 'n8n-workflow';
import { secretProperty } from '@leadchat/core/src/credentials';

/**
 * The secrets the Crisp Trigger checks deliveries with: the plugin's signature secret (Plugin
 * Hooks are signed with it, X-Crisp-Signature) and the key the user appends as `?key=` to the URL
 * of a Website Hook (Website Hooks are unsigned). Kept in a credential so that n8n encrypts them;
 * nothing is sent with them, so there is no `authenticate`. Their test is the Crisp Trigger's
 * (`testedBy`), which checks them locally.
 */
export class CrispWebhookApi implements ICredentialType {
	name = 'leadchatCrispWebhookApi';

	displayName = 'Crisp Webhook API';

	icon = { light: 'file:../icons/crisp.svg', dark: 'file:../icons/crisp.dark.svg' } as const;

	documentationUrl = 'https://docs.crisp.chat/guides/web-hooks/quickstart/';

	properties: INodeProperties[] = [
		{
			...secretProperty(
				'signatureSecret',
				'Plugin Signature Secret',
				'For Plugin Hooks: Crisp Marketplace → your plugin → Settings → Events shows the signature secret that signs every delivery. Leave empty if you use Website Hooks only.',
			),
			required: false,
		},
		{
			...secretProperty(
				'websiteHookKey',
				'Website Hook Key',
				'For Website Hooks, which Crisp does not sign: a long random key of your own (e.g. the output of "openssl rand -hex 32", or any password generator at 32+ characters). Add it to the Crisp Trigger\'s Production URL as ?key=<this key> when you paste the URL into Crisp. Leave empty if you use Plugin Hooks only.',
			),
			required: false,
		},
	];
}
