/**
 * npm run add-source -- --file <path> | --pmid <n> | --doi <doi>
 *     [--dir <atlas folder>] [--id <id>] [--force]
 *     [--title … --authors "Family I; Other AB" --journal … --year … --volume … --issue …
 *      --pages … --pmcid … --url …]
 * Writes <dir>/sources/<id>.yaml from a PubMed XML, MEDLINE (.nbib), RIS, EndNote (.enw),
 * BibTeX, CSL-JSON or plain-text file, or from PubMed/Crossref online; prints the record
 * and the sentences, then the validator's verdict. Nothing is written on any error.
 */
import { main } from '../src/lib/sources/command.ts';

process.exitCode = await main(process.argv.slice(2), process.env, console.log, console.error);
