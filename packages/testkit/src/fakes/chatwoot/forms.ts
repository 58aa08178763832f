/**
 * Request bodies the way Rails sees them: JSON as is; urlencoded and multipart keys such as
 * `webhook[url]`, `labels[]`, `message[content]` expanded into nested objects and arrays; files
 * from multipart kept as `UploadedFile` values. Query, body and path params are then merged
 * into one `params` hash (Rails `params`).
 */
import type { FakeRequest } from '../../fake-server';
import type { MultipartBody } from '../../multipart';

export interface UploadedFile {
	readonly __file: true;
	field: string;
	filename: string;
	contentType: string;
	size: number;
	data: Buffer;
}

export function isUploadedFile(value: unknown): value is UploadedFile {
	return typeof value === 'object' && value !== null && (value as { __file?: unknown }).__file === true;
}

export type BodyKind = 'none' | 'json' | 'form' | 'multipart' | 'other';

export function bodyKind(req: FakeRequest): BodyKind {
	if (req.body === undefined || req.rawBody.length === 0) return 'none';
	const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
	if (type === 'application/json' || type.endsWith('+json')) return 'json';
	if (type === 'application/x-www-form-urlencoded') return 'form';
	if (type === 'multipart/form-data') return 'multipart';
	return 'other';
}

function isMultipart(body: unknown): body is MultipartBody {
	return typeof body === 'object' && body !== null && 'fields' in body && 'files' in body && Array.isArray((body as MultipartBody).files);
}

/** Splits `a[b][]` into `['a', 'b', '']`. A key without brackets is a single segment. */
export function splitBracketKey(key: string): string[] {
	const open = key.indexOf('[');
	if (open <= 0 || !key.endsWith(']')) return [key];
	const parts = [key.slice(0, open)];
	const re = /\[([^\]]*)\]/g;
	let match: RegExpExecArray | null;
	let consumed = open;
	while ((match = re.exec(key)) !== null) {
		if (match.index !== consumed) return [key];
		parts.push(match[1]);
		consumed = match.index + match[0].length;
	}
	return consumed === key.length ? parts : [key];
}

/** Expands a flat `{ 'a[b]': '1', 'c[]': ['x'] }` map into `{ a: { b: '1' }, c: ['x'] }` (Rails rules). */
export function expandBracketParams(flat: Record<string, unknown>): Record<string, unknown> {
	const root: Record<string, unknown> = {};
	for (const [key, value] of Object.entries(flat)) {
		const parts = splitBracketKey(key);
		let node: Record<string, unknown> = root;
		for (let i = 0; i < parts.length; i++) {
			const part = parts[i];
			const last = i === parts.length - 1;
			const nextIsArray = !last && parts[i + 1] === '';
			if (last) {
				node[part] = value;
				break;
			}
			if (nextIsArray && i + 1 === parts.length - 1) {
				const existing = node[part];
				const list = Array.isArray(existing) ? existing : existing === undefined ? [] : [existing];
				node[part] = list.concat(Array.isArray(value) ? value : [value]);
				break;
			}
			const child = node[part];
			if (typeof child !== 'object' || child === null || Array.isArray(child)) node[part] = {};
			node = node[part] as Record<string, unknown>;
		}
	}
	return root;
}

/** The request body as a Rails params hash (`{}` when empty or not an object). */
export function bodyParams(req: FakeRequest): Record<string, unknown> {
	const body = req.body;
	if (body === undefined || body === null) return {};
	if (isMultipart(body)) {
		const flat: Record<string, unknown> = { ...body.fields };
		for (const file of body.files) {
			const uploaded: UploadedFile = {
				__file: true,
				field: file.field,
				filename: file.filename,
				contentType: file.contentType,
				size: file.size,
				data: file.data,
			};
			const existing = flat[file.field];
			if (existing === undefined) flat[file.field] = file.field.endsWith('[]') ? [uploaded] : uploaded;
			else flat[file.field] = (Array.isArray(existing) ? existing : [existing]).concat(uploaded);
		}
		return expandBracketParams(flat);
	}
	if (Buffer.isBuffer(body) || typeof body !== 'object' || Array.isArray(body)) return {};
	if (bodyKind(req) === 'form') return expandBracketParams(body as Record<string, unknown>);
	return body as Record<string, unknown>;
}

/** Query string as a Rails params hash (`filter[name]=x` -> `{ filter: { name: 'x' } }`). */
export function queryParams(req: FakeRequest): Record<string, unknown> {
	return expandBracketParams(req.query as Record<string, unknown>);
}
