import type { Problem } from '../core/index.js';
import { parentPath } from './form-focus.js';
import type { FieldName, StudioStrings } from './i18n.js';

// A problem's JSON path (`objections[2].replies[0].text.ru`, `scripts[0].steps[1].say.ru`) names a place in the
// draft; the objection form and the script form have a field or a group of fields for each place below, and
// show a problem at the nearest one.

const LOCALE = String.raw`\.[a-z]{2,3}(?:-[A-Za-z0-9]+)*`;
const REPLIES = String.raw`\.replies(?:\[\d+\](?:\.(?:text|short)(?:${LOCALE})?)?)?`;
const FIELD_PATH = new RegExp(
  String.raw`^objections\[\d+\](?:\.(?:id|category|disabled)|\.(?:title|triggers|tags)(?:${LOCALE})?|${REPLIES}` +
    String.raw`|\.followUps(?:\[\d+\](?:\.customer(?:${LOCALE})?|${REPLIES})?)?|\.tips(?:\[\d+\](?:${LOCALE})?)?)?$`,
);
const OBJECTION_FIELDS = ['id', 'category', 'title', 'triggers', 'tags', 'replies', 'followUps', 'tips', 'customer', 'text'];
const SCRIPT_FIELD_PATH = new RegExp(
  String.raw`^scripts\[\d+\](?:\.(?:id|start|steps|stages)|\.title(?:${LOCALE})?|\.stages\[\d+\](?:\.id|\.title(?:${LOCALE})?)?` +
    String.raw`|\.steps\[\d+\](?:\.(?:id|stage|checklist|answers)|\.(?:say|note)(?:${LOCALE})?|\.answers\[\d+\](?:\.(?:next|objection|end)|\.label(?:${LOCALE})?)?)?)?$`,
);

/**
 * The form place a problem belongs to: a field such as `objections[2].title.ru`, a group such as
 * `objections[2].replies[0]`, the objection `objections[2]`, or `` for the catalog as a whole.
 */
export function fieldPathOf({ path, wording }: Problem): string {
  // The validator reports a missing field at its owner; the form shows it at the field.
  const missing = wording?.key === 'missingField' ? wording.args[0] : undefined;
  if (path.startsWith('scripts[')) return nearestPlace(missing ? `${path}.${missing}` : path, SCRIPT_FIELD_PATH);
  const field = missing !== undefined && OBJECTION_FIELDS.includes(missing) ? missing : undefined;
  return formPathOf(field ? (path ? `${path}.${field}` : field) : path);
}

/** The form place of a JSON path of the draft: the path itself, or the nearest place around it the form has. */
export const formPathOf = (path: string): string => nearestPlace(path, FIELD_PATH);

function nearestPlace(path: string, places: RegExp): string {
  let place = path;
  while (place !== '' && !places.test(place)) place = parentPath(place);
  return place;
}

/** The index of the script a form path is in, if any. */
export function scriptIndexOf(fieldPath: string): number | undefined {
  const match = /^scripts\[(\d+)\]/.exec(fieldPath);
  return match ? Number(match[1]) : undefined;
}

/** The index of the objection a form path is in, if any. */
export function objectionIndexOf(fieldPath: string): number | undefined {
  const match = /^objections\[(\d+)\]/.exec(fieldPath);
  return match ? Number(match[1]) : undefined;
}

/** Problems by the form place they belong to. */
export function problemsByField(problems: readonly Problem[]): Map<string, Problem[]> {
  const byField = new Map<string, Problem[]>();
  for (const found of problems) {
    const place = fieldPathOf(found);
    byField.set(place, [...(byField.get(place) ?? []), found]);
  }
  return byField;
}

/** A form path in words: `objections[2].replies[0].text.ru` → `Reply 1 · Text · RU`. */
export function describeFieldPath(fieldPath: string, strings: StudioStrings): string {
  const numbered: Readonly<Record<string, (position: number) => string>> = { replies: strings.reply, followUps: strings.followUp, tips: strings.tip };
  const words = [...fieldPath.replace(/^objections\[\d+\]\.?/, '').matchAll(/\[(\d+)\]|([^.[\]]+)/g)].map(([, index, key], i, all) => {
    if (index !== undefined) return '';
    const next = all[i + 1]?.[1];
    if (next !== undefined) {
      const position = Number(next) + 1;
      return numbered[key!]?.(position) ?? `${key!} ${position}`;
    }
    return Object.hasOwn(strings.fields, key!) ? strings.fields[key as FieldName] : key!.toUpperCase();
  });
  return words.filter(Boolean).join(' · ');
}
