import { inEveryLanguage } from '$lib/i18n/address';
import type { EntryGenerator } from './$types';

// No client script: at an unknown address the router would only find nothing to hydrate.
export const csr = false;
export const entries: EntryGenerator = () => inEveryLanguage([{}]);
