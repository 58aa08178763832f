import type { OperationTools } from '@leadchat/core';
import { payloadOf } from '../../helpers/lists';

/**
 * Label operations of contacts and conversations. The server's POST replaces the whole set
 * (label_concern#update_labels), so "add" and "remove" read the current labels first and send
 * the new set; nothing is sent when the set would not change.
 */
export async function readLabels(tools: OperationTools, path: string): Promise<string[]> {
	const labels = payloadOf(await tools.request({ method: 'GET', path }));
	return Array.isArray(labels) ? labels.map(String) : [];
}

export async function writeLabels(tools: OperationTools, path: string, labels: string[]): Promise<string[]> {
	const saved = payloadOf(await tools.request({ method: 'POST', path, body: { labels } }));
	return Array.isArray(saved) ? saved.map(String) : labels;
}

export async function changeLabels(tools: OperationTools, path: string, change: (current: string[]) => string[]): Promise<string[]> {
	const current = await readLabels(tools, path);
	const next = change(current);
	const same = next.length === current.length && next.every((l) => current.includes(l));
	return same ? current : writeLabels(tools, path, next);
}

export const unionOf = (current: string[], added: string[]) => [...current, ...added.filter((l, i) => !current.includes(l) && added.indexOf(l) === i)];
export const withoutOf = (current: string[], removed: string[]) => current.filter((l) => !removed.includes(l));

/** One output item per call: the labels the record has afterwards. */
export const labelsItem = (labels: string[]) => ({ labels });
