import type { ICredentialType, INodeProperties } from 'n8n-workflow';
import { secretProperty } from '@leadchat/core/src/credentials';

/**
 * The key Cliengo puts inside each new-lead webhook body, for the Cliengo Webhook Trigger. Kept in
 * a credential so that n8n encrypts it; nothing is sent with it, so there is no `authenticate`.
 * Its test is the Cliengo Webhook Trigger's (`testedBy`), which checks it locally.
 */
export class CliengoWebhookApi implements ICredentialType {
	name = 'leadchatCliengoWebhookApi';

	displayName = 'Cliengo Webhook Key API';

	icon = { light: 'file:../icons/cliengo.svg', dark: 'file:../icons/cliengo.dark.svg' } as const;

	documentationUrl = 'https://developers.cliengo.com/docs/webhooks-configuration';

	properties: INodeProperties[] = [
		secretProperty(
			'key',
			'Webhook Key',
			'The key Cliengo generates for the webhook. Find it in Cliengo’s dashboard: Company → Account Info → Advanced Info → Configure WebHook. Paste the Cliengo Webhook Trigger’s URL there, click "Generate Webhook" and copy the key Cliengo shows into this field',
		),
	];
}
