import { defineOperation } from '@leadchat/core';

export const getConnectEndpoints = defineOperation({
	resource: 'plugin',
	operation: 'getConnectEndpoints',
	name: 'Get Connect Endpoints',
	action: 'Get the real-time endpoints of the plugin',
	description: "Output Crisp's RTM endpoints for plugin tokens (e.g. socket.app, the WebSocket host)",
	fields: [],
	request: () => ({ method: 'GET', path: '/plugin/connect/endpoints' }),
});
