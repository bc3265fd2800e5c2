import type { ParamMatcher } from '@sveltejs/kit';
import { isLanguageSegment, type LanguageSegment } from '$lib/i18n/address';

/** `/zh/…`: the Chinese pages. English pages have no language segment. */
export const match = ((param: string): param is LanguageSegment =>
	isLanguageSegment(param)) satisfies ParamMatcher;
