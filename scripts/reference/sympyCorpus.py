#!/usr/bin/python3
"""
The SymPy reference corpus for gradkit's canonical derivatives (issue 10). Run ONCE, with Debian's
python3-sympy (1.11), and commit its output:

    /usr/bin/python3 scripts/reference/sympyCorpus.py > tests/simplify/sympyCorpus.json

For each formula (random trees like the oracle tests make, plus hard cases: long sums of squares,
products, nested functions) it records SymPy's diff(f, x) -- what SymPy returns without simplify() --
as text in gradkit's syntax, and the derivative's value at three points where f and f' are finite.
x is declared real (as gradkit's variables are), so d|x|/dx is sign(x). sigmoid is a SymPy Function
whose derivative is sigmoid(u) (1 - sigmoid(u)), the rule gradkit uses.
Deterministic: the random formulas come from random.Random(10).
"""
import json
import re
import math
import random
import sys

import sympy as sp

x = sp.Symbol("x", real=True)


class sigmoid(sp.Function):
    def fdiff(self, argindex=1):
        u = self.args[0]
        return sigmoid(u) * (1 - sigmoid(u))


LOCALS = {"x": x, "sigmoid": sigmoid, "abs": sp.Abs, "sign": sp.sign}
NUMERIC = {"sigmoid": lambda u: 1 / (1 + math.exp(-u)) if u >= 0 else math.exp(u) / (1 + math.exp(u)),
           "sign": lambda u: float((u > 0) - (u < 0))}
FUNCTIONS = ["sin", "cos", "tan", "exp", "log", "sqrt", "tanh", "sigmoid", "abs"]
CONSTANTS = ["1", "2", "3", "0.5", "1.5"]
PARSEABLE = {"sin", "cos", "tan", "exp", "log", "sqrt", "tanh", "sigmoid", "abs", "sign"}
POINTS = [0.3, 0.7, 1.3, 1.9, 2.6, -0.4, -1.1, 0.45, 1.05, 3.2]


def random_formula(rng, depth):
    """A random formula in gradkit's syntax, fully parenthesized, like tests/autodiff/randomExpression.ts."""
    if depth == 0 or rng.random() < 0.25:
        return "x" if rng.random() < 0.7 else rng.choice(CONSTANTS)
    kind = rng.random()
    if kind < 0.4:
        return f"{rng.choice(FUNCTIONS)}({random_formula(rng, depth - 1)})"
    op = rng.choice(["+", "-", "*", "/", "^"])
    if op == "^":
        exponent = rng.choice(["2", "3", "0.5", "-1", "x"])
        return f"({random_formula(rng, depth - 1)})^{exponent}"
    return f"({random_formula(rng, depth - 1)}) {op} ({random_formula(rng, depth - 1)})"


def hard_cases():
    cases = []
    for n in [5, 10, 20, 50, 100, 200]:
        cases.append(" + ".join(f"(x - {i - n // 2})^2" for i in range(n)))
        cases.append(" + ".join(f"({i + 1}*x + {i})^2" for i in range(n)))
    for n in [3, 4, 5, 6, 8, 10, 12]:
        cases.append(" * ".join(f"(x + {i + 1})" for i in range(n)))
        cases.append(" * ".join(f"sin({i + 1}*x)" for i in range(n)))
    for n in [2, 5, 10, 20, 50]:
        cases.append(" * ".join(["x"] * n))
    for n in [2, 3, 5, 8, 12]:
        cases.append("sin(" * n + "x" + ")" * n)
        cases.append("log(1 + exp(" * n + "x" + "))" * n)
        cases.append("sqrt(1 + sqrt(" * n + "x" + "))" * n)
        cases.append("tanh(" * n + "x" + ")" * n)
    cases += ["x^2*sin(x)", "log(exp(x))", "x/x", "x*sqrt(x)", "x^2*sqrt(x)", "sigmoid(x)", "exp(x)*exp(-x)",
              "(x^2 + 1)/(x - 3)", "x*exp(x)*sin(x)*log(x)", "x^x", "2^x", "sqrt(x^2 + 1)", "1/(1 + exp(-x))",
              "(x + 1)^10", "sin(x)^2 + cos(x)^2", "exp(sin(x))*cos(x)", "log(x^2 + 1)", "tan(x)/x", "abs(x)*x"]
    return cases


def finite(value):
    return isinstance(value, float) and math.isfinite(value)


def numeric(expr):
    f = sp.lambdify(x, expr, modules=[NUMERIC, "math"])

    def at(point):
        try:
            value = f(point)
            return float(value) if not isinstance(value, complex) else float("nan")
        except (ValueError, ZeroDivisionError, OverflowError, TypeError, NameError):
            return float("nan")
    return at


def record(formula):
    f = sp.sympify(formula.replace("^", "**"), locals=LOCALS)
    if not f.has(x):
        return None
    d = sp.diff(f, x)
    # abs of something SymPy cannot prove real differentiates through re() and im(): not comparable
    if d.has(sp.re, sp.im, sp.Derivative, sp.Subs, sp.arg):
        return None
    fn, dn = numeric(f), numeric(d)
    points = []
    for p in POINTS:
        fv, dv = fn(p), dn(p)
        if finite(fv) and finite(dv) and abs(dv) < 1e12:
            points.append([p, dv])
        if len(points) == 3:
            break
    if len(points) < 3:
        return None
    text = str(d).replace("**", "^").replace("Abs(", "abs(")
    # only functions gradkit's parser reads (SymPy may write atan2, re, ... for abs of a non-real argument)
    if not set(re.findall(r"([A-Za-z_][A-Za-z0-9_]*)\(", text)) <= PARSEABLE:
        return None
    return {"formula": formula, "sympy": text, "points": points}


def main():
    rng = random.Random(10)
    corpus = []
    for formula in hard_cases():
        entry = record(formula)
        if entry is not None:
            corpus.append({**entry, "kind": "hard"})
    seen = set()
    while len(corpus) < 460:
        formula = random_formula(rng, 4)
        if formula in seen:
            continue
        seen.add(formula)
        entry = record(formula)
        if entry is not None:
            corpus.append({**entry, "kind": "random"})
    json.dump({"sympy": sp.__version__, "count": len(corpus), "formulas": corpus}, sys.stdout, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
