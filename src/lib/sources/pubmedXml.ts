/**
 * Reads PubMed XML as E-utilities efetch returns it (a PubmedArticleSet of one or more
 * PubmedArticle) following NLM's element descriptions, and efetch's error document.
 */
import { DOMParser, XMLSerializer, type Element, type Node } from '@xmldom/xmldom';
import { flattenMarkup } from '../text/flattenMarkup.ts';
import type { Candidate } from './candidate.ts';
import { InputError } from './errors.ts';
import { compact, initialsOf, yearIn, type ReadRecord } from './record.ts';

const ELEMENT_NODE = 1;

function children(parent: Element | undefined, name: string): Element[] {
	if (!parent) return [];
	return Array.from(parent.childNodes as ArrayLike<Node>).filter(
		(n): n is Element => n.nodeType === ELEMENT_NODE && (n as Element).tagName === name
	);
}

/** The element at a path of direct children: child(article, 'Journal', 'JournalIssue'). */
function child(parent: Element | undefined, ...path: string[]): Element | undefined {
	let at = parent;
	for (const name of path) at = children(at, name)[0];
	return at;
}

/** An element's content with its inline markup flattened by the shared rule. */
function textOf(el: Element | undefined): string | undefined {
	if (!el) return undefined;
	const serializer = new XMLSerializer();
	const inner = Array.from(el.childNodes as ArrayLike<Node>)
		.map((n) => serializer.serializeToString(n))
		.join('');
	return flattenMarkup(inner) || undefined;
}

/**
 * Structured abstracts keep each section's label in front of its text, as PubMed's MEDLINE
 * format writes them: "BACKGROUND: … METHODS: …". Copyright notes are not part of the text.
 */
function abstractOf(article: Element): string | undefined {
	const sections = children(child(article, 'Abstract'), 'AbstractText').map((section) => {
		const category = section.getAttribute('NlmCategory');
		const label =
			section.getAttribute('Label') || (category && category !== 'UNASSIGNED' ? category : '');
		const body = textOf(section) ?? '';
		return label ? `${label}: ${body}` : body;
	});
	return sections.filter((s) => s.trim() !== '').join(' ') || undefined;
}

function authorOf(author: Element): string | undefined {
	const collective = textOf(child(author, 'CollectiveName'));
	if (collective) return collective;
	const family = textOf(child(author, 'LastName'));
	if (!family) return undefined;
	const initials =
		textOf(child(author, 'Initials')) ?? initialsOf(textOf(child(author, 'ForeName')) ?? '');
	return [family, initials, textOf(child(author, 'Suffix'))].filter((part) => part).join(' ');
}

function authorsOf(article: Element): string[] {
	return children(child(article, 'AuthorList'), 'Author')
		.filter((a) => a.getAttribute('ValidYN') !== 'N')
		.map(authorOf)
		.filter((name): name is string => name !== undefined);
}

function pagesOf(article: Element): string | undefined {
	const pagination = child(article, 'Pagination');
	const medline = textOf(child(pagination, 'MedlinePgn'));
	if (medline) return medline;
	const [start, end] = [
		textOf(child(pagination, 'StartPage')),
		textOf(child(pagination, 'EndPage'))
	];
	return start && end ? `${start}-${end}` : start;
}

function articleId(pubmedArticle: Element, type: string): string | undefined {
	const ids = children(child(pubmedArticle, 'PubmedData', 'ArticleIdList'), 'ArticleId');
	return textOf(ids.find((id) => id.getAttribute('IdType') === type));
}

function doiOf(pubmedArticle: Element, article: Element): string | undefined {
	const located = children(article, 'ELocationID').find((e) => e.getAttribute('EIdType') === 'doi');
	return articleId(pubmedArticle, 'doi') ?? textOf(located);
}

function recordOf(pubmedArticle: Element): ReadRecord {
	const citation = child(pubmedArticle, 'MedlineCitation');
	const article = child(citation, 'Article');
	if (!citation || !article) return {};
	const journal = child(article, 'Journal');
	const issue = child(journal, 'JournalIssue');
	const date = child(issue, 'PubDate');
	const pmcid = articleId(pubmedArticle, 'pmc');
	return compact({
		title: textOf(child(article, 'ArticleTitle')) ?? textOf(child(article, 'VernacularTitle')),
		authors: authorsOf(article),
		journal:
			textOf(child(journal, 'ISOAbbreviation')) ??
			textOf(child(citation, 'MedlineJournalInfo', 'MedlineTA')) ??
			textOf(child(journal, 'Title')),
		year: yearIn(textOf(child(date, 'Year')) ?? textOf(child(date, 'MedlineDate'))),
		volume: textOf(child(issue, 'Volume')),
		issue: textOf(child(issue, 'Issue')),
		pages: pagesOf(article),
		pmid: textOf(child(citation, 'PMID')),
		pmcid: pmcid && (pmcid.startsWith('PMC') ? pmcid : `PMC${pmcid}`),
		doi: doiOf(pubmedArticle, article),
		text: abstractOf(article)
	});
}

interface Located {
	lineNumber?: number;
	columnNumber?: number;
}

function parseXml(where: string, xml: string) {
	let problem: InputError | undefined;
	const doc = new DOMParser({
		onError: (level, message, context?: { locator?: Located }) => {
			if (level === 'warning' || problem) return;
			const at = context?.locator;
			problem = new InputError(
				where,
				Math.max(1, at?.lineNumber ?? 1),
				Math.max(1, at?.columnNumber ?? 1),
				`not well-formed XML: ${message}`,
				'the file may be cut short: save or download it again'
			);
		}
	});
	let parsed;
	try {
		parsed = doc.parseFromString(xml, 'text/xml');
	} catch {
		// xmldom throws after reporting a fatal error; the report is in `problem`.
	}
	if (problem || !parsed?.documentElement) {
		throw problem ?? new InputError(where, 1, 1, 'not well-formed XML', 'save the file again');
	}
	return parsed.documentElement;
}

function efetchError(where: string, root: Element): InputError {
	const error = children(root, 'ERROR')[0];
	return new InputError(
		where,
		error?.lineNumber ?? 1,
		error?.columnNumber ?? 1,
		`PubMed returned an error: ${textOf(error) ?? 'no message'}`,
		'check the PMID, or save the record from its PubMed page (Send to: Citation manager) and add it with --file'
	);
}

/** The articles of a PubMed XML document, or a located error for an efetch error document. */
export function readPubmedXml(where: string, xml: string): Candidate[] {
	const root = parseXml(where, xml);
	if (root.tagName === 'eFetchResult') throw efetchError(where, root);
	if (root.tagName !== 'PubmedArticleSet') {
		throw new InputError(
			where,
			root.lineNumber ?? 1,
			root.columnNumber ?? 1,
			`XML with <${root.tagName}> is not PubMed XML (expected <PubmedArticleSet>)`,
			'on PubMed, use efetch with retmode=xml, or save the record as "PubMed" text (.nbib)'
		);
	}
	return children(root, 'PubmedArticle').map((el) => ({
		record: recordOf(el),
		line: el.lineNumber ?? 1,
		column: el.columnNumber ?? 1
	}));
}
