import ts from 'typescript';

/** A consumer's tsconfig.json: what `tsc -p` would read from it. */
export interface ConsumerConfig {
  readonly compilerOptions: Record<string, unknown>;
  readonly include?: readonly string[];
  readonly files?: readonly string[];
}

/**
 * The declaration files parsed (and bound) so far, for every program this module creates: lib.dom.d.ts, lit's,
 * React's and Vue's declarations and the package's are the same for each, and parsing them is most of what a
 * program costs before it is checked. Binding, done once, writes into a file; a checker keeps what it finds in
 * tables of its own, so programs can share one (TypeScript's language service shares them the same way). Keyed by the file, the module format it has under
 * the program's settings (the same for every .d.ts in node_modules, looked up in its package.json under bundler,
 * node16 and nodenext alike) and the options that parsing and binding read, as the language service's document
 * registry keys them, but for `module` and `moduleResolution`: these decide only whether a file that is not a
 * declaration is a module, so only the consumer's own modules, a few lines each, are parsed for each program.
 */
const declarations = new Map<string, ts.SourceFile>();

const DECLARATION = /\.d\.[cm]?ts$/;

const registry = ts.createDocumentRegistry();

function hostFor(options: ts.CompilerOptions): ts.CompilerHost {
  const host = ts.createCompilerHost(options);
  const parse = host.getSourceFile.bind(host);
  const settings = registry.getKeyForCompilationSettings({ ...options, module: undefined, moduleResolution: undefined });
  host.getSourceFile = (fileName, languageVersionOrOptions, onError, shouldCreateNewSourceFile) => {
    if (!DECLARATION.test(fileName) || shouldCreateNewSourceFile) return parse(fileName, languageVersionOrOptions, onError, shouldCreateNewSourceFile);
    const format = typeof languageVersionOrOptions === 'object' ? languageVersionOrOptions.impliedNodeFormat : undefined;
    const key = `${settings} ${format} ${fileName}`;
    let file = declarations.get(key);
    if (file === undefined) {
      file = parse(fileName, languageVersionOrOptions, onError);
      if (file !== undefined) declarations.set(key, file);
    }
    return file;
  };
  return host;
}

/**
 * Type-checks the consumer project `config` as `tsc -p` would from `dir`, in this process: one program for the
 * project, whose declaration files are parsed once for all programs. What it reports, one diagnostic a line with
 * its file relative to `dir` as tsc writes it; '' when all is well.
 */
export function typeCheckConsumer(config: ConsumerConfig, dir: string): string {
  const parsed = ts.parseJsonConfigFileContent(config, ts.sys, dir);
  const host = hostFor(parsed.options);
  const program = ts.createProgram({ rootNames: parsed.fileNames, options: parsed.options, host, configFileParsingDiagnostics: parsed.errors });
  // The configuration's own errors (an unknown option, no file included) are among these.
  return ts.formatDiagnostics(ts.getPreEmitDiagnostics(program), {
    getCanonicalFileName: (fileName) => fileName,
    getCurrentDirectory: () => dir,
    getNewLine: () => '\n',
  });
}
