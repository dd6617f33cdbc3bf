/**
 * Makes each of `boxes` a tab stop while its content scrolls inside it (a long derivative, a wide graph or
 * table on a phone), so a keyboard can reach and scroll it; a box that shows everything is not a tab stop.
 * Rechecked when a box's content changes and when the window is resized.
 */
export function keyboardScrolling(boxes: readonly HTMLElement[]): void {
  let pending = false;
  const update = (): void => {
    pending = false;
    for (const box of boxes) {
      const scrolls = box.scrollWidth > box.clientWidth || box.scrollHeight > box.clientHeight;
      if (scrolls) box.tabIndex = 0;
      else box.removeAttribute("tabindex");
    }
  };
  const later = (): void => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(update);
  };
  const observer = new MutationObserver(later);
  for (const box of boxes) observer.observe(box, { childList: true, subtree: true, characterData: true });
  window.addEventListener("resize", later);
  later();
}
