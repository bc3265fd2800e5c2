/** The benchmark's report as plain-text tables, for the terminal. */
import type { Report } from './report.ts';
import { budgetSection, reportSections, type Section } from './sections.ts';
import { table } from './stats.ts';

function printSection(s: Section, log: (line: string) => void): void {
	log(`\n${s.title}`);
	for (const line of s.lines ?? []) log(line);
	if (s.table) log(table(s.table.head, s.table.rows));
	for (const line of s.after ?? []) log(line);
}

export function printReport(r: Report, log: (line: string) => void): void {
	for (const s of reportSections(r)) printSection(s, log);
	printSection(budgetSection(r), log);
}
