/** The presenter's clock and elapsed time, as text. */

const two = (n: number) => String(n).padStart(2, '0');

/** "14:05" in the presenter's local time. */
export const clockTime = (date: Date) => `${two(date.getHours())}:${two(date.getMinutes())}`;

/** "4:07" under an hour, "1:02:07" from then on; negative spans count as zero. */
export function elapsed(ms: number): string {
	const total = Math.max(0, Math.floor(ms / 1000));
	const h = Math.floor(total / 3600);
	const m = Math.floor((total % 3600) / 60);
	const s = total % 60;
	return h ? `${h}:${two(m)}:${two(s)}` : `${m}:${two(s)}`;
}
