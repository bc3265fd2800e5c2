import { withShared } from '$lib/pages/sharedLoad';
import type { PageLoad } from './$types';

export const load: PageLoad = ({ data, fetch }) => withShared(data, fetch);
