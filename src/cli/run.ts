import PACKAGE_JSON from '../../package.json';
import { messageOf } from '../core/index.js';
import { EXIT, type CliIo } from './command.js';
import { COMMANDS } from './commands.js';
import { oneLine, withInertOutput } from './terminal-text.js';
import { UsageError, isUsageError } from './usage-error.js';

export { EXIT, type CliIo } from './command.js';

/** The usage text: each command's line is made from the options it parses. */
const USAGE = [
  'Usage:',
  '  A catalog is a .json, .yaml or .yml file, or a folder of them (one objection or a whole catalog per',
  '  file, read in name order); see docs/extend-catalog.md in the package, or',
  '  https://github.com/objection-desk/objection-desk/blob/main/docs/extend-catalog.md',
  '',
  ...COMMANDS.map((command) => command.usage),
  '  objection-desk --help | --version',
].join('\n');

/**
 * Runs one command. What it prints passes through `forTerminal`: a catalog's text reaches the terminal as
 * text, never as an escape sequence; and a file it cannot read is a problem it reports, never a stack trace.
 */
export async function runCli(args: readonly string[], terminalIo: CliIo): Promise<number> {
  const io = withInertOutput(terminalIo);
  const [name, ...rest] = args;
  try {
    const command = COMMANDS.find((one) => one.name === name);
    if (command) return await command.run(rest, io);
    switch (name) {
      case '--version':
      case '-v':
        io.stdout(`${(PACKAGE_JSON as { version: string }).version}\n`);
        return EXIT.ok;
      case '--help':
      case '-h':
      case 'help':
        io.stdout(`${USAGE}\n`);
        return EXIT.ok;
      default:
        throw new UsageError(name ? `unknown command "${name}"` : 'no command given');
    }
  } catch (error) {
    if (!isUsageError(error)) {
      // A bug, not a catalog's fault (those are problems): said in one line, as everything else.
      io.stderr(`objection-desk: cannot go on: ${oneLine(messageOf(error))}\n`);
      return EXIT.problems;
    }
    io.stderr(`objection-desk: ${oneLine(error.message)}\n\n${USAGE}\n`);
    return EXIT.usage;
  }
}
