/**
 * Generic OpenAPI request validator: walks the (corrected) Chatwoot spec and checks every request.
 *
 * Checks, in order:
 * 1. the path exists in the spec (or among the code-confirmed routes the fake declares, see
 *    `OperationDeclaration`) — else "unknown path";
 * 2. the method is allowed on that path — else "method not allowed";
 * 3. path params match their declared type (integer ids must be digits);
 * 4. every query param is declared (unknown → violation; `api_access_token` is a header, never a
 *    query param), declared values match their type/enum, required ones are present;
 * 5. the body: an operation without `requestBody` must not get one; the content type must be one
 *    the operation declares; the value is checked against the schema with `$ref` resolution:
 *    type, enum, required, properties, items, allOf / anyOf / oneOf (oneOf is checked like
 *    anyOf: the spec's alternatives overlap), `not`, `additionalProperties: false`.
 *
 * Tolerances (documented in the report): `null` is accepted for optional properties (Rails casts
 * nil); urlencoded/multipart values are strings, so they are coerced (`"3"` is an integer,
 * `"true"` a boolean); an operation whose path only differs by a trailing slash (the spec's
 * `/reports/conversations` and `/reports/conversations/`, one Rails route) is one path with
 * alternative operations — a request is valid if it satisfies any of them.
 */
import fs from 'node:fs';
import path from 'node:path';

import type { FakeRequest } from '../../fake-server';
import { bodyKind, bodyParams, isUploadedFile, splitBracketKey } from './forms';
import { correctSpec } from './spec-corrections';

/* eslint-disable @typescript-eslint/no-explicit-any */
type Schema = any;
type Doc = any;

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'] as const;
const SPEC_RELATIVE = path.join('shared', 'specs', 'chatwoot', 'swagger.json');

/**
 * Finds Chatwoot's swagger.json: `$CHATWOOT_SPEC`, then the verbatim copy next to this file
 * (`spec/swagger.json`), then `shared/specs/chatwoot/swagger.json` found by walking up from here
 * (covers `<repo>/../shared/…` where CI keeps `shared/` as a sibling of the clone).
 */
export function locateChatwootSpec(startDir: string = __dirname): string {
	const fromEnv = process.env.CHATWOOT_SPEC;
	if (fromEnv) {
		if (!fs.existsSync(fromEnv)) throw new Error(`CHATWOOT_SPEC points to a missing file: ${fromEnv}`);
		return fromEnv;
	}
	const local = path.join(startDir, 'spec', 'swagger.json');
	if (fs.existsSync(local)) return local;
	let dir = path.resolve(startDir);
	for (;;) {
		const candidate = path.join(dir, SPEC_RELATIVE);
		if (fs.existsSync(candidate)) return candidate;
		const parent = path.dirname(dir);
		if (parent === dir) break;
		dir = parent;
	}
	throw new Error('Chatwoot OpenAPI spec not found: set CHATWOOT_SPEC or keep spec/swagger.json next to the fake');
}

let cachedSpec: { file: string; doc: Doc } | undefined;
const correctedDocs = new WeakMap<object, Doc>();

/** Loads (and caches) the raw spec. */
export function loadChatwootSpec(file: string = locateChatwootSpec()): Doc {
	if (cachedSpec?.file !== file) cachedSpec = { file, doc: JSON.parse(fs.readFileSync(file, 'utf8')) };
	return cachedSpec.doc;
}

export interface ParamDef {
	name: string;
	in: 'path' | 'query' | 'header' | 'cookie';
	required?: boolean;
	schema?: Schema;
}

export interface RequestBodyDef {
	required?: boolean;
	content: Record<string, { schema?: Schema }>;
}

export interface SpecOperation {
	method: string;
	/** Template as written in the spec, e.g. `/api/v1/accounts/{account_id}/contacts/{id}`. */
	path: string;
	operationId?: string;
	/** true for a code-confirmed route the spec lacks (declared by the fake, see `OperationDeclaration`). */
	extra: boolean;
	segments: string[];
	params: ParamDef[];
	requestBody?: RequestBodyDef;
}

/**
 * The inputs of a route the spec lacks, written in the spec's own terms so the validator checks
 * its requests like any other operation. Every `{name}` of the path is an integer path parameter
 * unless `params` says otherwise.
 */
export interface OperationDeclaration {
	/** Query parameters, and path parameters that are not integers; `{ $ref }` to the spec's components is allowed. */
	params?: Array<ParamDef | { $ref: string }>;
	/** The request body; without one the operation takes none. */
	body?: RequestBodyDef;
	/** Start from the spec's operation of the same path with this method (Rails routes PUT and PATCH to one action). */
	like?: string;
}

export interface SpecValidatorOptions {
	/** Apply `spec-corrections.ts` (default true). */
	corrections?: boolean;
	/** Code-confirmed operations the spec lacks (the fake passes those of its `source: 'code'` routes). */
	declared?: Array<{ method: string; path: string } & OperationDeclaration>;
}

type Mode = 'json' | 'form';

function describe(value: unknown): string {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'array';
	if (isUploadedFile(value)) return 'file';
	return typeof value;
}

function normalizeSegments(template: string): string[] {
	const segments = template.split('/').filter((s, i, all) => !(s === '' && (i === 0 || i === all.length - 1)));
	return segments;
}

function safeDecode(text: string): string {
	try {
		return decodeURIComponent(text);
	} catch {
		return text;
	}
}

export class SpecValidator {
	readonly doc: Doc;
	readonly operations: SpecOperation[] = [];
	private readonly cache = new WeakMap<FakeRequest, string[]>();

	constructor(rawDoc: Doc = loadChatwootSpec(), options: SpecValidatorOptions = {}) {
		if (options.corrections === false) this.doc = rawDoc;
		else {
			// The corrected copy is read-only after construction, so fakes created from the same spec share it.
			let corrected = correctedDocs.get(rawDoc);
			if (!corrected) {
				corrected = correctSpec(rawDoc);
				correctedDocs.set(rawDoc, corrected);
			}
			this.doc = corrected;
		}
		for (const [template, item] of Object.entries<any>(this.doc.paths)) {
			const pathParams: ParamDef[] = (item.parameters ?? []).map((p: unknown) => this.resolve(p));
			for (const method of METHODS) {
				const operation = item[method];
				if (!operation) continue;
				const merged = new Map<string, ParamDef>();
				for (const p of pathParams) merged.set(`${p.in}:${p.name}`, p);
				for (const p of (operation.parameters ?? []).map((x: unknown) => this.resolve(x)) as ParamDef[]) merged.set(`${p.in}:${p.name}`, p);
				this.operations.push({
					method: method.toUpperCase(),
					path: template,
					operationId: operation.operationId,
					extra: false,
					segments: normalizeSegments(template),
					params: [...merged.values()],
					requestBody: operation.requestBody ? this.resolve(operation.requestBody) : undefined,
				});
			}
		}
		for (const declared of options.declared ?? []) this.operations.push(this.declaredOperation(declared));
	}

	private declaredOperation(op: { method: string; path: string } & OperationDeclaration): SpecOperation {
		const method = op.method.toUpperCase();
		const where = `${method} ${op.path}`;
		if (this.operations.some((o) => o.method === method && o.path === op.path)) throw new Error(`declared operation ${where} is in the spec already`);
		const like = op.like === undefined ? undefined : this.operations.find((o) => o.method === op.like!.toUpperCase() && o.path === op.path);
		if (op.like !== undefined && !like) throw new Error(`declared operation ${where}: the spec has no ${op.like} ${op.path}`);
		const segments = normalizeSegments(op.path);
		const merged = new Map<string, ParamDef>();
		for (const segment of segments) {
			if (!(segment.startsWith('{') && segment.endsWith('}'))) continue;
			const name = segment.slice(1, -1);
			merged.set(`path:${name}`, { name, in: 'path', required: true, schema: { type: 'integer' } });
		}
		for (const p of [...(like?.params ?? []), ...(op.params ?? []).map((x) => this.resolve(x) as ParamDef)]) merged.set(`${p.in}:${p.name}`, p);
		return {
			method,
			path: op.path,
			operationId: `fake-${method.toLowerCase()}-${op.path.replace(/[^a-z0-9]+/gi, '-')}`,
			extra: true,
			segments,
			params: [...merged.values()],
			requestBody: op.body ?? like?.requestBody,
		};
	}

	/** `#/components/...` lookups. */
	resolve(node: any): any {
		let current = node;
		for (let guard = 0; current && typeof current === 'object' && typeof current.$ref === 'string' && guard < 32; guard++) {
			const ref: string = current.$ref;
			if (!ref.startsWith('#/')) throw new Error(`external $ref not supported: ${ref}`);
			current = ref
				.slice(2)
				.split('/')
				.reduce((obj: any, key) => obj?.[key.replace(/~1/g, '/').replace(/~0/g, '~')], this.doc);
		}
		return current;
	}

	/** Violations of one request (cached per request object, so strict mode and the log agree). */
	validate(req: FakeRequest): string[] {
		const cached = this.cache.get(req);
		if (cached) return cached;
		const result = this.compute(req);
		this.cache.set(req, result);
		return result;
	}

	/** The operation(s) a method + raw path resolve to (most specific template first). */
	match(method: string, rawPath: string): { byPath: SpecOperation[]; candidates: SpecOperation[]; values: string[] } {
		const values = normalizeSegments(rawPath).map(safeDecode);
		const byPath: Array<{ op: SpecOperation; score: number }> = [];
		for (const op of this.operations) {
			if (op.segments.length !== values.length) continue;
			let score = 0;
			let matches = true;
			for (let i = 0; i < values.length; i++) {
				const segment = op.segments[i];
				if (segment.startsWith('{') && segment.endsWith('}')) {
					if (values[i] === '') matches = false;
				} else if (segment === values[i]) score++;
				else matches = false;
				if (!matches) break;
			}
			if (matches) byPath.push({ op, score });
		}
		const withMethod = byPath.filter((x) => x.op.method === method.toUpperCase());
		const best = Math.max(-1, ...withMethod.map((x) => x.score));
		return {
			byPath: byPath.map((x) => x.op),
			candidates: withMethod.filter((x) => x.score === best).map((x) => x.op),
			values,
		};
	}

	private compute(req: FakeRequest): string[] {
		const { byPath, candidates, values } = this.match(req.method, req.rawPath);
		if (byPath.length === 0) return [`unknown path ${req.path} (not in the Chatwoot spec)`];
		if (candidates.length === 0) {
			const allowed = [...new Set(byPath.map((o) => o.method))].sort().join(', ');
			return [`method ${req.method} not allowed on ${byPath[0].path} (allowed: ${allowed})`];
		}
		let bestErrors: string[] | undefined;
		for (const op of candidates) {
			const errors = this.checkOperation(op, req, values);
			if (errors.length === 0) return [];
			if (!bestErrors || errors.length < bestErrors.length) bestErrors = errors;
		}
		return bestErrors ?? [];
	}

	private checkOperation(op: SpecOperation, req: FakeRequest, values: string[]): string[] {
		const errors: string[] = [];
		const where = `${op.method} ${op.path}`;

		// Path params.
		op.segments.forEach((segment, i) => {
			if (!(segment.startsWith('{') && segment.endsWith('}'))) return;
			const name = segment.slice(1, -1);
			const def = op.params.find((p) => p.in === 'path' && p.name === name);
			if (!def) return;
			for (const e of this.check(def.schema ?? {}, values[i], `path param '${name}'`, 'form')) errors.push(e);
		});

		// Query params.
		const declared = op.params.filter((p) => p.in === 'query');
		for (const [rawKey, value] of Object.entries(req.query)) {
			const key = splitBracketKey(rawKey)[0];
			const def = declared.find((p) => p.name === key);
			if (!def) {
				errors.push(`unknown query parameter '${key}' for ${where}`);
				continue;
			}
			const schema = this.resolve(def.schema ?? {});
			const isArray = schema?.type === 'array';
			if (Array.isArray(value) && !isArray) {
				errors.push(`query parameter '${key}' must be a single value`);
				continue;
			}
			// A single value for an array parameter is tolerated (`labels=vip`).
			const checked = isArray && !Array.isArray(value) ? [value] : value;
			for (const e of this.check(schema, checked, `query parameter '${key}'`, 'form')) errors.push(e);
		}
		for (const def of declared) {
			if (def.required && !(def.name in req.query)) errors.push(`missing required query parameter '${def.name}'`);
		}

		// Body.
		errors.push(...this.checkBody(op, req));
		return errors;
	}

	private checkBody(op: SpecOperation, req: FakeRequest): string[] {
		const kind = bodyKind(req);
		const hasContent = (() => {
			if (kind === 'none') return false;
			if (kind === 'json') {
				const body = req.body;
				if (body === null) return false;
				if (typeof body === 'object') return Array.isArray(body) ? body.length > 0 : Object.keys(body as object).length > 0;
				return true;
			}
			if (kind === 'form' || kind === 'multipart') return Object.keys(bodyParams(req)).length > 0;
			return true;
		})();

		if (!op.requestBody) {
			return hasContent ? [`${op.method} ${op.path} takes no request body (send these values as query parameters)`] : [];
		}
		const content = op.requestBody.content ?? {};
		const mediaTypes = Object.keys(content);
		const errors: string[] = [];
		const wanted =
			kind === 'json'
				? 'application/json'
				: kind === 'form'
					? 'application/x-www-form-urlencoded'
					: kind === 'multipart'
						? 'multipart/form-data'
						: kind === 'other'
							? (req.headers['content-type'] ?? 'unknown').split(';')[0]
							: undefined;
		let media = wanted ? mediaTypes.find((m) => m === wanted) : undefined;
		if (wanted && !media) {
			errors.push(`content type ${wanted} not accepted by ${op.method} ${op.path} (accepts: ${mediaTypes.join(', ')})`);
			if (kind === 'other') return errors;
		}
		media ??= mediaTypes.includes('application/json') ? 'application/json' : mediaTypes[0];
		const schema = media ? content[media]?.schema : undefined;
		if (!schema) return errors;
		const mode: Mode = kind === 'form' || kind === 'multipart' ? 'form' : 'json';
		const value = kind === 'none' ? {} : mode === 'form' ? bodyParams(req) : req.body;
		errors.push(...this.check(schema, value, 'body', mode));
		return errors;
	}

	/** Minimal JSON-schema check. `mode: 'form'` coerces string values (query, urlencoded, multipart). */
	check(schemaIn: Schema, value: unknown, at: string, mode: Mode, depth = 0): string[] {
		if (depth > 40) return [];
		const schema = this.resolve(schemaIn);
		if (!schema || typeof schema !== 'object') return [];
		const errors: string[] = [];

		if (Array.isArray(schema.allOf)) {
			for (const sub of schema.allOf) errors.push(...this.check(sub, value, at, mode, depth + 1));
		}
		const alternatives = schema.anyOf ?? schema.oneOf;
		if (Array.isArray(alternatives)) {
			// Report the closest alternative; one rejected by a `not` discriminator is the least relevant.
			const score = (e: string[]) => e.length + (e.some((x) => x.includes('must not match')) ? 1000 : 0);
			let best: string[] | undefined;
			for (const sub of alternatives) {
				const e = this.check(sub, value, at, mode, depth + 1);
				if (e.length === 0) {
					best = [];
					break;
				}
				if (!best || score(e) < score(best)) best = e;
			}
			if (best && best.length) errors.push(`${at}: matches none of the allowed shapes (${best.join('; ')})`);
		}

		if (schema.not !== undefined && value !== undefined && this.check(schema.not, value, at, mode, depth + 1).length === 0) {
			errors.push(`${at}: must not match ${JSON.stringify(schema.not)}`);
		}

		const types: string[] = schema.type === undefined ? [] : Array.isArray(schema.type) ? schema.type : [schema.type];
		const nullable = schema.nullable === true || types.includes('null');
		if (value === null || value === undefined) {
			if (types.length && !nullable && value === null) errors.push(`${at}: expected ${types.join('|')}, got null`);
			return errors;
		}

		const effectiveTypes = types.length ? types : schema.properties ? ['object'] : schema.items ? ['array'] : [];
		if (effectiveTypes.length) {
			const matched = effectiveTypes.find((t) => this.isType(t, value, mode, schema));
			if (!matched) {
				errors.push(`${at}: expected ${effectiveTypes.join('|')}, got ${describe(value)}${typeof value === 'string' ? ` '${value}'` : ''}`);
				return errors;
			}
		}

		if (Array.isArray(schema.enum)) {
			const ok = schema.enum.some((e: unknown) => e === value || (mode === 'form' && e !== null && String(e) === String(value)));
			if (!ok) errors.push(`${at}: ${JSON.stringify(value)} is not one of ${JSON.stringify(schema.enum)}`);
		}

		if (Array.isArray(value) && schema.items) {
			value.forEach((item, i) => errors.push(...this.check(schema.items, item, `${at}[${i}]`, mode, depth + 1)));
		}

		if (typeof value === 'object' && !Array.isArray(value) && !isUploadedFile(value) && (schema.properties || schema.required || schema.additionalProperties !== undefined)) {
			const record = value as Record<string, unknown>;
			// In forms `attachments[]` arrives as `attachments`: match declared names without the `[]`.
			const properties: Record<string, Schema> = {};
			for (const [name, sub] of Object.entries<Schema>(schema.properties ?? {})) {
				properties[mode === 'form' && name.endsWith('[]') ? name.slice(0, -2) : name] = sub;
			}
			for (const name of schema.required ?? []) {
				const key = mode === 'form' && name.endsWith('[]') ? name.slice(0, -2) : name;
				if (record[key] === undefined) errors.push(`${at}: missing required property '${key}'`);
			}
			for (const [key, item] of Object.entries(record)) {
				const sub = properties[key];
				if (sub) errors.push(...this.check(sub, item, `${at}.${key}`, mode, depth + 1));
				else if (schema.additionalProperties === false) errors.push(`${at}: unknown property '${key}'`);
				else if (schema.additionalProperties && typeof schema.additionalProperties === 'object') {
					errors.push(...this.check(schema.additionalProperties, item, `${at}.${key}`, mode, depth + 1));
				}
			}
		}
		return errors;
	}

	private isType(type: string, value: unknown, mode: Mode, schema: Schema): boolean {
		const file = isUploadedFile(value);
		switch (type) {
			case 'string':
				if (file) return schema.format === 'binary' || mode === 'form';
				return typeof value === 'string';
			case 'integer':
				if (typeof value === 'number') return Number.isInteger(value);
				return mode === 'form' && typeof value === 'string' && /^-?\d+$/.test(value);
			case 'number':
				if (typeof value === 'number') return Number.isFinite(value);
				return mode === 'form' && typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value);
			case 'boolean':
				if (typeof value === 'boolean') return true;
				return mode === 'form' && typeof value === 'string' && ['true', 'false', '1', '0'].includes(value);
			case 'object':
				return typeof value === 'object' && value !== null && !Array.isArray(value) && !file;
			case 'array':
				return Array.isArray(value);
			case 'null':
				return value === null;
			default:
				return true;
		}
	}
}
