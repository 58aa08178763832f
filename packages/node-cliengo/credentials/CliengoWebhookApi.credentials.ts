import type { ICredentialType, INodeProperties } from 'n8n-workflow';
import { secretProperty } from '@leadchat/core/src/credentials';

/**
 * The key Cliengo puts inside each new-lead webhook body, for the Cliengo Webhook Trigger. Kept in
 * a credential so that n8n encrypts it; nothing is sent with it, so there is no `authenticate` and
 * no connection test.
 */
// Nothing to test it against: the platform never receives it, it is only compared with what arrives.
// eslint-disable-next-line @n8n/community-nodes/credential-test-required
export class CliengoWebhookApi implements ICredentialType {
	name = 'leadchatCliengoWebhookApi';

	displayName = 'Cliengo Webhook Key';

	icon = 'file:cliengo.svg' as const;

	documentationUrl = 'https://developers.cliengo.com/docs/webhooks-configuration';

	properties: INodeProperties[] = [
		secretProperty(
			'key',
			'Webhook Key',
			'In Cliengo: Company → Account Info → Advanced Info → Configure WebHook. Paste the Cliengo Webhook Trigger’s Production URL, click "Generate Webhook" and copy the key Cliengo shows',
		),
	];
}
