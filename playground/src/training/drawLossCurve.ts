/** The loss per epoch as a line, from 0 at the bottom to the largest loss so far at the top. */
export function drawLossCurve(canvas: HTMLCanvasElement, losses: readonly number[]): void {
  const context = canvas.getContext("2d");
  if (context === null) return;
  const { width, height } = canvas;
  context.clearRect(0, 0, width, height);
  context.strokeStyle = "#d1d5db";
  context.lineWidth = 1;
  context.strokeRect(0.5, 0.5, width - 1, height - 1);
  const finite = losses.filter(Number.isFinite);
  if (finite.length < 2) return;
  const top = finite.reduce((max, loss) => Math.max(max, loss), 0) * 1.05;
  const pad = 4;
  // at most one point per pixel column: a long run is drawn from every stride-th epoch
  const stride = Math.max(1, Math.ceil(losses.length / width));
  context.beginPath();
  for (let epoch = 0; epoch < losses.length; epoch += stride) {
    const loss = losses[epoch]!;
    const x = pad + ((width - 2 * pad) * epoch) / (losses.length - 1);
    const y = height - pad - ((height - 2 * pad) * (Number.isFinite(loss) ? loss : top)) / top;
    if (epoch === 0) context.moveTo(x, y);
    else context.lineTo(x, y);
  }
  context.strokeStyle = "#111827";
  context.lineWidth = 1.5;
  context.stroke();
}
