import type { IDataObject, INodeExecutionData } from 'n8n-workflow';
import { defineOperation, field } from '@leadchat/core';
import { businessHoursField } from './helpers';

/**
 * The CSV reports of `/api/v2/accounts/:id/reports/<name>` (agents, inboxes, labels, teams,
 * conversations summary, conversation traffic). Chatwoot answers `text/csv`: a first line with the
 * period (or the timezone), an empty line, then a header line and one line per row.
 */
interface CsvReport {
	operation: string;
	name: string;
	action: string;
	description: string;
	/** The report's name in the path, e.g. `agents`. */
	report: string;
	/** The file name Chatwoot gives the download (its Content-Disposition). */
	fileName: string;
	/** Conversation traffic reads a timezone offset; the others read business hours. */
	timezone?: boolean;
}

/** Splits CSV text into records (RFC 4180: quoted fields, doubled quotes, CRLF or LF). */
export function parseCsv(text: string): string[][] {
	const records: string[][] = [];
	let record: string[] = [];
	let value = '';
	let quoted = false;
	let i = 0;
	const endRecord = () => {
		record.push(value);
		records.push(record);
		record = [];
		value = '';
	};
	while (i < text.length) {
		const c = text[i];
		if (quoted) {
			if (c === '"' && text[i + 1] === '"') {
				value += '"';
				i += 2;
				continue;
			}
			if (c === '"') quoted = false;
			else value += c;
			i++;
			continue;
		}
		if (c === '"') quoted = true;
		else if (c === ',') {
			record.push(value);
			value = '';
		} else if (c === '\n' || c === '\r') {
			endRecord();
			if (c === '\r' && text[i + 1] === '\n') i++;
		} else value += c;
		i++;
	}
	if (value !== '' || record.length > 0) endRecord();
	return records;
}

const blank = (r: string[]) => r.every((v) => v.trim() === '');

/**
 * The rows of a Chatwoot CSV report as objects keyed by the header line. What comes before the first
 * empty line (the period or the timezone) is the preamble; without an empty line the first line is the header.
 */
export function reportRows(text: string): { preamble: string[]; rows: IDataObject[] } {
	const records = parseCsv(text);
	const gap = records.findIndex(blank);
	const preamble = gap > 0 ? records.slice(0, gap).map((r) => r.filter((v) => v !== '').join(' ')) : [];
	const body = (gap >= 0 ? records.slice(gap + 1) : records).filter((r) => !blank(r));
	const [header, ...lines] = body;
	if (!header) return { preamble, rows: [] };
	const keys = header.map((h, i) => (h.trim() === '' ? `column_${i + 1}` : h.trim()));
	return { preamble, rows: lines.map((line) => Object.fromEntries(keys.map((k, i) => [k, line[i] ?? '']))) };
}

const asBuffer = (body: unknown): Buffer =>
	Buffer.isBuffer(body) ? body : body instanceof ArrayBuffer ? Buffer.from(body) : Buffer.from(typeof body === 'string' ? body : JSON.stringify(body ?? ''), 'utf8');

/** One CSV report operation: the file as binary data, and optionally its rows as items. */
export function csvReport(spec: CsvReport) {
	return defineOperation({
		resource: 'report',
		operation: spec.operation,
		name: spec.name,
		action: spec.action,
		description: `${spec.description}. Chatwoot sends a CSV file: it comes out as binary data (and, as an option, its rows as items)`,
		fields: [
			field.unixTime('since', 'Since', { required: true, description: 'Start of the period: a date and time, or Unix seconds' }),
			field.unixTime('until', 'Until', { required: true, description: 'End of the period: a date and time, or Unix seconds' }),
			field.string('binaryPropertyName', 'Put Output File in Field', {
				required: true,
				default: 'data',
				hint: 'The name of the output binary field to put the file in',
			}),
			field.collection('options', 'Options', [
				...(spec.timezone
					? [field.number('timezoneOffset', 'Timezone Offset (Hours)', { min: -12, max: 14, description: 'Offset from UTC the hours of the traffic grid are counted in, e.g. -3' })]
					: [businessHoursField()]),
				field.boolean('rowsAsItems', 'Rows as Items', {
					description: 'Whether to also output each row of the report as an item (keyed by the header line); the file is on the first item',
				}),
			]),
		],
		async execute(p, tools, itemIndex): Promise<INodeExecutionData[]> {
			const options = p.options as { timezoneOffset?: number; businessHours?: boolean; rowsAsItems?: boolean };
			const body = await tools.request<unknown>({
				method: 'GET',
				path: `/reports/${spec.report}`,
				family: 'accountV2',
				binary: true,
				headers: { Accept: 'text/csv' },
				qs: { since: p.since, until: p.until, business_hours: options.businessHours, timezone_offset: options.timezoneOffset },
			});
			const buffer = asBuffer(body);
			const binary = await this.helpers.prepareBinaryData(buffer, spec.fileName, 'text/csv');
			const { preamble, rows } = reportRows(buffer.toString('utf8'));
			const file = { [p.binaryPropertyName]: binary };
			if (options.rowsAsItems) {
				if (rows.length === 0) return [{ json: { file_name: spec.fileName, preamble, row_count: 0 }, binary: file, pairedItem: { item: itemIndex } }];
				return rows.map((json, i) => ({ json, ...(i === 0 ? { binary: file } : {}), pairedItem: { item: itemIndex } }));
			}
			return [{ json: { file_name: spec.fileName, preamble, row_count: rows.length }, binary: file, pairedItem: { item: itemIndex } }];
		},
	});
}
