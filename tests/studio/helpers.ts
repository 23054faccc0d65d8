import { fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ObjectionDesk } from '../../src/index.js';
import type { ObjectionStudio } from '../../src/studio/objection-studio.component.js';
import '../../src/studio/define.js';

/** Each test has a storage key of its own, so drafts never leak from one test to the next. */
let storageCount = 0;
export const freshStorageKey = () => `objection-studio-test-${Date.now()}-${(storageCount += 1)}`;

/** Renders a studio that keeps its draft under `storageKey`; resolves once it has drawn. */
export async function studioFixture(storageKey: string): Promise<ObjectionStudio> {
  const studio = await fixture<ObjectionStudio>(html`<objection-studio storage-key=${storageKey}></objection-studio>`);
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

/** Adds the objection a Russian marketer would, through the form, and waits for the studio to check it. */
export async function addRussianObjection(studio: ObjectionStudio): Promise<void> {
  button(list(studio), '+ New objection').click();
  await studio.updateComplete;
  await fill(studio, 'ID', RUSSIAN_OBJECTION.id);
  await fill(studio, 'Title (ru)', RUSSIAN_OBJECTION.title);
  await fill(studio, 'What customers say (ru)', RUSSIAN_OBJECTION.trigger);
  await fill(studio, 'Reply 1 (ru)', RUSSIAN_OBJECTION.reply);
  await waitUntil(() => textOf(problemList(studio).querySelector('h2')).includes('none'), 'the new objection still has problems');
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

/** Opens a file as if the marketer chose it in the file dialog. */
export async function openFile(studio: ObjectionStudio, name: string, text: string): Promise<void> {
  const input = studio.shadowRoot!.querySelector<HTMLInputElement>('#open-file')!;
  const files = new DataTransfer();
  files.items.add(new File([text], name));
  input.files = files.files;
  input.dispatchEvent(new Event('change'));
}

/** The text of the notice about the last open, or '' when there is none. */
export const noticeText = (studio: ObjectionStudio) => textOf(studio.shadowRoot!.querySelector('.notice'));
