import { laidOutPathway, pathwayEntries } from '$lib/server/pathwayRoute';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = pathwayEntries;
export const load: PageServerLoad = ({ params }) => laidOutPathway(params.id);
