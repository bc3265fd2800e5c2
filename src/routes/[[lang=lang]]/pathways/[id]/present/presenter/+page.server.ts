import { laidOutPathway, pathwayPageEntries } from '$lib/server/pathwayRoute';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = pathwayPageEntries;
export const load: PageServerLoad = ({ params }) => laidOutPathway(params.id);
