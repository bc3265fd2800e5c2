import { pathwayPageEntries } from '$lib/server/pathwayRoute';
import { pathwayPageLoad } from '$lib/server/pathwayPageLoad';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = pathwayPageEntries;

export const load: PageServerLoad = ({ params, locals }) => pathwayPageLoad(params, locals);
