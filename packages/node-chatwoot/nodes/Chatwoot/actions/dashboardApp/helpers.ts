import { field } from '@leadchat/core';

export const urlField = <R extends boolean>(required: R) =>
	field.string('url', 'URL', { required, placeholder: 'https://app.example.com/chatwoot', description: 'Page shown in a tab of the conversation view; it receives the conversation and contact by postMessage' });

export function checkAppUrl(url: string | undefined, displayName: string, fail: (field: string, problem: string) => never) {
	if (url === undefined) return;
	let ok = false;
	try {
		ok = ['http:', 'https:'].includes(new URL(url).protocol);
	} catch {
		ok = false;
	}
	if (!ok) fail(displayName, 'must be an http(s) URL');
}

/** A dashboard app's content is a list of frames; this node manages the one-frame apps the dashboard creates. */
export const dashboardAppBody = (f: { title?: string; url?: string }) => ({
	title: f.title,
	content: f.url === undefined ? undefined : [{ type: 'frame', url: f.url }],
});
