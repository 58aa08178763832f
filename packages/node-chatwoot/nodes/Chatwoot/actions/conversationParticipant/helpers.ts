/** Agent ids typed or chosen: digits only; refused with the field named otherwise. */
export function userIds(ids: string[], fail: (field: string, problem: string) => never): number[] {
	const bad = ids.find((id) => !/^\d+$/.test(id.trim()));
	if (bad !== undefined) fail('Agents', `must contain numeric agent IDs only; got "${bad}"`);
	return ids.map((id) => Number(id.trim()));
}
