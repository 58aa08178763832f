/** Helpers shared by the end-to-end tests. */
import fs from 'node:fs';
import path from 'node:path';

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A workflow fixture from test/fixtures (a fresh copy each time). */
export function fixture(name: string): any {
	return JSON.parse(fs.readFileSync(path.join(__dirname, 'fixtures', name), 'utf8'));
}

/** The `json` of every item a node output (first output, every run) in an execution's data. */
export function triggerOutput(data: any, node: string): any[] {
	const runs = (data?.resultData?.runData ?? data?.data?.resultData?.runData ?? {})[node] as Array<{ data?: { main?: Array<Array<{ json: any }> | null> } }> | undefined;
	if (!runs) return [];
	return runs.flatMap((run) => (run.data?.main?.[0] ?? []).map((item) => item.json));
}

/** Names of the nodes that ran in an execution. */
export function nodesThatRan(data: any): string[] {
	return Object.keys(data?.resultData?.runData ?? data?.data?.resultData?.runData ?? {});
}
