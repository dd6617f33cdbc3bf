#!/usr/bin/python3
"""scikit-learn's test accuracies on gradkit's shipped fixed splits, the references tests/nn/realData.test.ts
compares against. Run ONCE with Debian's python3-sklearn (1.2); the output is committed as
tests/nn/sklearnReferences.json, so the tests need no Python.

    /usr/bin/python3 tests/nn/sklearn_references.py > tests/nn/sklearnReferences.json

Same rows, same split (data/splits.json), same preprocessing as the tests: StandardScaler fitted on the
training rows only.
"""
import json
import os
import sys

import numpy as np
import sklearn
from sklearn.linear_model import LogisticRegression
from sklearn.neural_network import MLPClassifier
from sklearn.preprocessing import StandardScaler

DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "data")


def load(name):
    table = np.loadtxt(os.path.join(DATA, name + ".csv"), delimiter=",", skiprows=1)
    with open(os.path.join(DATA, "splits.json")) as fh:
        split = json.load(fh)[name]
    X, y = table[:, :-1], table[:, -1].astype(int)
    train, test = np.array(split["train"]), np.array(split["test"])
    scaler = StandardScaler().fit(X[train])
    return scaler.transform(X[train]), y[train], scaler.transform(X[test]), y[test]


out = {"sklearn": sklearn.__version__, "numpy": np.__version__, "split": "data/splits.json, StandardScaler fitted on train"}

# Softmax (multinomial) regression: scikit-learn's LogisticRegression, L2 with C = 1 (lbfgs, multinomial for 3 classes).
for name in ["iris", "wine"]:
    XTrain, yTrain, XTest, yTest = load(name)
    model = LogisticRegression(C=1.0, max_iter=10000).fit(XTrain, yTrain)
    out[name] = {
        "model": "LogisticRegression(C=1.0, max_iter=10000) (multinomial, lbfgs)",
        "trainAccuracy": model.score(XTrain, yTrain),
        "testAccuracy": model.score(XTest, yTest),
    }

# One hidden layer of 16 units on breast cancer, the MLPClassifier configuration the gradkit test uses.
XTrain, yTrain, XTest, yTest = load("breast_cancer")
config = dict(hidden_layer_sizes=(16,), activation="tanh", solver="adam", alpha=1e-4, batch_size=32,
              learning_rate_init=0.01, max_iter=100)
scores = []
for seed in range(10):
    model = MLPClassifier(random_state=seed, n_iter_no_change=1000, **config).fit(XTrain, yTrain)
    scores.append(model.score(XTest, yTest))
out["breast_cancer"] = {
    "model": "MLPClassifier(hidden_layer_sizes=(16,), activation='tanh', solver='adam', alpha=1e-4, batch_size=32, "
             "learning_rate_init=0.01, max_iter=100, n_iter_no_change=1000), random_state 0..9",
    "testAccuracy": float(np.median(scores)),
    "testAccuracyBySeed": scores,
}
json.dump(out, sys.stdout, indent=2)
sys.stdout.write("\n")
