/**
 * Text contrast where axe cannot judge it (text over a gradient, beside a
 * pseudo-element, or near an overlapping element: axe reports those as
 * "incomplete"). For each such element this measures what a reader sees:
 *
 * - nothing is painted over the text (the topmost element at the centre of
 *   its box is the element or inside it);
 * - the backdrop is solid: walking up from the element, background colours are
 *   blended until one is opaque, and no element on the way has a background
 *   image (a hatched bar) and no absolutely positioned pseudo-element with a
 *   background lies under the text;
 * - the text colour against that backdrop has the WCAG 2 contrast ratio
 *   required (4.5:1, or 3:1 for large text).
 */
import type { Page } from '@playwright/test';

/** One problem per element: `selector: what`. Empty when every element passes. */
export async function contrastProblems(page: Page, selectors: string[]): Promise<string[]> {
  return page.evaluate((targets) => {
    type Rgba = [number, number, number, number];

    /** A computed colour: `rgb()`/`rgba()`, or `color(srgb …)` (what color-mix computes to). */
    function parse(colour: string): Rgba {
      const srgb = /^color\(srgb ([^)]+)\)$/.exec(colour);
      if (srgb !== null) {
        const [r = 0, g = 0, b = 0, a = 1] = (srgb[1] ?? '')
          .split(/[\s/]+/)
          .filter(Boolean)
          .map(Number);
        return [r * 255, g * 255, b * 255, a];
      }
      const rgb = /^rgba?\(([^)]+)\)$/.exec(colour);
      if (rgb !== null) {
        const [r = 0, g = 0, b = 0, a = 1] = (rgb[1] ?? '')
          .split(/[\s,/]+/)
          .filter(Boolean)
          .map(Number);
        return [r, g, b, a];
      }
      throw new Error(`cannot read the colour '${colour}'`);
    }

    /** `top` painted over `bottom` (which is opaque). */
    function over(top: Rgba, bottom: Rgba): Rgba {
      const a = top[3];
      return [
        top[0] * a + bottom[0] * (1 - a),
        top[1] * a + bottom[1] * (1 - a),
        top[2] * a + bottom[2] * (1 - a),
        1,
      ];
    }

    function luminance([r, g, b]: Rgba): number {
      const [lr, lg, lb] = [r, g, b].map((channel) => {
        const c = channel / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * (lr ?? 0) + 0.7152 * (lg ?? 0) + 0.0722 * (lb ?? 0);
    }

    function intersects(a: DOMRect, b: DOMRect): boolean {
      return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    }

    /** The box of an absolutely positioned ::before/::after with a background, if any. */
    function pseudoBackground(element: Element, which: '::before' | '::after'): DOMRect | null {
      const style = getComputedStyle(element, which);
      if (style.content === 'none' || style.display === 'none') return null;
      if (style.position !== 'absolute') return null;
      const painted = style.backgroundImage !== 'none' || parse(style.backgroundColor)[3] > 0;
      if (!painted) return null;
      const box = element.getBoundingClientRect();
      const host = getComputedStyle(element);
      const left = box.left + parseFloat(host.borderLeftWidth) + (parseFloat(style.left) || 0);
      const top = box.top + parseFloat(host.borderTopWidth) + (parseFloat(style.top) || 0);
      return new DOMRect(left, top, parseFloat(style.width) || 0, parseFloat(style.height) || 0);
    }

    const problems: string[] = [];
    for (const selector of targets) {
      const element = document.querySelector(selector);
      if (element === null) {
        problems.push(`${selector}: not found`);
        continue;
      }
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      const text = element.textContent.trim().slice(0, 40);
      const name = `${selector} ("${text}")`;
      const centre = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      if (centre !== null && centre !== element && !element.contains(centre)) {
        // Off screen or under another element: scroll it into view once and retry.
        element.scrollIntoView({ block: 'center', inline: 'center' });
        const moved = element.getBoundingClientRect();
        const again = document.elementFromPoint(
          moved.left + moved.width / 2,
          moved.top + moved.height / 2,
        );
        if (again !== null && again !== element && !element.contains(again)) {
          problems.push(`${name}: covered by <${again.localName} class="${again.className}">`);
          continue;
        }
      }
      const layers: Rgba[] = [];
      let solid = false;
      for (let node: Element | null = element; node !== null; node = node.parentElement) {
        const style = getComputedStyle(node);
        if (style.backgroundImage !== 'none') {
          problems.push(`${name}: text over a background image on <${node.localName}>`);
          solid = true;
          layers.length = 0;
          break;
        }
        for (const which of ['::before', '::after'] as const) {
          const pseudo = pseudoBackground(node, which);
          if (pseudo !== null && node !== element && intersects(pseudo, box)) {
            problems.push(`${name}: text over the ${which} of <${node.localName}>`);
          }
        }
        const colour = parse(style.backgroundColor);
        if (colour[3] > 0) layers.push(colour);
        if (colour[3] >= 1) {
          solid = true;
          break;
        }
      }
      if (!solid) layers.push([255, 255, 255, 1]);
      if (layers.length === 0) continue;
      let backdrop = layers[layers.length - 1] ?? [255, 255, 255, 1];
      for (const layer of layers.slice(0, -1).reverse()) backdrop = over(layer, backdrop);
      const style = getComputedStyle(element);
      const foreground = over(parse(style.color), backdrop);
      const [light, dark] = [luminance(foreground), luminance(backdrop)].sort((x, y) => y - x);
      const ratio = ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
      const size = parseFloat(style.fontSize);
      const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
      const needed = large ? 3 : 4.5;
      if (ratio < needed) {
        problems.push(
          `${name}: contrast ${ratio.toFixed(2)}:1 < ${String(needed)}:1 (${style.color} on rgb(${backdrop.slice(0, 3).map(Math.round).join(', ')}))`,
        );
      }
    }
    return problems;
  }, selectors);
}
