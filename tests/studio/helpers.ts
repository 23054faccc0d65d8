import { fixture, html } from '@open-wc/testing';
import { nothing } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import { until } from '../browser-wait.js';
import type { ObjectionDesk } from '../../src/index.js';
import type { ObjectionEditor as ObjectionEditorElement } from '../../src/studio/objection-editor.component.js';
import type { ObjectionStudio } from '../../src/studio/objection-studio.component.js';
import '../../src/studio/define.js';

/** Each test has a storage key of its own, so drafts never leak from one test to the next. */
let storageCount = 0;
export const freshStorageKey = () => `objection-studio-test-${Date.now()}-${(storageCount += 1)}`;

/** Gives each test of the suite a fresh storage key (read it with the getter returned), and clears it after. */
export function freshStorageEachTest(): () => string {
  let storageKey = '';
  beforeEach(() => {
    storageKey = freshStorageKey();
  });
  afterEach(() => {
    localStorage.removeItem(storageKey);
    localStorage.removeItem(`${storageKey}:locale`);
  });
  return () => storageKey;
}

/**
 * Renders a studio that keeps its draft under `storageKey`; resolves once it has drawn. It speaks English
 * (`lang="en"`) unless told another `lang`, or none (`null`: the page's and the browser's language decide).
 */
export async function studioFixture(storageKey: string, { lang = 'en' }: { lang?: string | null } = {}): Promise<ObjectionStudio> {
  const studio = await fixture<ObjectionStudio>(html`<objection-studio storage-key=${storageKey} lang=${lang ?? nothing}></objection-studio>`);
  await studio.updateComplete;
  return studio;
}

const shadow = (host: Element | null | undefined): ShadowRoot => {
  if (!host?.shadowRoot) throw new Error(`no shadow root on ${host?.localName ?? 'a missing element'}`);
  return host.shadowRoot;
};

export const list = (studio: ObjectionStudio) => shadow(studio.shadowRoot!.querySelector('objection-studio-list'));
export const editor = (studio: ObjectionStudio) => shadow(studio.shadowRoot!.querySelector('objection-studio-editor'));
export const problemList = (studio: ObjectionStudio) => shadow(studio.shadowRoot!.querySelector('objection-studio-problems'));
export const tester = (studio: ObjectionStudio) => shadow(studio.shadowRoot!.querySelector('objection-studio-tester'));
export const previewDesk = (studio: ObjectionStudio) => studio.shadowRoot!.querySelector<ObjectionDesk>('objection-desk')!;

/** The visible text of a node, spaces folded. */
export const textOf = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The button of `root` whose text is `label`. */
export function button(root: ShadowRoot, label: string): HTMLButtonElement {
  const found = [...root.querySelectorAll('button')].find((candidate) => textOf(candidate) === label);
  if (!found) throw new Error(`no button "${label}"`);
  return found;
}

/** The button for `code` ("RU", "EN", "TR") in the studio's interface language switch. */
export function languageButton(studio: ObjectionStudio, code: string): HTMLButtonElement {
  const found = [...studio.shadowRoot!.querySelectorAll<HTMLButtonElement>('.ui-locale button')].find((candidate) => textOf(candidate) === code);
  if (!found) throw new Error(`no interface language "${code}"`);
  return found;
}

/** The form control a label names, as a screen reader would find it ("ID", "Title (ru)"). */
export function field(root: ShadowRoot, label: string): HTMLInputElement | HTMLTextAreaElement {
  const found = [...root.querySelectorAll('label')].find((candidate) => textOf(candidate.querySelector('.visually-hidden') ?? candidate) === label);
  const control = found && root.getElementById(found.htmlFor);
  if (!control) throw new Error(`no field labelled "${label}"`);
  return control as HTMLInputElement | HTMLTextAreaElement;
}

/** The problems shown right under a field. */
export const problemsUnder = (control: HTMLElement) => textOf(control.parentElement!.querySelector('.problems'));

/** Replaces what a field holds by typing `text` with real key presses. */
export async function typeInto(control: HTMLInputElement | HTMLTextAreaElement, text: string): Promise<void> {
  control.focus();
  control.select();
  await sendKeys({ type: text });
}

/** Types into a field of the objection being edited, found by its label. */
export async function fill(studio: ObjectionStudio, label: string, text: string): Promise<void> {
  await typeInto(field(editor(studio), label), text);
  await studio.updateComplete;
}

export const RUSSIAN_OBJECTION = {
  id: 'installment-no-overpay',
  title: 'Рассрочка без переплаты',
  trigger: 'а у вас есть рассрочка без переплаты',
  reply: '{clientName}, да: рассрочка на 12 месяцев, без переплаты и первого взноса.',
};

/** What a marketer reads on the way to adding an objection, in one interface language. */
export interface FormLabels {
  readonly addObjection: string;
  readonly id: string;
  readonly title: string;
  readonly triggers: string;
  readonly firstReply: string;
  /** The problems panel's count when there are none. */
  readonly noProblems: string;
}

export const ENGLISH_LABELS: FormLabels = {
  addObjection: '+ New objection',
  id: 'ID',
  title: 'Title (ru)',
  triggers: 'What customers say (ru)',
  firstReply: 'Reply 1 (ru)',
  noProblems: 'none',
};

/** Adds the objection a Russian marketer would, through the form, and waits for the studio to check it. */
export async function addRussianObjection(studio: ObjectionStudio, labels: FormLabels = ENGLISH_LABELS): Promise<void> {
  button(list(studio), labels.addObjection).click();
  await studio.updateComplete;
  await fill(studio, labels.id, RUSSIAN_OBJECTION.id);
  await fill(studio, labels.title, RUSSIAN_OBJECTION.title);
  await fill(studio, labels.triggers, RUSSIAN_OBJECTION.trigger);
  await fill(studio, labels.firstReply, RUSSIAN_OBJECTION.reply);
  const count = () => textOf(problemList(studio).querySelector('h2 .count'));
  await until(() => count() === labels.noProblems, 'the new objection still has problems');
}

/** What a `<objection-desk>` lists for `query`, typed into its search box. */
export async function deskFinds(desk: ObjectionDesk, query: string): Promise<string[]> {
  const input = desk.shadowRoot!.querySelector<HTMLInputElement>('[part="input"]')!;
  input.focus();
  input.select();
  await sendKeys({ type: query });
  await desk.updateComplete;
  return [...desk.shadowRoot!.querySelectorAll('[role="option"] .option-title')].map(textOf);
}

/** Opens a file as if the marketer chose it in the file dialog (of "Add from file…" with `#add-file`). */
export async function openFile(studio: ObjectionStudio, name: string, text: string, input = '#open-file'): Promise<void> {
  const control = studio.shadowRoot!.querySelector<HTMLInputElement>(input)!;
  const files = new DataTransfer();
  files.items.add(new File([text], name));
  control.files = files.files;
  control.dispatchEvent(new Event('change'));
}

/** A file of tests/fixtures/studio/, as the marketer would open it. */
export const studioFixtureText = async (name: string) => (await fetch(`/tests/fixtures/studio/${name}`)).text();

/** The text of the file the studio's toolbar button `label` ("Download JSON", "Download YAML") downloads. */
export async function downloadedText(studio: ObjectionStudio, label: string): Promise<string> {
  const blobs: Blob[] = [];
  const createObjectURL = URL.createObjectURL;
  URL.createObjectURL = (blob: Blob) => (blobs.push(blob), createObjectURL.call(URL, blob));
  try {
    button(studio.shadowRoot!, label).click();
    await until(() => blobs.length > 0, `"${label}" downloads nothing`);
  } finally {
    URL.createObjectURL = createObjectURL;
  }
  return blobs[0]!.text();
}

/** The text of the notice about the last open, or '' when there is none. */
export const noticeText = (studio: ObjectionStudio) => textOf(studio.shadowRoot!.querySelector('.notice'));

/**
 * Chooses the objection's category in its menu by the name shown, or, for a name the menu does not have, makes
 * a new category of that name ("New category…").
 */
export async function chooseCategory(studio: ObjectionStudio, label: string, name: string): Promise<void> {
  const menu = field(editor(studio), label) as unknown as HTMLSelectElement;
  const option = [...menu.options].find((candidate) => textOf(candidate) === name || candidate.value === name);
  menu.value = option ? option.value : menu.options[menu.options.length - 1]!.value;
  menu.dispatchEvent(new Event('change'));
  await studio.updateComplete;
  if (option) return;
  const named = editor(studio).querySelector<HTMLElement>('.new-category')!;
  await typeInto(named.querySelector('input')!, name);
  await sendKeys({ press: 'Enter' });
  await until(() => editor(studio).querySelector('.new-category') === null, 'the new category was not made');
  await studio.updateComplete;
  await studio.shadowRoot!.querySelector<ObjectionEditorElement>('objection-studio-editor')!.updateComplete;
}
