import { type ParseArgsConfig, parseArgs } from 'node:util';
import { primaryLanguage, type Locale } from '../core/index.js';
import type { CliFiles } from './load.js';
import { UsageError } from './usage-error.js';

/** What the CLI touches of the outside world, so tests can run it in-process. */
export interface CliIo extends CliFiles {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** All of standard input, or `undefined` when it is an interactive terminal. */
  readonly readStdin: () => Promise<string | undefined>;
  readonly env: Readonly<Record<string, string | undefined>>;
}

/** Exit codes: success, problems found (invalid catalog, failed check), wrong usage. */
export const EXIT = { ok: 0, problems: 1, usage: 2 } as const;

type Options = NonNullable<ParseArgsConfig['options']>;
type Parsed<O extends Options> = ReturnType<typeof parseArgs<{ args: string[]; allowPositionals: true; options: O }>>;

/** A command as it is written: what it parses, which is also what its usage shows, and what it does. */
export interface CommandSpec<O extends Options> {
  readonly name: string;
  /** The operands after the name, as the usage shows them (`<file|dir>…`), and what to say when there are none. */
  readonly operands: {
    readonly usage: string;
    /** The usage error when the operands are missing; without it they may be left out. */
    readonly missing?: string;
    /** Exactly one operand, not one or more. */
    readonly single?: boolean;
  };
  /** `parseArgs` options, in the order the usage lists them. */
  readonly options: O;
  /** How the usage shows a string option's value where its default does not (`<file|dir>`); else `<name>`. */
  readonly values?: { readonly [K in keyof O]?: string };
  /** Options that must be given, each with the usage error that says so; the usage shows them unbracketed. */
  readonly required?: { readonly [K in keyof O]?: string };
  /** What the command does: the usage's lines under the command's own. */
  readonly about: readonly string[];
  readonly run: (parsed: Parsed<O>, io: CliIo) => Promise<number>;
}

/** A command as the CLI runs it. */
export interface Command {
  readonly name: string;
  /** The command's part of the usage text, made from the options it parses. */
  readonly usage: string;
  readonly run: (args: readonly string[], io: CliIo) => Promise<number>;
}

/** A command whose arguments are parsed, and its operands and required options checked, before it runs. */
export function defineCommand<O extends Options>(spec: CommandSpec<O>): Command {
  const { name, operands, options, about } = spec;
  const required: Partial<Record<string, string>> = spec.required ?? {};
  const shown = Object.entries(options).map(([option, config]) => {
    const flag = config.short ? `-${config.short}` : `--${option}`;
    const example = typeof config.default === 'string' ? config.default : `<${option}>`;
    const value = config.type === 'boolean' ? '' : ` ${spec.values?.[option] ?? example}`;
    if (required[option]) return `${flag}${value}`;
    return `[${flag}${value}]${config.multiple ? '…' : ''}`;
  });
  return {
    name,
    usage: [`  objection-desk ${[name, operands.usage, ...shown].filter((part) => part !== '').join(' ')}`, ...about.map((line) => `      ${line}`)].join('\n'),
    run: (args, io) => {
      const parsed = parseArgs({ args: [...args], allowPositionals: true, options });
      const count = parsed.positionals.length;
      if (operands.missing && (operands.single ? count !== 1 : count === 0)) throw new UsageError(operands.missing);
      for (const [option, message] of Object.entries(required)) {
        if (message && !(parsed.values as Record<string, unknown>)[option]) throw new UsageError(message);
      }
      return spec.run(parsed, io);
    },
  };
}

/** The language of the environment (`LANG=de_DE.UTF-8` → `de`), else English; texts missing in it fall back. */
export function defaultLocale(env: CliIo['env']): Locale {
  return primaryLanguage(env['LC_ALL'] || env['LC_MESSAGES'] || env['LANG']) ?? 'en';
}
