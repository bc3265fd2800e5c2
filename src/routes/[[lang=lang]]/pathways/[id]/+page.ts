import { withViewer } from '$lib/pages/sharedLoad';
import type { PageLoad } from './$types';

export const load: PageLoad = ({ data, fetch }) => withViewer(data, fetch);
