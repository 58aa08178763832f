/** Account and JWT: `GET/PUT /account` [C-doc], `GET /jwt` [3P-obs]. */
import { randomBytes } from 'node:crypto';
import type { CliengoStore } from '../store';
import { CliengoHttpError, objectBody, ok, type CliengoRoute, type RouteEnv } from '../shared';

/** The only fields PUT /account takes [C-doc]. */
export const ACCOUNT_UPDATE_KEYS = ['taxId', 'name', 'contactName'] as const;

export function accountRoutes(env: RouteEnv): Array<CliengoRoute<CliengoStore>> {
	return [
		{
			method: 'GET',
			path: '/1.0/account',
			name: 'account.get',
			handler: (_req, store) => ok(store.account),
		},
		{
			method: 'PUT',
			path: '/1.0/account',
			name: 'account.update',
			body: [...ACCOUNT_UPDATE_KEYS],
			handler: (req, store) => {
				const body = objectBody(req, env.errorBody);
				for (const key of ACCOUNT_UPDATE_KEYS) {
					const value = body[key];
					if (value === undefined) continue;
					if (typeof value !== 'string') throw new CliengoHttpError(400, env.errorBody(`${key} must be a string`, 400));
					store.account[key] = value;
				}
				for (const contact of store.contacts.values()) contact.accountName = store.account.name;
				return ok(store.account);
			},
		},
		{
			method: 'GET',
			path: '/1.0/jwt',
			name: 'jwt.get',
			handler: (_req, store) => {
				// [I] an opaque three-part token; accepted afterwards as `Authorization: Bearer <jwt>`.
				const part = () => randomBytes(12).toString('base64url');
				const jwt = `${part()}.${part()}.${part()}`;
				store.jwts.add(jwt);
				return ok({ jwt });
			},
		},
	];
}
