/**
 * Inboxes read by their channel's name ("API", "Website"), not Chatwoot's model class
 * ("Channel::Api", "Channel::WebWidget"), wherever a person picks one: the Inbox dropdowns and
 * locators of the node and its trigger.
 */
import { channelName } from '../nodes/Chatwoot/methods/channels';
import type { chatwoot } from '@leadchat/testkit';
import { useChatwoot } from './harness';

const h = useChatwoot();

describe('channel names', () => {
	it.each([
		['Channel::Api', 'API'],
		['Channel::WebWidget', 'Website'],
		['Channel::Email', 'Email'],
		['Channel::FacebookPage', 'Facebook'],
		['Channel::Instagram', 'Instagram'],
		['Channel::Line', 'LINE'],
		['Channel::Sms', 'SMS'],
		['Channel::Telegram', 'Telegram'],
		['Channel::Tiktok', 'TikTok'],
		['Channel::TwilioSms', 'Twilio SMS'],
		['Channel::Voice', 'Voice'],
		['Channel::Whatsapp', 'WhatsApp'],
		// not known here: the prefix goes, the words stay
		['Channel::NewThing', 'New Thing'],
		['Channel::Matrix', 'Matrix'],
		['web_widget', 'web widget'],
		['', ''],
		[undefined, ''],
		[' Channel::Api ', 'API'],
		['constructor', 'constructor'],
	])('%j reads %j', (type, name) => {
		expect(channelName(type)).toBe(name);
	});

	it('the Inbox dropdown (getInboxes) names each inbox and describes it by its channel, one request', async () => {
		const sms = h.fake.addInbox({ name: 'Texts', channel_type: 'Channel::Sms' });
		const odd = h.fake.addInbox({ name: 'Odd', channel_type: 'Channel::NewThing' as string as chatwoot.ChannelType }) // a type a later Chatwoot may add;
		h.fake.clearLog();
		const options = await h.loadOptions('getInboxes');
		expect(h.fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual([`GET ${h.A()}/inboxes`]);
		const inboxes = h.fake.state.inboxes.filter((i) => i.account_id === h.fake.accountId);
		const expected = { 'Channel::Api': 'API', 'Channel::WebWidget': 'Website', 'Channel::Sms': 'SMS', 'Channel::NewThing': 'New Thing' } as Record<string, string>;
		expect(options).toEqual(inboxes.map((i) => ({ name: i.name, value: String(i.id), description: expected[i.channel_type] })).sort((a, b) => a.name.localeCompare(b.name)));
		expect(options).toEqual(expect.arrayContaining([{ name: 'Texts', value: String(sms.id), description: 'SMS' }, { name: 'Odd', value: String(odd.id), description: 'New Thing' }]));
		expect(JSON.stringify(options)).not.toContain('Channel::');
	});

	it('the Inbox locator (searchInboxes) shows "Name (Channel)" and finds an inbox by its channel too', async () => {
		const twilio = h.fake.addInbox({ name: 'Alerts', channel_type: 'Channel::TwilioSms' });
		const found = await h.listSearch('searchInboxes', 'twilio');
		expect(found.results).toEqual([{ name: 'Alerts (Twilio SMS)', value: String(twilio.id) }]);
	});
});
