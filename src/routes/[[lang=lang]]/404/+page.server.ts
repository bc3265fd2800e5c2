import { atlasForPage } from '$lib/server/atlasForPage';
import { catalogueOf } from '$lib/view/catalogue';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({ catalogue: catalogueOf(atlasForPage()) });
