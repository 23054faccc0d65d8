import { expect } from '@open-wc/testing';

// A failed assertion's values go from the page to web-test-runner as they are; a node among them once hung the
// whole run instead of failing one test (tests/browser-assertions.ts, loaded before every test file).
const failureOf = (assertion: () => void): { actual?: unknown; expected?: unknown } => {
  try {
    assertion();
  } catch (error) {
    return error as { actual?: unknown; expected?: unknown };
  }
  throw new Error('the assertion passed');
};

describe('a failed assertion in a browser test', () => {
  it('reports the elements and nodes it compared as text', () => {
    const element = document.createElement('p');
    element.innerHTML = '<b>Скопировано</b>';
    const failure = failureOf(() => expect(element).to.equal(null));
    expect(failure.actual).to.equal('<p><b>Скопировано</b></p>');
    expect(failure.expected).to.equal(null);
    const text = failureOf(() => expect([element.firstChild!.firstChild]).to.deep.equal([]));
    expect(text.actual).to.deep.equal(['#text: Скопировано']);
  });

  it('reports other values as they are', () => {
    const failure = failureOf(() => expect({ count: 3 }).to.deep.equal({ count: 4 }));
    expect(failure.actual).to.deep.equal({ count: 3 });
    expect(failure.expected).to.deep.equal({ count: 4 });
  });
});
