/**
 * Chatwoot names an inbox's channel by its model class (`channel_type`: "Channel::Api",
 * "Channel::WebWidget"…). The lists a person reads show the channel's own name instead.
 */
const CHANNEL_NAMES: Record<string, string> = {
	'Channel::Api': 'API',
	'Channel::WebWidget': 'Website',
	'Channel::Email': 'Email',
	'Channel::FacebookPage': 'Facebook',
	'Channel::Instagram': 'Instagram',
	'Channel::Line': 'LINE',
	'Channel::Sms': 'SMS',
	'Channel::Telegram': 'Telegram',
	'Channel::Tiktok': 'TikTok',
	'Channel::TwilioSms': 'Twilio SMS',
	'Channel::Voice': 'Voice',
	'Channel::Whatsapp': 'WhatsApp',
};

/** "Channel::WebWidget" → "Website"; a type not known here loses its prefix and reads as words ("Channel::NewThing" → "New Thing"). */
export function channelName(channelType: unknown): string {
	if (typeof channelType !== 'string' || channelType.trim() === '') return '';
	const type = channelType.trim();
	if (Object.prototype.hasOwnProperty.call(CHANNEL_NAMES, type)) return CHANNEL_NAMES[type];
	return type
		.replace(/^Channel::/, '')
		.replace(/([a-z0-9])([A-Z])/g, '$1 $2')
		.replace(/_/g, ' ')
		.trim();
}
