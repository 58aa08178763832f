import { defineOperation, field, returnAllOrLimit } from '@leadchat/core';
import { wholeList } from '../../lists';

export const getMap = defineOperation({
	resource: 'visitor',
	operation: 'getMap',
	name: 'Get Map',
	action: 'Get visitors on a map',
	description: 'Group the visitors browsing now by place: one item per map point, with its location and visitors',
	fields: [
		...returnAllOrLimit(),
		field.collection('area', 'Area', [
			field.number('longitude', 'Center Longitude', { min: -180, max: 180 }),
			field.number('latitude', 'Center Latitude', { min: -90, max: 90 }),
			field.number('radius', 'Radius', { min: 0, description: 'Size of the area around the center' }),
		]),
	],
	check(p, tools) {
		const { longitude, latitude } = p.area;
		if ((longitude === undefined) !== (latitude === undefined)) tools.fail(longitude === undefined ? 'Area → Center Longitude' : 'Area → Center Latitude', 'is required with the other coordinate of the center');
	},
	list: wholeList(
		() => '/visitors/map',
		(p: { area: { longitude?: number; latitude?: number; radius?: number } }) => ({ center_longitude: p.area.longitude, center_latitude: p.area.latitude, center_radius: p.area.radius }),
	),
});
