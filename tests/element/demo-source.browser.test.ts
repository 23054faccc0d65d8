import { expect } from '@open-wc/testing';
import { demoFrame } from './demo-page.js';

// The demo page (demo/index.html with the built drop-in) copies `?src=` into the widget's `src`: a link can load
// anyone's catalog, whose replies replace built-in ones with the same id. The page says whose it is.
const EXTRA = '/test-catalogs/element-extra-catalog.json';

type BuiltDesk = HTMLElement & { objectionCount: number; src?: string; updateComplete: Promise<boolean> };

const demo = async (query: string): Promise<Document> => (await demoFrame(query)).contentDocument!;

const sourceNotice = (page: Document) => page.getElementById('desk-source')!;

describe('the demo', () => {
  it('says which address the catalog of a ?src= link comes from, next to the widget', async () => {
    const page = await demo(`?lang=en&src=${encodeURIComponent(`${location.origin}${EXTRA}`)}`);
    const notice = sourceNotice(page);
    expect(notice.hidden).to.equal(false);
    expect(notice.textContent).to.equal(
      `Extra catalog loaded from ${location.protocol}//${location.host}${EXTRA}. Its replies replace the built-in ones with the same id.`,
    );
    expect(notice.nextElementSibling!.localName).to.equal('objection-desk');
    expect((page.querySelector('objection-desk') as BuiltDesk).getAttribute('src')).to.equal(`${location.origin}${EXTRA}`);

    // And in the language the demo is switched to.
    page.querySelector<HTMLButtonElement>('[data-locale="ru"]')!.click();
    expect(notice.textContent).to.match(/^Подключён чужой каталог: .*element-extra-catalog\.json\. Его ответы/);
  });

  it('shows the address as text, whatever the link puts in it', async () => {
    const page = await demo(`?lang=en&src=${encodeURIComponent('/x/<img src=x onerror=alert(1)>.json')}`);
    const notice = sourceNotice(page);
    expect(notice.querySelector('img')).to.equal(null);
    expect(notice.querySelector('code')!.textContent).to.contain('%3Cimg%20src=x%20onerror=alert(1)%3E.json');
  });

  it('shows no notice without ?src=', async () => {
    const page = await demo('?lang=en');
    expect(sourceNotice(page).hidden).to.equal(true);
  });
});
