import type { ICredentialsDecrypted, ICredentialTestFunctions, IDataObject, IHookFunctions, INodeCredentialTestResult, IWebhookFunctions } from 'n8n-workflow';

export interface RemoteHook {
	id: string;
	url: string;
	secret?: string;
}

export interface WebhookLifecycleOptions {
	/** Every hook the platform has for this account (or scope). */
	list(this: IHookFunctions): Promise<RemoteHook[]>;
	create(this: IHookFunctions, url: string): Promise<RemoteHook>;
	/** Brings a reused hook in line with the node's settings (events, inbox); optional. */
	update?(this: IHookFunctions, hook: RemoteHook): Promise<RemoteHook>;
	/** Must treat "already gone" (404) as success. */
	remove(this: IHookFunctions, id: string): Promise<void>;
	/** Compares URLs; default ignores a trailing slash. */
	sameUrl?(a: string, b: string): boolean;
}

export interface StoredHook extends IDataObject {
	webhookId?: string;
	webhookSecret?: string;
}

const defaultSameUrl = (a: string, b: string) => a.replace(/\/+$/, '') === b.replace(/\/+$/, '');

/**
 * n8n's webhookMethods.default for a platform whose hooks can be registered over its API:
 * checkExists finds a hook with this node's URL (and adopts it), create registers one (or reuses one
 * that already has the URL, so hooks never pile up), delete removes it. When several hooks share
 * the URL, the one whose id is stored is preferred. Remote ids and secrets are kept in the node's
 * static data.
 */
export function webhookLifecycle(opts: WebhookLifecycleOptions) {
	const sameUrl = opts.sameUrl ?? defaultSameUrl;
	/** The hook with this URL, preferring the one whose id is stored (several may share the URL). */
	const findOwn = (hooks: RemoteHook[], data: StoredHook, url: string) =>
		(data.webhookId !== undefined ? hooks.find((h) => h.id === data.webhookId && sameUrl(h.url, url)) : undefined) ?? hooks.find((h) => sameUrl(h.url, url));
	const adopt = (data: StoredHook, hook: RemoteHook) => {
		data.webhookId = hook.id;
		if (hook.secret) data.webhookSecret = hook.secret;
		else delete data.webhookSecret;
	};
	return {
		async checkExists(this: IHookFunctions): Promise<boolean> {
			const data = this.getWorkflowStaticData('node') as StoredHook;
			const url = this.getNodeWebhookUrl('default') as string;
			const found = findOwn(await opts.list.call(this), data, url);
			if (!found) {
				delete data.webhookId;
				delete data.webhookSecret;
				return false;
			}
			adopt(data, opts.update ? await opts.update.call(this, found) : found);
			return true;
		},
		async create(this: IHookFunctions): Promise<boolean> {
			const data = this.getWorkflowStaticData('node') as StoredHook;
			const url = this.getNodeWebhookUrl('default') as string;
			const existing = findOwn(await opts.list.call(this), data, url);
			const hook = existing ? (opts.update ? await opts.update.call(this, existing) : existing) : await opts.create.call(this, url);
			adopt(data, hook);
			return true;
		},
		async delete(this: IHookFunctions): Promise<boolean> {
			const data = this.getWorkflowStaticData('node') as StoredHook;
			if (data.webhookId !== undefined) {
				await opts.remove.call(this, data.webhookId);
			}
			delete data.webhookId;
			delete data.webhookSecret;
			return true;
		},
	};
}

/**
 * n8n's webhookMethods.default for a platform whose hooks are set up by hand in its own settings
 * (no API to register them): nothing is created or removed remotely. `check` runs when the workflow
 * is activated (checkExists and create) and throws when no delivery could ever pass, e.g. no secret
 * is known, so that such a workflow does not look active.
 */
export function manualWebhookLifecycle(check: (this: IHookFunctions) => Promise<void>) {
	return {
		async checkExists(this: IHookFunctions): Promise<boolean> {
			await check.call(this);
			return true;
		},
		async create(this: IHookFunctions): Promise<boolean> {
			await check.call(this);
			return true;
		},
		async delete(this: IHookFunctions): Promise<boolean> {
			return true;
		},
	};
}

/**
 * The secret a webhook trigger checks deliveries against, read from a credential field (secrets
 * live in credentials, which n8n encrypts). '' when the node has no such credential selected (n8n
 * throws then), it was deleted, or the field is empty: the caller refuses the delivery or the
 * activation with its own advice.
 */
export async function credentialSecret(ctx: Pick<IHookFunctions | IWebhookFunctions, 'getCredentials'>, credentialType: string, field: string): Promise<string> {
	try {
		const credential = await ctx.getCredentials(credentialType);
		const value = credential?.[field];
		return typeof value === 'string' ? value : '';
	} catch {
		return '';
	}
}

/**
 * The credential test (a node's `methods.credentialTest`, named by `testedBy` on its credential
 * entry) of a credential whose secrets are never sent anywhere, only compared with what arrives:
 * a signing secret, a webhook key. Nothing can be asked of the platform, so it checks what would
 * make every delivery fail: all of `fields` empty, or a value with a space or line break at either
 * end (pasted along with the secret; the platform's signature or key never has one).
 */
export function webhookSecretTest(fields: ReadonlyArray<{ name: string; label: string }>) {
	return async function (this: ICredentialTestFunctions, credential: ICredentialsDecrypted): Promise<INodeCredentialTestResult> {
		const data = credential.data ?? {};
		const filled = fields.filter((f) => typeof data[f.name] === 'string' && data[f.name] !== '');
		if (filled.length === 0) {
			const names = fields.map((f) => f.label).join(' or ');
			return { status: 'Error', message: `${names} is empty: no delivery could be verified` };
		}
		for (const f of filled) {
			const value = data[f.name] as string;
			if (value.trim() !== value) {
				return { status: 'Error', message: `${f.label} begins or ends with a space or line break: remove it, or no delivery will match` };
			}
		}
		return { status: 'OK', message: `${filled.map((f) => f.label).join(' and ')} set; each delivery is checked against it` };
	};
}
