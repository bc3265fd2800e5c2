/** Interface text with named slots ("create {file} …") filled with code, as parts to render. */
export type TemplatePart = { text: string } | { code: string };

export function fillTemplate(template: string, code: Record<string, string>): TemplatePart[] {
	return template
		.split(/(\{\w+\})/)
		.filter(Boolean)
		.map((part) => {
			const name = /^\{(\w+)\}$/.exec(part)?.[1];
			return name !== undefined && name in code ? { code: code[name]! } : { text: part };
		});
}
