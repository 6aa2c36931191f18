import type { Page } from 'playwright-core';

/** Each click on a nav button (when, and the button's text), and each first moment after one that the watched content was on screen. */
export interface NavPaintMarks {
  readonly clicks: readonly { readonly at: number; readonly name: string }[];
  readonly shown: readonly number[];
}

/**
 * An init script that stamps, on the page's own clock, each nav click and the first moment after it that an element
 * matching `selector` is in the page. Read the stamps back with readNavPaint.
 */
export function navPaintScript(selector: string): string {
  return `(() => {
  const marks = { clicks: [], shown: [] };
  Object.defineProperty(window, '__navPaint', { value: marks });
  window.addEventListener('click', (event) => {
    if (event.target instanceof Element && event.target.closest('nav')) { marks.clicks.push({ at: performance.now(), name: event.target.textContent }); marks.seen = false; }
  }, true);
  new MutationObserver(() => {
    if (marks.seen !== false) return;
    if (document.querySelector(${JSON.stringify(selector)}) !== null) { marks.shown.push(performance.now()); marks.seen = true; }
  }).observe(document, { subtree: true, childList: true, characterData: true });
})();`;
}

export async function readNavPaint(page: Page): Promise<NavPaintMarks> {
  return (await page.evaluate('window.__navPaint')) as NavPaintMarks;
}

/** Milliseconds from each click on the nav button named `screen` to the watched content on screen. */
export function paintTimes(marks: NavPaintMarks, screen: string): number[] {
  return marks.clicks
    .filter((c) => c.name.includes(screen))
    .map((c) => {
      const shown = marks.shown.find((at) => at >= c.at);
      if (shown === undefined) throw new Error(`a navigation to ${screen} showed nothing`);
      return shown - c.at;
    });
}
