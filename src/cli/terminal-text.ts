import { formatProblem as formatCoreProblem, type Problem } from '../core/index.js';

/**
 * Control characters a terminal acts on: C0 (ESC starts every escape sequence, CR and BS overwrite what was
 * printed, BEL ends OSC sequences such as the window title or OSC 52, which writes the clipboard), DEL, C1
 * (U+009B is a one-character CSI) and the line and paragraph separators. `\n` and `\t` are left to
 * {@link oneLine}.
 */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/g;
const CONTROL_OR_LAYOUT = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

/** `\u001b` for ESC: a JSON escape, so JSON output stays JSON (and means the same) once escaped. */
const escaped = (char: string) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * What the CLI prints, made inert: every control character becomes its `\u001b`-style escape, except the
 * line breaks and tabs that lay out the CLI's own lines. Everything the CLI prints passes through here.
 */
export const forTerminal = (text: string): string => text.replace(CONTROL, escaped);

/**
 * A text from a catalog or a file name, for one line of output: line breaks and tabs escaped too, so that a
 * catalog cannot start a line of its own (a fake "0 errors").
 */
export const oneLine = (text: string): string => text.replace(CONTROL_OR_LAYOUT, escaped);

/** The core's one-line problem, with whatever it quotes from the files kept on that line. */
export const formatProblem = (problem: Problem): string => oneLine(formatCoreProblem(problem));

/** `io` with its standard output and error passed through {@link forTerminal}. */
export function withInertOutput<T extends { readonly stdout: (text: string) => void; readonly stderr: (text: string) => void }>(io: T): T {
  return { ...io, stdout: (text: string) => io.stdout(forTerminal(text)), stderr: (text: string) => io.stderr(forTerminal(text)) };
}
