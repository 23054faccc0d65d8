import { expect } from '@open-wc/testing';
import { TEST_TIMEOUT_MS } from '../browser-test-timeout.mjs';
import { until } from '../browser-wait.js';
import { freshStorageKey, noticeText, openFile, studioFixture } from './helpers.js';

// Issue 11, item 8: files crafted to crash a reader showed a page error and no notice in the studio.

const HOSTILE = '/tests/fixtures/hostile';
/**
 * How long opening the 1 MB catalog may take before a test calls it a hang: the studio reads, checks and lists it
 * on the main thread. The test that opens it has this on top of a test's usual time.
 */
const BIG_OPEN_MS = 20_000;
const fileText = async (name: string) => (await fetch(`${HOSTILE}/${name}`)).text();
// The test server serves .json as a module (its esbuild plugin), so JSON comes back to text this way.
const jsonText = async (name: string) => JSON.stringify(((await import(`${HOSTILE}/${name}`)) as { default: unknown }).default);
const generated = async (name: string, size?: number) => ((await import(`${HOSTILE}/${name}.mjs`)) as { text: (size?: number) => string }).text(size);

describe('<objection-studio> opening crafted files', () => {
  const pageErrors: string[] = [];
  const onError = (event: ErrorEvent) => pageErrors.push(event.message);
  const onRejection = (event: PromiseRejectionEvent) => pageErrors.push(String(event.reason));
  before(() => {
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });
  beforeEach(() => {
    pageErrors.length = 0;
  });

  const refused: Array<[string, string, () => Promise<string>, RegExp]> = [
    ['JSON nested 5,000 deep', 'deep.json', () => generated('08-deep-nesting'), /deep\.json:1:\d+ is not valid JSON: the data is nested more than 100 levels deep/],
    ['a YAML alias bomb', 'bomb.yaml', () => fileText('08-alias-bomb.yaml'), /bomb\.yaml:1:1 cannot be read: its aliases/],
    ['YAML nested 5,000 deep', 'deep.yaml', async () => `objections: ${'['.repeat(5000)}${']'.repeat(5000)}\n`, /deep\.yaml:1:\d+ cannot be read: the data is nested/],
  ];
  for (const [what, name, text, problem] of refused) {
    it(`says it cannot open ${what}, and why`, async () => {
      const studio = await studioFixture(freshStorageKey());
      await openFile(studio, name, await text());
      await until(() => noticeText(studio).includes('could not be opened'), `no notice for ${what}`);
      expect(noticeText(studio)).to.match(problem);
      expect(pageErrors).to.deep.equal([]);
    });
  }

  it('opens a catalog whose id has its own toString, and lists the bad id', async () => {
    const studio = await studioFixture(freshStorageKey());
    await openFile(studio, 'tostring.json', await jsonText('08-tostring-id.json'));
    await until(() => noticeText(studio).startsWith('Opened tostring.json'), 'the file did not open');
    expect(noticeText(studio)).to.contain('tostring.json:1:31 objections[0].id has the id "{"toString":1}"');
    expect(pageErrors).to.deep.equal([]);
  });

  it('opens a big JSON catalog (08-big-json.mjs at 1 MB)', async function () {
    this.timeout(BIG_OPEN_MS + TEST_TIMEOUT_MS);
    const studio = await studioFixture(freshStorageKey());
    await openFile(studio, 'big.json', await generated('08-big-json', 1_000_000));
    await until(() => noticeText(studio).startsWith('Opened big.json'), 'the file did not open', { timeout: BIG_OPEN_MS });
    expect(pageErrors).to.deep.equal([]);
  });
});
