// Draws a page's charts one at a time, in the order its cells ask for them. Vega does all its work on the main
// thread, so charts started together finish together: the first one reached the page only after every chart
// had been computed. In turn, each chart is on the page as soon as its own work is done; the next one starts
// once the page has had a turn to show it.
// While charts are waiting to be drawn, the page's main column is aria-busy, so that assistive technology (and a
// test) can wait for the page to be whole.
let previous = Promise.resolve();
let pending = 0;

const nextTurn = () => new Promise((resolve) => setTimeout(resolve, 0));

function busy() {
  const main = document.querySelector("#observablehq-main");
  if (!main) return;
  if (pending > 0) main.setAttribute("aria-busy", "true");
  else main.removeAttribute("aria-busy");
}

// draw: () => Promise<Element>; resolves to what draw resolves to.
/**
 * @template T
 * @param {() => T | Promise<T>} draw
 * @returns {Promise<T>}
 */
export function inPageOrder(draw) {
  pending++;
  busy();
  const drawn = previous.then(draw);
  previous = drawn.then(nextTurn, nextTurn);
  previous.then(() => {
    pending--;
    busy();
  });
  return drawn;
}
