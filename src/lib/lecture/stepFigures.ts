/**
 * One figure per lecture step, through the one SVG renderer: step n shows what steps 1..n reveal,
 * all in the same frame, by default with the step and its narration in the title band; a step
 * that names a hypothesis shows that hypothesis and the shared elements. Files
 * are numbered with leading zeros so that they sort in lecture order.
 */
import { DEFAULT_EXPORT, figureOptions, type ExportOptions } from '../export/exportOptions.ts';
import type { ExportSubject } from '../export/exportText.ts';
import { fileStem } from '../export/formats.ts';
import { figureContext } from '../render/figureContext.ts';
import type { SvgOptions } from '../render/options.ts';
import { renderSvg } from '../render/renderSvg.ts';
import { withStepHypothesis } from '../export/stepHypothesis.ts';

export interface StepFigure {
	step: number;
	name: string;
	svg: string;
}

export function stepFileName(pathwayId: string, step: number, total: number, ext = 'svg'): string {
	const digits = String(Math.max(total, 1)).length;
	return `${pathwayId}.step-${String(step).padStart(digits, '0')}.${ext}`;
}

/**
 * Every step's figure: `options` as the export menu's, the scope being each step in turn;
 * `figure` overrides what the menu does not offer (a slide leaves out the title band).
 */
export function stepFigures(
	subject: ExportSubject,
	options: Partial<ExportOptions> = {},
	figure: Partial<SvgOptions> = {}
): StepFigure[] {
	const context = figureContext(subject.pathway, subject.records);
	const total = subject.pathway.steps.length;
	const id = fileStem(subject.pathway.id, options.lang);
	return Array.from({ length: total }, (_, i) => {
		const chosen = withStepHypothesis(subject.pathway, {
			...DEFAULT_EXPORT,
			...options,
			scope: 'step' as const,
			step: i + 1
		});
		return {
			step: i + 1,
			name: stepFileName(id, i + 1, total),
			svg: renderSvg(subject.laidOut, { ...figureOptions(chosen), ...figure }, context)
		};
	});
}
