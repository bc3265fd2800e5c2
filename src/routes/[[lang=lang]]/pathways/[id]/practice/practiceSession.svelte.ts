/**
 * The practice page's state: the round drawn from its seed, where the student is in it, what
 * they chose, and the score. The best score is kept in this browser's local storage only.
 */
import { SvelteMap } from 'svelte/reactivity';
import type { Language } from '$lib/i18n/languages';
import { practiceRound } from '$lib/practice/round';
import type { PracticeSubject, Question } from '$lib/practice/types';

/** The seed of a page opened without `?round=` (and of the prerendered page). */
export const FIRST_ROUND = '1';
const LETTERS = 'abcd';

export class PracticeSession {
	seed = $state(FIRST_ROUND);
	index = $state(0);
	chosen = $state<number | undefined>();
	checked = $state(false);
	/** The option chosen for each question answered so far, by question id. */
	readonly given = new SvelteMap<string, number>();
	best = $state<number | undefined>();

	constructor(
		private subject: () => PracticeSubject,
		private language: () => Language
	) {}

	readonly questions: Question[] = $derived.by(() =>
		practiceRound(this.subject(), this.language(), this.seed)
	);
	readonly current: Question | undefined = $derived(this.questions[this.index]);
	readonly finished = $derived(this.index >= this.questions.length);
	readonly score = $derived(
		this.questions.filter((q) => this.given.get(q.id) === q.correct).length
	);
	readonly missed = $derived(this.questions.filter((q) => this.given.get(q.id) !== q.correct));

	private get storageKey() {
		return `mechanism-atlas.practice.${this.subject().pathway.id}`;
	}

	/** A round from `seed`, from its first question. */
	start(seed: string) {
		this.seed = seed;
		this.index = 0;
		this.chosen = undefined;
		this.checked = false;
		this.given.clear();
		this.best = readBest(this.storageKey);
	}

	choose(i: number) {
		if (!this.checked && this.current && i < this.current.options.length) this.chosen = i;
	}

	check() {
		if (this.checked || this.chosen === undefined || !this.current) return;
		this.given.set(this.current.id, this.chosen);
		this.checked = true;
	}

	advance() {
		if (!this.checked) return;
		this.index += 1;
		this.chosen = undefined;
		this.checked = false;
		if (this.finished) this.best = saveBest(this.storageKey, this.score / this.questions.length);
	}

	/** 1–4 or A–D choose, Enter checks, then goes on. True when the key was used. */
	key(key: string): boolean {
		const n = /^[1-4]$/.test(key) ? Number(key) - 1 : LETTERS.indexOf(key.toLowerCase());
		if (key.length === 1 && n >= 0) {
			this.choose(n);
			return true;
		}
		if (key !== 'Enter' || this.finished) return false;
		if (this.checked) this.advance();
		else this.check();
		return true;
	}
}

/** The best share of right answers kept in this browser, if any (storage may be refused). */
function readBest(key: string): number | undefined {
	try {
		const value = Number(globalThis.localStorage?.getItem(key) ?? Number.NaN);
		return Number.isFinite(value) ? value : undefined;
	} catch {
		return undefined;
	}
}

function saveBest(key: string, share: number): number {
	const best = Math.max(share, readBest(key) ?? 0);
	try {
		globalThis.localStorage?.setItem(key, String(best));
	} catch {
		// private browsing may refuse storage: the score still shows
	}
	return best;
}
