// The engine in a dozen lines: run with `npx tsx examples/quickstart.ts`.
import { constant, parse, sin, variable } from "../src/index.js";

const x = variable("x");
const y = variable("y");
const vals = { x: 10, y: 5 };

const f = constant(2).mul(x).add(1); // the course's 2 * x + 1
console.log(f.toString(), "=", f.eval(vals)); // 2 * x + 1 = 21
console.log("d/dx (x * y) =", x.mul(y).diff(vals, "x")); // 5, forward mode, the course's diff

const g = x.pow(2).mul(sin(x));
console.log("g  =", g.toString()); // x ^ 2 * sin(x)
console.log("g' =", g.derivative("x").toString()); // 2 * x * sin(x) + x ^ 2 * cos(x)
console.log("g''=", g.derivative("x").derivative("x").toString());
console.log("LaTeX:", g.toLatex());

const loss = parse("(x*w - y)^2");
console.log("gradient of", loss.toString(), "at x=1, w=1, y=2:", loss.gradient({ x: 1, w: 1, y: 2 }));

const fast = loss.compile({ variables: ["w", "x", "y"], gradient: true });
const gradientOut = new Float64Array(3);
console.log("compiled:", fast([1, 1, 2]), fast.valueAndGradient?.([1, 1, 2], gradientOut), [...gradientOut]);
