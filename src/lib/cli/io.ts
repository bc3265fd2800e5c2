/**
 * Where a command-line tool writes, and the environment it reads: the terminal's when run from
 * scripts/, collected lines when a test calls the command in-process.
 */
export interface CommandIo {
	/** One line (or several, joined by newlines) to standard output. */
	out: (text: string) => void;
	/** One line (or several) to standard error. */
	err: (text: string) => void;
	env: NodeJS.ProcessEnv;
}

/** The process's own standard output, standard error and environment. */
export function processIo(): CommandIo {
	return {
		out: (text) => process.stdout.write(text + '\n'),
		err: (text) => process.stderr.write(text + '\n'),
		env: process.env
	};
}
