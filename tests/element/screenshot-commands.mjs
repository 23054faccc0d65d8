import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

/** Where the images of a failed comparison are written (gitignored). */
const OUTPUT = fileURLToPath(new URL('../../test-output/screenshots/', import.meta.url));
/** Colour distance (0–1) under which two pixels count as the same; pixels pixelmatch finds anti-aliased are left out. */
const THRESHOLD = 0.1;

/** `image` on a `width` × `height` canvas of opaque magenta: a change of size shows as differing pixels. */
function padded(image, width, height) {
  if (image.width === width && image.height === height) return image;
  const out = new PNG({ width, height, fill: true });
  for (let i = 0; i < out.data.length; i += 4) out.data.set([255, 0, 255, 255], i);
  PNG.bitblt(image, out, 0, 0, image.width, image.height, 0, 0);
  return out;
}

/**
 * `screenshot` answers a PNG (base64) of the page's area `{ x, y, width, height }` (CSS pixels from the document's
 * top left, in the viewport or not), with animations and transitions finished and the text caret hidden.
 *
 * `compare-screenshots` compares two such PNGs, `expected` and `actual`, pixel by pixel and answers
 * `{ mismatched, ratio }`: how many pixels differ, and their share of all. When that share is above `maxRatio`,
 * it also writes `<name>.expected.png`, `<name>.actual.png` and `<name>.diff.png` (the differences in red) and
 * answers their paths as `files`.
 */
export function screenshotCommands() {
  return {
    name: 'screenshot-commands',
    async executeCommand({ command, payload, session }) {
      if (command === 'screenshot') {
        const page = session.browser.getPage(session.id);
        const options = { clip: payload, fullPage: true, animations: 'disabled', caret: 'hide', scale: 'css' };
        return (await page.screenshot(options)).toString('base64');
      }
      if (command === 'compare-screenshots') {
        const { name, maxRatio } = payload;
        if (!/^[\w-]+$/.test(name)) throw new Error(`compare-screenshots: "${name}" is not a plain file name`);
        const expected = PNG.sync.read(Buffer.from(payload.expected, 'base64'));
        const actual = PNG.sync.read(Buffer.from(payload.actual, 'base64'));
        const width = Math.max(expected.width, actual.width);
        const height = Math.max(expected.height, actual.height);
        const diff = new PNG({ width, height });
        const [a, b] = [padded(expected, width, height), padded(actual, width, height)];
        const mismatched = pixelmatch(a.data, b.data, diff.data, width, height, { threshold: THRESHOLD });
        const ratio = mismatched / (width * height);
        if (ratio <= maxRatio) return { mismatched, ratio };
        mkdirSync(OUTPUT, { recursive: true });
        const files = {};
        for (const [kind, image] of Object.entries({ expected, actual, diff })) {
          files[kind] = `${OUTPUT}${name}.${kind}.png`;
          writeFileSync(files[kind], PNG.sync.write(image));
        }
        return { mismatched, ratio, files };
      }
      return undefined;
    },
  };
}
