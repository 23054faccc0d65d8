// What the objection form and the script form share: control ids made from draft paths, and going to the
// field of a path.

/** An id for a form control, from its draft path: `objections[2].title.ru` → `f-objections-2-title-ru`. */
export const controlId = (path: string) => `f-${path.replace(/[^a-zA-Z0-9]+/g, '-').replace(/-$/, '')}`;

/** `a.b[2]` → `a.b`; `a.b` → `a`; `a` → ``. */
export const parentPath = (path: string) => path.replace(/(\[\d+\]|\.?[^.[\]]+)$/, '');

/**
 * Focuses the field at a form path in `root` (a control or group marked with `data-path`, or a field whose id is
 * made from the path: the script form's lists), else the nearest group around it, and scrolls it into view. In a group the first
 * field takes the focus, or its first button when it has no field.
 */
export function focusFieldAt(root: ParentNode, fieldPath: string): void {
  let path = fieldPath;
  let target: HTMLElement | null = null;
  while (!target && path) {
    target = root.querySelector<HTMLElement>(`[data-path="${CSS.escape(path)}"], :is(input, textarea, select)#${CSS.escape(controlId(path))}`);
    path = parentPath(path);
  }
  target ??= root.querySelector<HTMLElement>('input, textarea');
  if (!target) return;
  const control = target.matches('input, textarea, select') ? target : (target.querySelector<HTMLElement>('input, textarea, select') ?? target.querySelector<HTMLElement>('button'));
  target.scrollIntoView({ block: 'center' });
  control?.focus({ preventScroll: true });
}
