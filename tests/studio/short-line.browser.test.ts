import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { until } from '../browser-wait.js';
import { RUSSIAN_OBJECTION, addRussianObjection, field, editor, fill, freshStorageEachTest, problemsUnder, studioFixture } from './helpers.js';

const SHORT = 'Short line (optional) (ru)';

describe('<objection-studio>', () => {
  const storageKey = freshStorageEachTest();

  it("edits a reply's short line, says when it is no shorter than the reply, and drops it when emptied", async () => {
    const studio = await studioFixture(storageKey());
    await addRussianObjection(studio);
    await fill(studio, SHORT, `${RUSSIAN_OBJECTION.reply} Точно.`);
    await until(() => problemsUnder(field(editor(studio), SHORT)).includes('no shorter than its reply'), 'no warning for a short line as long as its reply');
    await fill(studio, SHORT, 'Рассрочка на год, без переплаты.');
    await until(() => problemsUnder(field(editor(studio), SHORT)) === '', 'the warning stays for a short line');
    expect(studio.draft.catalog.objections[0]!.replies![0]!.short).to.deep.equal({ ru: 'Рассрочка на год, без переплаты.' });
    const short = field(editor(studio), SHORT);
    short.focus();
    short.select();
    await sendKeys({ press: 'Backspace' });
    await studio.updateComplete;
    expect(studio.draft.catalog.objections[0]!.replies![0]).not.to.have.property('short');
  });
});
