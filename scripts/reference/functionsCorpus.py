#!/usr/bin/python3
"""
The SymPy reference corpus for the functions of issue 21 (sec ... acsc, sinh ... acoth, log10, log2, cbrt,
nthRoot, erf and the activations softplus, swish, gelu, elu, softsign). Run ONCE with Debian's python3-sympy
and commit its output:

    /usr/bin/python3 scripts/reference/functionsCorpus.py > tests/expression/functions/sympyFunctions.json

For each function f, formulas that compose it with others -- f(x), f(inner) for a few inners chosen inside
f's domain, x*f(x), f(x)^2, exp(f(x)) or sin(f(x)), f(f(x)) where it stays defined -- with, at three points
where all three are finite:
- the value, the first and the second derivative, evaluated by mpmath at 30 digits (SymPy's evalf);
- SymPy's plain diff(f, x) (what it returns without simplify()), as text in gradkit's syntax, whose node
  count the test compares with gradkit's derivative (as scripts/reference/sympyCorpus.py does).
x is real. SymPy has the trigonometric and hyperbolic functions, their inverses, erf, log(x, 10) and cbrt
itself; cbrt and nthRoot are x^(1/n) there, so their points are positive. The activations are not SymPy
functions: their values and derivatives come from their definitions (log(1 + exp(u)), u / (1 + exp(-u)),
u (1 + erf(u / sqrt(2))) / 2, a Piecewise for elu, u / (1 + |u|)), while the text whose size is compared comes
from SymPy Functions whose fdiff is the textbook rule, as sympyCorpus.py does for sigmoid. Also erf and erfc
at many points, for the accuracy of src/numerics/erf.ts. Deterministic: no randomness.
"""
import json
import re
import sys

import sympy as sp

x = sp.Symbol("x", real=True)


class sigmoid(sp.Function):
    def fdiff(self, argindex=1):
        u = self.args[0]
        return sigmoid(u) * (1 - sigmoid(u))


class step(sp.Function):
    def fdiff(self, argindex=1):
        return sp.Integer(0)


class softplus(sp.Function):
    def fdiff(self, argindex=1):
        return sigmoid(self.args[0])


class swish(sp.Function):
    def fdiff(self, argindex=1):
        u = self.args[0]
        return sigmoid(u) * (1 + u * (1 - sigmoid(u)))


class gelu(sp.Function):
    def fdiff(self, argindex=1):
        u = self.args[0]
        return (1 + sp.erf(u / sp.sqrt(2))) / 2 + u * sp.exp(-u**2 / 2) / sp.sqrt(2 * sp.pi)


class elu(sp.Function):
    def fdiff(self, argindex=1):
        u = self.args[0]
        return step(u) + (1 - step(u)) * (elu(u) + 1)


class softsign(sp.Function):
    def fdiff(self, argindex=1):
        return 1 / (1 + sp.Abs(self.args[0])) ** 2


COMMON = {"x": x, "abs": sp.Abs, "sign": sp.sign, "log10": lambda u: sp.log(u, 10), "log2": lambda u: sp.log(u, 2),
          "cbrt": sp.cbrt, "nthRoot": lambda u, n: sp.root(u, n)}
# values and derivatives: the activations by their definitions
EXPLICIT = {**COMMON,
            "sigmoid": lambda u: 1 / (1 + sp.exp(-u)),
            "softplus": lambda u: sp.log(1 + sp.exp(u)),
            "swish": lambda u: u / (1 + sp.exp(-u)),
            "gelu": lambda u: u * (1 + sp.erf(u / sp.sqrt(2))) / 2,
            "elu": lambda u: sp.Piecewise((u, u > 0), (sp.exp(u) - 1, True)),
            "softsign": lambda u: u / (1 + sp.Abs(u))}
# the text compared for size: the activations as functions with their textbook derivative
SYMBOLIC = {**COMMON, "sigmoid": sigmoid, "softplus": softplus, "swish": swish, "gelu": gelu, "elu": elu,
            "softsign": softsign, "step": step}

PARSEABLE = {"abs", "acos", "acosh", "acot", "acoth", "acsc", "asec", "asin", "asinh", "atan", "atanh", "cbrt", "cos",
             "cosh", "cot", "coth", "csc", "csch", "elu", "erf", "exp", "gelu", "log", "sec", "sech", "sigmoid",
             "sign", "sin", "sinh", "softplus", "softsign", "sqrt", "step", "swish", "tan", "tanh"}

WHOLE_LINE = [-1.3, -0.4, 0.3, 0.7, 1.9, 2.6, -2.2]
POSITIVE = [0.3, 0.7, 1.9, 2.6, 1.3, 3.7]

# each function: the inners it is composed with (inside its domain at the points) and its points
FUNCTIONS = {
    "sec": (["x", "x^2 + 1", "2*x", "sin(x)", "x/3"], WHOLE_LINE),
    "csc": (["x", "x^2 + 1", "2*x", "exp(x)", "x + 4"], WHOLE_LINE),
    "cot": (["x", "x^2 + 1", "2*x", "exp(x)", "x + 4"], WHOLE_LINE),
    "asin": (["x/3", "x^2/8", "sin(x)/2", "tanh(x)", "1/(x^2 + 2)"], WHOLE_LINE),
    "acos": (["x/3", "x^2/8", "sin(x)/2", "tanh(x)", "1/(x^2 + 2)"], WHOLE_LINE),
    "atan": (["x", "x^2 + 1", "2*x - 1", "sin(x)", "exp(x)"], WHOLE_LINE),
    "acot": (["x", "x^2 + 1", "2*x - 1", "exp(x)", "x/3"], WHOLE_LINE),
    "asec": (["x^2 + 1", "x + 3", "exp(x) + 1", "2*cosh(x)", "x^2 + x + 2"], WHOLE_LINE),
    "acsc": (["x^2 + 1", "x + 3", "exp(x) + 1", "2*cosh(x)", "x^2 + x + 2"], WHOLE_LINE),
    "sinh": (["x", "x^2 + 1", "2*x - 1", "sin(x)", "x/3"], WHOLE_LINE),
    "cosh": (["x", "x^2 + 1", "2*x - 1", "sin(x)", "x/3"], WHOLE_LINE),
    "coth": (["x", "x^2 + 1", "exp(x)", "2*x", "x + 4"], WHOLE_LINE),
    "sech": (["x", "x^2 + 1", "2*x - 1", "sin(x)", "x/3"], WHOLE_LINE),
    "csch": (["x", "x^2 + 1", "exp(x)", "2*x", "x + 4"], WHOLE_LINE),
    "asinh": (["x", "x^2 + 1", "2*x - 1", "sin(x)", "exp(x)"], WHOLE_LINE),
    "acosh": (["x^2 + 1", "x + 3", "exp(x) + 1", "2*cosh(x)", "x^2 + x + 2"], [1.3, 1.9, 2.6, 3.7]),
    "atanh": (["x/3", "x^2/8", "sin(x)/2", "tanh(x)", "1/(x^2 + 2)"], WHOLE_LINE),
    "acoth": (["x^2 + 1.5", "x + 3", "exp(x) + 1", "2*cosh(x)", "x^2 + x + 2"], WHOLE_LINE),
    "log10": (["x", "x^2 + 1", "exp(x)", "sqrt(x) + 1", "x^3"], POSITIVE),
    "log2": (["x", "x^2 + 1", "exp(x)", "sqrt(x) + 1", "x^3"], POSITIVE),
    "cbrt": (["x", "x^2 + 1", "exp(x)", "2*x + 1", "sin(x) + 2"], POSITIVE),
    "nthRoot": (["x", "x^2 + 1", "exp(x)", "2*x + 1", "sin(x) + 2"], POSITIVE),
    "erf": (["x", "x^2 + 1", "2*x - 1", "sin(x)", "x/3"], WHOLE_LINE),
    "softplus": (["x", "x^2 + 1", "2*x - 1", "sin(x)", "-x"], WHOLE_LINE),
    "swish": (["x", "x^2 + 1", "2*x - 1", "sin(x)", "-x"], WHOLE_LINE),
    "gelu": (["x", "x^2 + 1", "2*x - 1", "sin(x)", "-x"], WHOLE_LINE),
    "elu": (["x", "x^2 + 1", "2*x - 1", "sin(x)", "-x"], WHOLE_LINE),
    "softsign": (["x", "x^2 + 1", "2*x - 1", "sin(x)", "-x"], WHOLE_LINE),
}


def call(name, inner):
    return f"nthRoot({inner}, 3)" if name == "nthRoot" else f"{name}({inner})"


def formulas(name, inners):
    f = call(name, "x")
    out = [call(name, inner) for inner in inners]
    out += [f"x*{f}", f"({f})^2", f"exp({f})" if name not in ("cosh", "sinh") else f"sin({f})",
            f"{f}/(x^2 + 1)", f"{f} + x^2*{call(name, inners[1])}"]
    if name in ("atan", "sinh", "asinh", "erf", "softplus", "swish", "gelu", "softsign", "sech", "elu"):
        out.append(call(name, f))
    return out


def sympify(formula, table):
    return sp.sympify(formula.replace("^", "**"), locals=table)


def value(expr, point):
    v = expr.subs(x, sp.Float(point, 30)).evalf(30)
    if not v.is_real or not v.is_finite:
        return None
    return float(v)


def text(d):
    t = str(d).replace("**", "^").replace("Abs(", "abs(")
    if not set(re.findall(r"([A-Za-z_][A-Za-z0-9_]*)\(", t)) <= PARSEABLE:
        return None
    return t


def defined(explicit, point):
    """Every function and power inside the formula is real at the point (asec(0.3)^2 is real, asec(0.3) is not)."""
    parts = [e for e in sp.preorder_traversal(explicit) if isinstance(e, (sp.Function, sp.Pow))]
    return all(value(e, point) is not None for e in parts)


def record(name, formula, points):
    explicit = sympify(formula, EXPLICIT)
    d1, d2 = sp.diff(explicit, x), sp.diff(explicit, x, 2)
    rows = []
    for p in points:
        vs = [value(e, p) for e in (explicit, d1, d2)]
        if all(v is not None and abs(v) < 1e12 for v in vs) and defined(explicit, p):
            rows.append([p, *vs])
        if len(rows) == 3:
            break
    if len(rows) < 3:
        print(f"skipped {formula}: fewer than 3 points", file=sys.stderr)
        return None
    symbolic = text(sp.diff(sympify(formula, SYMBOLIC), x))
    if symbolic is None:
        print(f"skipped {formula}: SymPy's derivative is not in gradkit's syntax", file=sys.stderr)
        return None
    return {"function": name, "formula": formula, "sympy": symbolic, "points": rows}


def erf_table():
    points = [0, 1e-300, 1e-10, 1e-5, 0.01, 0.1, 0.25, 0.5, 0.75, 1, 1.25, 1.5, 1.75, 1.99, 2, 2.01, 2.5, 3, 3.5,
              4, 5, 6, 8, 10, 15, 20, 26]
    rows = []
    for p in points + [-p for p in points if p > 0]:
        t = sp.Float(p, 40)
        rows.append([p, float(sp.erf(t).evalf(30)), float(sp.erfc(t).evalf(30))])
    return rows


def main():
    corpus = []
    for name, (inners, points) in FUNCTIONS.items():
        for formula in formulas(name, inners):
            entry = record(name, formula, points)
            if entry is not None:
                corpus.append(entry)
    json.dump({"sympy": sp.__version__, "count": len(corpus), "formulas": corpus, "erf": erf_table()}, sys.stdout,
              indent=None, separators=(",", ":"))
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
