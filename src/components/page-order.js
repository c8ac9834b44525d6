// Draws a page's charts one at a time, in the order its cells ask for them. Vega does all its work on the main
// thread, so charts started together finish together: the first one reached the page only after every chart
// had been computed. In turn, each chart is on the page as soon as its own work is done; the next one starts
// once the page has had a turn to show it.
let previous = Promise.resolve();

const nextTurn = () => new Promise((resolve) => setTimeout(resolve, 0));

// draw: () => Promise<Element>; resolves to what draw resolves to.
export function inPageOrder(draw) {
  const drawn = previous.then(draw);
  previous = drawn.then(nextTurn, nextTurn);
  return drawn;
}
