/** Day arithmetic for Cliengo's `since`/`until`/`lastUpdated` filters, which take `YYYY-MM-DD`. */

export const DAY_MS = 86_400_000;

const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})/;

/** Epoch ms of a `YYYY-MM-DD` day at 00:00 UTC. */
function dayMs(day: string): number {
	const m = DAY_RE.exec(day);
	if (!m) throw new RangeError(`Not a day: ${day}`);
	return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

/** The UTC day of an instant, `YYYY-MM-DD`. */
export function dayOf(ms: number): string {
	return new Date(ms).toISOString().slice(0, 10);
}

/** The farthest west a time zone is (UTC−12:00): where a day begins last, 12 hours after it does in UTC. */
const WEST_MOST_OFFSET_MS = 12 * 3_600_000;

/**
 * The latest day that has begun by `ms` in every time zone (UTC−12:00 to UTC+14:00), for a filter
 * Cliengo reads in a zone it does not state (UTC, or the account's): asked from that day, the filter
 * covers `ms` whichever zone it is read in.
 */
export function dayBegunEverywhereBy(ms: number): string {
	return dayOf(ms - WEST_MOST_OFFSET_MS);
}

export function addDays(day: string, days: number): string {
	return dayOf(dayMs(day) + days * DAY_MS);
}

/** Whole days from `a` to `b`. */
export function daysBetween(a: string, b: string): number {
	return Math.round((dayMs(b) - dayMs(a)) / DAY_MS);
}

/** Epoch ms of a Cliengo date field, or NaN. */
export function timeOf(value: unknown): number {
	return typeof value === 'string' ? Date.parse(value) : typeof value === 'number' ? value : NaN;
}

/** Offset (ms) of an IANA time zone from UTC at an instant. */
function zoneOffsetMs(utcMs: number, timeZone: string): number {
	const format = new Intl.DateTimeFormat('en-US', {
		timeZone,
		hourCycle: 'h23',
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		minute: '2-digit',
		second: '2-digit',
	});
	const parts: Record<string, number> = {};
	for (const part of format.formatToParts(new Date(utcMs))) if (part.type !== 'literal') parts[part.type] = Number(part.value);
	const asUtc = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
	return asUtc - Math.floor(utcMs / 1000) * 1000;
}

/**
 * An n8n date value as RFC 3339 UTC. n8n date fields carry no zone (`2026-07-01T10:00:00`): they
 * mean that wall-clock time in the workflow's time zone. A value with a zone is kept as that instant.
 */
export function toRfc3339(value: string, timeZone: string): string | undefined {
	const text = value.trim();
	if (/(Z|[+-]\d{2}:?\d{2})$/i.test(text)) {
		const ms = Date.parse(text);
		return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
	}
	const naive = Date.parse(/T/.test(text) ? `${text}Z` : `${text}T00:00:00Z`);
	if (Number.isNaN(naive)) return undefined;
	let zone = 'UTC';
	try {
		new Intl.DateTimeFormat('en-US', { timeZone });
		zone = timeZone;
	} catch {
		zone = 'UTC';
	}
	const first = naive - zoneOffsetMs(naive, zone);
	return new Date(naive - zoneOffsetMs(first, zone)).toISOString();
}
