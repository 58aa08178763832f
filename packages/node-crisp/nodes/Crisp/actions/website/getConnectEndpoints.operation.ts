import { defineOperation } from '@leadchat/core';
import { websiteField } from '../../descriptions';

export const getConnectEndpoints = defineOperation({
	resource: 'website',
	operation: 'getConnectEndpoints',
	name: 'Get Connect Endpoints',
	action: 'Get the real-time endpoints of a website',
	description: "Output Crisp's RTM endpoints for this website (e.g. socket.app, the WebSocket host)",
	family: 'website',
	fields: [websiteField()],
	request: () => ({ method: 'GET', path: '/connect/endpoints' }),
});
