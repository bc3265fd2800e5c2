/** Cross-reference links: identifiers.org resolves every resource we record. */
import { XREF_FORMATS, type XrefResource } from '../schema/vocabulary.ts';

const PREFIX: Record<XrefResource, string> = {
	hgnc: 'hgnc',
	uniprot: 'uniprot',
	chebi: '',
	pubchem: 'pubchem.compound',
	drugbank: 'drugbank',
	mesh: 'mesh',
	go: '',
	ncbigene: 'ncbigene'
};

export const XREF_NAMES: Record<XrefResource, string> = {
	hgnc: 'HGNC',
	uniprot: 'UniProt',
	chebi: 'ChEBI',
	pubchem: 'PubChem',
	drugbank: 'DrugBank',
	mesh: 'MeSH',
	go: 'GO',
	ncbigene: 'NCBI Gene'
};

/** The link for an identifier, or undefined when it does not have the resource's format. */
export function xrefUrl(resource: XrefResource, id: string): string | undefined {
	if (!XREF_FORMATS[resource].pattern.test(id)) return undefined;
	const local = id.replace(/^HGNC:/, '');
	const curie = PREFIX[resource] ? `${PREFIX[resource]}:${local}` : id;
	return `https://identifiers.org/${encodeURIComponent(curie).replace('%3A', ':')}`;
}

export interface XrefLink {
	resource: XrefResource;
	name: string;
	id: string;
	/** None when the identifier does not have the resource's format. */
	href?: string;
}

/** An entity's cross-references as the details panel links them. */
export function xrefLinks(xrefs: Partial<Record<XrefResource, string>> = {}): XrefLink[] {
	return (Object.entries(xrefs) as [XrefResource, string][]).map(([resource, id]) => {
		const href = xrefUrl(resource, id);
		return { resource, name: XREF_NAMES[resource], id, ...(href ? { href } : {}) };
	});
}
