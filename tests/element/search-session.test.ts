// The element's search state, driven in Node the way the element drives it: the operator types, the engine
// answers with hits from the real built-in catalog, the operator moves through them.
import { describe, expect, it } from 'vitest';
import { ObjectionSearch, WEAK_CONFIDENCE, mergeCatalogs } from '../../src/core/index.js';
import { builtinCatalog } from '../../src/core/builtin-catalog-sync.js';
import { browseList } from '../../src/element/engine/engine-protocol.js';
import { SearchSession } from '../../src/element/search-session.js';

const catalog = builtinCatalog();
const search = new ObjectionSearch(mergeCatalogs([catalog]));
const hitsOf = (query: string) => ({ hits: search.search(query, { limit: 8 }), more: 0 });
const say = (count: number) => (count === 0 ? 'Nothing found' : `${count} results`);

describe('the search session', () => {
  it('makes the first hit active as soon as something is typed, so Enter opens it', () => {
    const session = new SearchSession();
    session.show('дорого', hitsOf('дорого'), catalog.categories, false);
    expect(session.activeHit?.objection.id).toBe('expensive');
  });

  it('lists the empty query under the catalog’s categories, in their order, with nothing active, every objection once', () => {
    const session = new SearchSession();
    session.show('', browseList(search.browse()), catalog.categories, false);
    expect(session.active).toBe(-1);
    const used = new Set(catalog.objections.map((objection) => objection.category));
    expect(session.groups?.map((group) => ('category' in group ? group.category.id : group.shortcut))).toEqual(catalog.categories.map((category) => category.id).filter((id) => used.has(id)));
    expect(session.hits.map((hit) => hit.objection.id).sort()).toEqual(catalog.objections.map((objection) => objection.id).sort());
  });

  it('says "Nothing found" for a query with only weak matches, such as "qwzx", though it lists them', () => {
    const session = new SearchSession();
    session.show('qwzx', hitsOf('qwzx'), catalog.categories, false);
    expect(session.hits.length).toBeGreaterThan(0);
    expect(session.nothingFound).toBe(true);
    session.announceCount(say);
    expect(session.announcement).toBe('Nothing found');
    session.show('дорого', hitsOf('дорого'), catalog.categories, false);
    expect(session.nothingFound).toBe(false);
  });

  it('does not say "Nothing found" while the first three letters of a word are typed, weak as their matches are', () => {
    const session = new SearchSession();
    session.show('di', hitsOf('di'), catalog.categories, false);
    expect(session.hits.every((hit) => hit.confidence < WEAK_CONFIDENCE)).toBe(true);
    expect(session.nothingFound).toBe(false);
  });

  it('keeps the objection the operator had active when the same query is answered again (catalogs changed)', () => {
    const session = new SearchSession();
    session.show('подумаю', hitsOf('подумаю'), catalog.categories, false);
    session.move(1);
    const chosen = session.activeHit?.objection.id;
    expect(chosen).toBeDefined();
    // The same hits in another order, as merged catalogs may rank them.
    const reordered = { hits: [...hitsOf('подумаю').hits].reverse(), more: 0 };
    session.show('подумаю', reordered, catalog.categories, true);
    expect(session.activeHit?.objection.id).toBe(chosen);
  });

  it('moves the active option round the list with the arrow keys', () => {
    const session = new SearchSession();
    session.show('', browseList(search.browse()), catalog.categories, false);
    expect(session.move(-1)).toBe(true);
    expect(session.active).toBe(session.hits.length - 1);
    session.move(1);
    expect(session.active).toBe(0);
    const empty = new SearchSession();
    expect(empty.move(1)).toBe(false);
  });

  it('says a result count once per change, and again after something else was said', () => {
    const session = new SearchSession();
    session.show('дорого', hitsOf('дорого'), catalog.categories, false);
    session.announceCount(say);
    const first = session.announcement;
    expect(first).toMatch(/^\d+ results$/);
    // The next keystroke finds as many: nothing new is said.
    session.announceCount(() => 'said again');
    expect(session.announcement).toBe(first);
    session.announce('Copied');
    session.announceCount(say);
    expect(session.announcement).toBe(first);
  });

  it('changes a repeated message invisibly, so that a screen reader reads it again', () => {
    const session = new SearchSession();
    session.announce('Copied');
    session.announce('Copied');
    expect(session.announcement).not.toBe('Copied');
    expect(session.announcement.trim()).toBe('Copied');
  });
});
