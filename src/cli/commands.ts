import { fileURLToPath } from 'node:url';
import { catalogToJson } from '../core/catalog-files.js';
import {
  BUILTIN_SOURCE,
  MIN_TRIGGERS,
  WEAK_CONFIDENCE,
  builtinCatalog,
  canonicalLocale,
  catalogStats,
  checkScriptObjections,
  detectObjections,
  disabledScriptObjections,
  countProblems,
  evaluateDetection,
  evaluateSearch,
  lintCatalog,
  lintScripts,
  localize,
  mergeCatalogs,
  parseCatalog,
  parseLabelledQueries,
  parseLabelledUtterances,
  searchCatalogs,
  ProblemCollector,
  type Catalog,
  type LintFinding,
  type Locale,
  type MergedCatalog,
  type ObjectionSearch,
  type Problem,
  type ScriptLintFinding,
} from '../core/index.js';
import { EXIT, defaultLocale, defineCommand, type CliIo, type Command } from './command.js';
import {
  count,
  detectionReport,
  detectionsJsonLine,
  detectionsTextBlock,
  findingJsonLine,
  findingsText,
  hitsJsonLine,
  hitsTextBlock,
  moreProblemsLine,
  printProblems,
  qualityReport,
  scriptFindingJsonLine,
  scriptFindingsText,
  scriptsJson,
  scriptsTable,
  table,
  type FindingPlace,
} from './format.js';
import { loadCatalog, type LoadedCatalog } from './load.js';
import { REPORT_COMMAND } from './report-command.js';
import { formatProblem, oneLine } from './terminal-text.js';
import { UsageError, accessGivenPath, positiveWholeNumber } from './usage-error.js';

/** A catalog is given as a file or a folder. */
const CATALOG_PATHS = '<file|dir>…';

/** Extra catalogs to search, and whether to leave the built-in one out. */
const CATALOG_OPTIONS = {
  catalog: { type: 'string', multiple: true, default: [] as string[] },
  'no-builtin': { type: 'boolean', default: false },
} as const;
const CATALOG_VALUES = { catalog: '<file|dir>' };

/** The CLI's commands, in the order its usage lists them. */
export const COMMANDS: readonly Command[] = [
  defineCommand({
    name: 'search',
    operands: { usage: '"<query>"' },
    options: {
      locale: { type: 'string' },
      limit: { type: 'string', default: '5' },
      json: { type: 'boolean', default: false },
      ...CATALOG_OPTIONS,
    },
    values: { locale: '<locale>', ...CATALOG_VALUES },
    about: [
      'Without a query, reads one query per line from standard input. --locale is any language the catalogs',
      'have (ru, en, tr, or de, pt-BR… of --catalog); titles missing in it are shown in English.',
    ],
    async run({ values, positionals }, io) {
      const limit = positiveWholeNumber(values.limit, 'limit');
      let queries: string[];
      if (positionals.length > 0) {
        queries = [positionals.join(' ')];
      } else {
        const input = await io.readStdin();
        if (input === undefined) throw new UsageError('give a query, or pipe queries in, one per line');
        queries = input.split(/\r?\n/).filter((line) => line.trim() !== '');
      }
      const search = await loadSearch(values.catalog, values['no-builtin'], io);
      const locale = values.locale === undefined ? defaultLocale(io.env) : catalogLocale(values.locale, search);
      for (const query of queries) {
        const hits = search.search(query, { limit });
        io.stdout(values.json ? `${hitsJsonLine(query, hits)}\n` : hitsTextBlock(query, hits, locale));
      }
      return EXIT.ok;
    },
  }),
  defineCommand({
    name: 'detect',
    operands: { usage: '' },
    options: {
      locale: { type: 'string' },
      json: { type: 'boolean', default: false },
      ...CATALOG_OPTIONS,
    },
    values: { locale: '<locale>', ...CATALOG_VALUES },
    about: [
      'Reads a customer\'s speech-to-text lines, one utterance per line, from standard input and prints the objections',
      'each raises, best first, or none for ordinary call talk. With --locale only the catalogs\' phrases in that',
      'language count (else every language\'s); --json prints {"text":…,"detected":[{"id":…,"confidence":…}]} per line.',
    ],
    async run({ values, positionals }, io) {
      if (positionals.length > 0) throw new UsageError('pipe the utterances in, one per line, instead of giving them as arguments');
      const input = await io.readStdin();
      if (input === undefined) throw new UsageError('pipe the utterances in, one per line');
      const search = await loadSearch(values.catalog, values['no-builtin'], io);
      const locale = values.locale === undefined ? undefined : catalogLocale(values.locale, search);
      const titles = locale ?? defaultLocale(io.env);
      for (const text of input.split(/\r?\n/).filter((line) => line.trim() !== '')) {
        const detected = detectObjections(search, text, locale === undefined ? {} : { locale });
        io.stdout(values.json ? `${detectionsJsonLine(text, detected)}\n` : detectionsTextBlock(text, detected, search.catalog, titles));
      }
      return EXIT.ok;
    },
  }),
  defineCommand({
    name: 'validate',
    operands: { usage: CATALOG_PATHS, missing: 'give at least one catalog file or folder to validate' },
    options: { 'no-builtin': CATALOG_OPTIONS['no-builtin'] },
    about: [
      'Lists errors, then warnings, each as file:line:column: path: message; exits 1 if there is an error. A script\'s',
      'answer must open an objection of the files given or of the built-in catalog (unless --no-builtin).',
    ],
    async run({ values, positionals }, io) {
      const problems = new ProblemCollector();
      const ok: string[] = [];
      let fileCount = 0;
      const loaded: LoadedCatalog[] = [];
      for (const path of positionals) loaded.push(await loadCatalog([path], path, io));
      const given = loaded.map((item) => item.catalog);
      const merged = mergeCatalogs([...(values['no-builtin'] ? [] : [builtinCatalog()]), ...given]);
      const { objections } = merged;
      // A file that disables an objection a built-in script's answer opens breaks that script, as the widget says.
      const breaking = values['no-builtin'] ? [] : disabledScriptObjections((await builtinScripts(io)).scripts, merged, given);
      positionals.forEach((path, index) => {
        const found = loaded[index]!;
        const unknown = [...unknownObjections(found, objections), ...breaking.filter((problem) => problem.source === found.catalog.source)];
        problems.addAll(found.problems, found.omitted);
        problems.addAll(unknown);
        fileCount += found.fileCount;
        const { objections: kept, scripts } = found.catalog;
        const scriptCount = scripts.length > 0 ? `, ${count(scripts.length, 'script')}` : '';
        if (found.problems.length === 0 && unknown.length === 0) ok.push(`${oneLine(path)}: ok, ${count(kept.length, 'objection')}${scriptCount}`);
      });
      const { errors, warnings } = printProblems(problems.result(), io.stdout);
      for (const line of ok) io.stdout(`${line}\n`);
      io.stdout(`${errors} error(s), ${warnings} warning(s) in ${count(fileCount, 'file')}\n`);
      return errors > 0 ? EXIT.problems : EXIT.ok;
    },
  }),
  defineCommand({
    name: 'build',
    operands: { usage: CATALOG_PATHS, missing: 'give the catalog files or folders to build' },
    options: { output: { type: 'string', short: 'o' } },
    values: { output: 'catalog.json' },
    required: { output: 'give the file to write with -o, such as -o catalog.json' },
    about: [
      'Compiles the files into one JSON catalog for <objection-desk src="catalog.json">; writes nothing and',
      'exits 1 if there is an error. "-o -" writes to standard output.',
    ],
    async run({ values, positionals }, io) {
      const output = values.output!;
      const toStdout = output === '-';
      const loaded = await loadCatalog(positionals, positionals[0]!, io, toStdout ? undefined : output);
      const { errors, warnings } = printProblems(loaded, io.stderr);
      if (errors > 0) {
        io.stderr(`${errors} error(s), ${warnings} warning(s): ${toStdout ? 'nothing written' : `${output} not written`}\n`);
        return EXIT.problems;
      }
      const json = `${JSON.stringify(catalogToJson(loaded.catalog), null, 2)}\n`;
      if (toStdout) io.stdout(json);
      else await accessGivenPath('write', output, () => io.writeFile(output, json));
      const { catalog } = loaded;
      const locales = catalog.locales.length > 0 ? `, locales ${catalog.locales.join(', ')}` : '';
      io.stderr(
        `${toStdout ? 'wrote' : `wrote ${output}:`} ${count(catalog.objections.length, 'objection')}, ${catalog.disabled.length} disabled${scriptsPart(catalog)}${locales}` +
          ` from ${count(loaded.fileCount, 'file')}; ${count(warnings, 'warning')}\n`,
      );
      return EXIT.ok;
    },
  }),
  defineCommand({
    name: 'lint',
    operands: { usage: CATALOG_PATHS, missing: 'give the catalog files or folders to lint' },
    options: {
      'no-builtin': CATALOG_OPTIONS['no-builtin'],
      'min-triggers': { type: 'string', default: String(MIN_TRIGGERS) },
      strict: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    },
    about: [
      'Triggers that are the same or one letter apart on two objections, triggers that find another objection',
      'first (built-ins included unless --no-builtin), objections with few triggers in a locale, texts missing a',
      'language the rest of their objection has, categories without a title; script steps no answer leads to, steps',
      'with no way to an end, answers of one step that read the same. Findings are warnings: exits 0, or 1 with --strict.',
    ],
    async run({ values, positionals }, io) {
      const minTriggers = positiveWholeNumber(values['min-triggers'], 'min-triggers');
      const loaded: LoadedCatalog[] = [];
      for (const path of positionals) loaded.push(await loadCatalog([path], path, io));
      reportErrorsBriefly(loaded, io);
      const catalogs = loaded.map((item) => item.catalog);
      const search = searchCatalogs(catalogs, values['no-builtin'] ? undefined : builtinCatalog());
      const sources = new Set(positionals);
      const declared = [...new Set(catalogs.flatMap((catalog) => catalog.locales))];
      const findings = lintCatalog(search, (objection) => sources.has(objection.source), {
        minTriggers,
        ...(declared.length > 0 ? { locales: declared } : {}),
      });
      const where = (finding: LintFinding): FindingPlace => {
        const owner = loaded.find((item) => item.catalog.source === finding.objection.source);
        const { id } = finding.objection;
        const place = finding.trigger !== undefined
          ? owner?.locateTrigger(id, finding.locale!, finding.trigger)
          : owner?.locate(id, finding.path ?? (finding.kind === 'untitled-category' ? 'category' : 'triggers')) ?? owner?.locate(id);
        return place ?? { file: finding.objection.source, line: undefined, column: undefined };
      };
      const scripts = search.catalog.scripts.filter((script) => sources.has(script.source));
      const scriptFindings = lintScripts(scripts);
      const whereInScript = (finding: ScriptLintFinding): FindingPlace => {
        const owner = loaded.find((item) => item.catalog.source === finding.script.source);
        const path = finding.answer === undefined ? '' : `answers[${finding.answer}].label`;
        return owner?.locateScript(finding.script.id, finding.step.id, path) ?? { file: finding.script.source, line: undefined, column: undefined };
      };
      const total = findings.length + scriptFindings.length;
      if (values.json) {
        for (const finding of findings) io.stdout(`${findingJsonLine(finding, where(finding))}\n`);
        for (const finding of scriptFindings) io.stdout(`${scriptFindingJsonLine(finding, whereInScript(finding))}\n`);
      } else {
        io.stdout(findingsText(findings, where));
        io.stdout(scriptFindingsText(scriptFindings, whereInScript));
        const verdict = total === 0 ? 'nothing to report' : `${count(total, 'finding')}`;
        const linted = search.catalog.objections.filter((objection) => sources.has(objection.source)).length;
        const inScripts = scripts.length > 0 ? ` and ${count(scripts.length, 'script')}` : '';
        io.stdout(`${verdict} in ${count(linted, 'objection')}${inScripts}${total > 0 && !values.strict ? ' (warnings; --strict makes them fail)' : ''}\n`);
      }
      return values.strict && total > 0 ? EXIT.problems : EXIT.ok;
    },
  }),
  defineCommand({
    name: 'stats',
    operands: { usage: CATALOG_PATHS, missing: 'give the catalog files or folders to count' },
    options: { json: { type: 'boolean', default: false } },
    about: ['Objections, triggers and replies per locale and per category; scripts and their steps.'],
    async run({ values, positionals }, io) {
      const loaded = await loadCatalog(positionals, positionals[0]!, io);
      reportErrorsBriefly([loaded], io);
      const stats = catalogStats(loaded.catalog);
      if (values.json) {
        io.stdout(`${JSON.stringify(stats, null, 2)}\n`);
        return EXIT.ok;
      }
      const locale = defaultLocale(io.env);
      const scripts = stats.scripts + stats.disabledScripts > 0 ? `, ${count(stats.scripts, 'script')} (${count(stats.steps, 'step')}), ${stats.disabledScripts} disabled` : '';
      io.stdout(`${oneLine(positionals.join(', '))}: ${count(stats.objections, 'objection')}, ${stats.disabled} disabled${scripts}\n\n`);
      io.stdout(table(['locale', 'objections', 'triggers', 'replies'], stats.locales.map((s) => [s.locale, s.objections, s.triggers, s.replies])));
      io.stdout('\n');
      io.stdout(table(
        ['category', 'title', 'objections', 'triggers', 'replies'],
        stats.categories.map((s) => [oneLine(s.id), s.title ? oneLine(localize(s.title, locale)) : '(not in these files)', s.objections, s.triggers, s.replies]),
      ));
      return EXIT.ok;
    },
  }),
  defineCommand({
    name: 'scripts',
    operands: { usage: '[<file|dir>…]' },
    options: {
      locale: { type: 'string' },
      json: { type: 'boolean', default: false },
      'no-builtin': CATALOG_OPTIONS['no-builtin'],
    },
    values: { locale: '<locale>' },
    about: [
      'Lists the call scripts of the built-in catalog (unless --no-builtin) and the files given, as merged: id,',
      'kind, steps, title and stages in --locale (else the environment\'s language), and the file each came from.',
    ],
    async run({ values, positionals }, io) {
      const loaded: LoadedCatalog[] = [];
      for (const path of positionals) loaded.push(await loadCatalog([path], path, io));
      reportErrorsBriefly(loaded, io);
      const builtins = values['no-builtin'] ? [] : [builtinCatalog(), await builtinScripts(io)];
      const { scripts } = mergeCatalogs([...builtins, ...loaded.map((item) => item.catalog)]);
      const given = values.locale === undefined ? undefined : canonicalLocale(values.locale);
      if (values.locale !== undefined && !given) throw new UsageError('--locale must be a language code such as ru, en or tr');
      const locale = given ?? defaultLocale(io.env);
      io.stdout(values.json ? `${scriptsJson(scripts, locale)}\n` : scriptsTable(scripts, locale));
      return EXIT.ok;
    },
  }),
  defineCommand({
    name: 'check',
    operands: { usage: '<cases.tsv|.csv>', missing: 'give one file of labelled queries', single: true },
    options: { detect: { type: 'boolean', default: false }, ...CATALOG_OPTIONS },
    values: CATALOG_VALUES,
    about: [
      'Runs labelled queries (columns: query, expected[, kind, locale]) and prints top-1/top-3 and each miss;',
      'expected "-" marks a line no objection fits, and the lines answered anyway are listed apart.',
      'The file is TSV or CSV (comma or semicolon), with a header row naming the columns or without one.',
      'With --detect, the file holds utterances (columns: locale, expected id or -, utterance) and the command',
      'prints the precision and recall of `detect` per locale, and each line it got wrong.',
    ],
    async run({ values, positionals }, io) {
      const file = positionals[0]!;
      if (values.detect) return checkDetection(file, values, io);
      const { queries, problems } = parseLabelledQueries(await accessGivenPath('read', file, () => io.readFile(file)));
      for (const problem of problems) io.stderr(`${oneLine(file)}: ${oneLine(problem)}\n`);
      if (queries.length === 0) {
        io.stderr(`${file}: no queries to check\n`);
        return EXIT.problems;
      }
      const search = await loadSearch(values.catalog, values['no-builtin'], io);
      io.stdout(qualityReport(file, evaluateSearch(search, queries, { isConfident: (hit) => hit.confidence >= WEAK_CONFIDENCE })));
      return EXIT.ok;
    },
  }),
  REPORT_COMMAND,
];

/** `check --detect`: runs a labelled utterance set through detection. */
async function checkDetection(file: string, values: { catalog: string[]; 'no-builtin': boolean }, io: CliIo): Promise<number> {
  const { utterances, problems } = parseLabelledUtterances(await accessGivenPath('read', file, () => io.readFile(file)));
  for (const problem of problems) io.stderr(`${oneLine(file)}: ${oneLine(problem)}\n`);
  if (utterances.length === 0) {
    io.stderr(`${file}: no utterances to check\n`);
    return EXIT.problems;
  }
  const search = await loadSearch(values.catalog, values['no-builtin'], io);
  io.stdout(detectionReport(file, evaluateDetection(search, utterances)));
  return EXIT.ok;
}

/** The built-in call scripts, from the package's objections/scripts.json (a catalog of scripts alone). */
async function builtinScripts(io: CliIo): Promise<Catalog> {
  const path = fileURLToPath(new URL('../../objections/scripts.json', import.meta.url));
  return parseCatalog(await io.readFile(path), BUILTIN_SOURCE).catalog;
}

/** The search over the built-in catalog (unless `noBuiltin`) and `files`, whose problems are printed as they are read. */
async function loadSearch(files: readonly string[], noBuiltin: boolean, io: CliIo): Promise<ObjectionSearch> {
  const catalogs: Catalog[] = [];
  for (const file of files) {
    const loaded = await loadCatalog([file], file, io);
    for (const problem of loaded.problems) io.stderr(`${formatProblem(problem)}\n`);
    const more = moreProblemsLine(loaded);
    if (more) io.stderr(`${more}\n`);
    catalogs.push(loaded.catalog);
  }
  return searchCatalogs(catalogs, noBuiltin ? undefined : builtinCatalog());
}

/**
 * Errors for the answers of `found`'s scripts that open none of `objections` (those of every catalog given,
 * built-ins included unless left out), each at its place in the files.
 */
function unknownObjections(found: LoadedCatalog, objections: MergedCatalog['objections']): Problem[] {
  return checkScriptObjections({ categories: [], objections, scripts: found.catalog.scripts }, (script, step, objection) =>
    found.locateScriptObjection(script.id, step.id, objection),
  );
}

/** `, 2 scripts, 1 disabled` for a catalog with scripts (or disabling some); nothing for one without. */
function scriptsPart(catalog: Catalog): string {
  const { scripts, disabledScripts } = catalog;
  return scripts.length + disabledScripts.length > 0 ? `, ${count(scripts.length, 'script')}, ${disabledScripts.length} disabled` : '';
}

/** Commands that read a catalog for something else say it has errors, and leave the list to `validate`. */
function reportErrorsBriefly(loaded: readonly LoadedCatalog[], io: CliIo): void {
  for (const found of loaded) {
    const { catalog } = found;
    const { errors } = countProblems(found);
    if (errors > 0) io.stderr(`${oneLine(catalog.source)}: ${count(errors, 'error')}, left out; see objection-desk validate ${oneLine(catalog.source)}\n`);
  }
}

/** `--locale` as the catalogs key their texts (`de-at` → `de-AT`), if they have texts in it or its language. */
function catalogLocale(given: string, search: ObjectionSearch): Locale {
  const locale = canonicalLocale(given);
  const have = [...new Set(search.catalog.objections.flatMap((objection) => [...Object.keys(objection.title), ...Object.keys(objection.triggers)]))];
  if (locale && (have.includes(locale) || have.includes(locale.split('-')[0]!))) return locale;
  throw new UsageError(`--locale must be one of ${have.join(', ')}, the languages of the catalogs searched`);
}
