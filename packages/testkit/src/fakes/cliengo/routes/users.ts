/**
 * Users: `GET /users`, `GET /users/{id}` [3P-ref]. `POST /users` and `PATCH /users/{id}` are [I]:
 * the reference lists only GET; the issue asks for create/update, so they are implemented
 * tolerantly (unknown keys ignored, 400 on a missing name/email or a bad email).
 */
import type { CliengoStore } from '../store';
import { buildUser } from '../factory';
import { CliengoHttpError, EMAIL_RE, LIST_QUERY, objectBody, ok, page, readPaging, type CliengoRoute, type RouteEnv } from '../shared';
import type { User } from '../types';

export const USER_WRITE_KEYS = ['name', 'email', 'phone', 'language', 'permissions', 'allowedWebsiteIds', 'isSuperUser', 'imageUrl'];

export function userRoutes(env: RouteEnv): Array<CliengoRoute<CliengoStore>> {
	const bad = (message: string) => new CliengoHttpError(400, env.errorBody(message, 400));

	const readFields = (body: Record<string, unknown>): Partial<User> => {
		const out: Partial<User> = {};
		for (const key of ['name', 'email', 'phone', 'language', 'imageUrl'] as const) {
			const value = body[key];
			if (value === undefined) continue;
			if (value !== null && typeof value !== 'string') throw bad(`${key} must be a string`);
			(out as Record<string, unknown>)[key] = value;
		}
		for (const key of ['permissions', 'allowedWebsiteIds'] as const) {
			const value = body[key];
			if (value === undefined) continue;
			if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) throw bad(`${key} must be a list of strings`);
			out[key] = value as string[];
		}
		if (body.isSuperUser !== undefined) {
			if (typeof body.isSuperUser !== 'boolean') throw bad('isSuperUser must be a boolean');
			out.isSuperUser = body.isSuperUser;
		}
		if (out.email !== undefined && (out.email === null || !EMAIL_RE.test(out.email))) throw bad('Invalid email');
		return out;
	};

	const find = (store: CliengoStore, id: string): User => {
		const user = store.user(id);
		if (!user) throw new CliengoHttpError(404, env.errorBody('User not found', 404));
		return user;
	};

	return [
		{
			method: 'GET',
			path: '/1.0/users',
			name: 'users.list',
			query: LIST_QUERY,
			handler: (req, store) => page(store.users.filter((u) => !u.deleted), readPaging(req, env.paging), env.listKey('users')),
		},
		{
			method: 'POST',
			path: '/1.0/users',
			name: 'users.create',
			body: USER_WRITE_KEYS,
			handler: (req, store) => {
				const fields = readFields(objectBody(req, env.errorBody));
				if (!fields.name) throw bad('name is required');
				if (!fields.email) throw bad('email is required');
				if (store.users.some((u) => !u.deleted && u.email.toLowerCase() === fields.email!.toLowerCase())) {
					throw new CliengoHttpError(409, env.errorBody('A user with this email already exists', 409));
				}
				const user = buildUser(store, { ...fields, name: fields.name, email: fields.email });
				store.users.push(user);
				return ok(user, 201);
			},
		},
		{
			method: 'GET',
			path: '/1.0/users/:userId',
			name: 'users.get',
			handler: (req, store) => ok(find(store, req.params.userId)),
		},
		{
			method: 'PATCH',
			path: '/1.0/users/:userId',
			name: 'users.update',
			body: USER_WRITE_KEYS,
			handler: (req, store) => {
				const user = find(store, req.params.userId);
				Object.assign(user, readFields(objectBody(req, env.errorBody)));
				return ok(user);
			},
		},
	];
}
