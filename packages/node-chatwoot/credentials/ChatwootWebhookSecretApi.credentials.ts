import type { ICredentialType, INodeProperties } from 'n8n-workflow';
import { secretProperty } from '@leadchat/core/src/credentials';

/**
 * The secret that signs Chatwoot's webhook deliveries, for the Chatwoot Trigger's "Verify with a
 * Secret I Provide" mode (a webhook registered elsewhere: an API inbox, an agent bot, or a webhook
 * made by hand). Kept in a credential so that n8n encrypts it; nothing is sent with it, so there is
 * no `authenticate`. Its test is the Chatwoot Trigger's (`testedBy`), which checks it locally.
 */
export class ChatwootWebhookSecretApi implements ICredentialType {
	name = 'leadchatChatwootWebhookSecretApi';

	displayName = 'Chatwoot Webhook Secret API';

	icon = { light: 'file:../icons/chatwoot.svg', dark: 'file:../icons/chatwoot.dark.svg' } as const;

	documentationUrl = 'https://developers.chatwoot.com/api-reference/introduction';

	properties: INodeProperties[] = [
		secretProperty(
			'secret',
			'Secret',
			"The secret Chatwoot signs the deliveries with (X-Chatwoot-Signature): the webhook's secret, the API inbox's secret (Settings → Inboxes → the inbox → Configuration) or the agent bot's secret",
		),
	];
}
