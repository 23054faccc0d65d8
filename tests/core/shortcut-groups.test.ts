import { describe, expect, it } from 'vitest';
import { RECENT_LIMIT, browseCatalog, mergeCatalogs, shortcutGroups, type Objection, type ShortcutGroup } from '../../src/core/index.js';
import { builtinCatalog } from '../../src/core/builtin-catalog-sync.js';

const catalog = mergeCatalogs([builtinCatalog()]);
const list = browseCatalog(catalog);
const ids = (groups: ShortcutGroup[]) => groups.map((group) => [group.shortcut, group.hits.map((hit) => hit.objection.id)]);

describe('shortcutGroups', () => {
  it('lists the pinned objections in their order, then the recent ones, the latest first', () => {
    expect(ids(shortcutGroups(list, ['trust', 'expensive'], ['think-about-it', 'cancel-order']))).toEqual([
      ['pinned', ['trust', 'expensive']],
      ['recent', ['think-about-it', 'cancel-order']],
    ]);
  });

  it(`shows ${RECENT_LIMIT} recent objections, leaving out the pinned ones rather than showing them twice`, () => {
    const recent = list.slice(0, 8).map((hit) => hit.objection.id);
    const groups = shortcutGroups(list, [recent[0]!], recent);
    expect(ids(groups)).toEqual([
      ['pinned', [recent[0]]],
      ['recent', recent.slice(1, 1 + RECENT_LIMIT)],
    ]);
  });

  it('leaves out ids no catalog has (an objection removed since it was pinned), each id once, and empty groups', () => {
    expect(ids(shortcutGroups(list, ['gone', 'trust', 'trust'], []))).toEqual([['pinned', ['trust']]]);
    expect(shortcutGroups(list, [], [])).toEqual([]);
  });

  it('finds an objection the list left out (a big catalog cuts it) among those opened, the list’s copy first', () => {
    const opened: Objection = { ...catalog.objections[0]!, id: 'beyond-the-list' };
    const stale: Objection = { ...catalog.objections[1]!, title: { en: 'Old title' } };
    const [recent] = shortcutGroups(list, [], ['beyond-the-list', stale.id], [opened, stale]);
    expect(recent!.hits.map((hit) => hit.objection)).toEqual([opened, catalog.objections[1]]);
  });
});
