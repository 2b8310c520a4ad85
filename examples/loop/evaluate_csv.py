"""Evaluator of the example tasks: compares a CSV the candidate wrote with the expected one.

Prints one JSON line, {"status": "pass"|"fail", "score": fraction of keys right, "message": ...},
as nk loop expects of an evaluator. Standard library only.
"""
import argparse
import csv
import json
import os


def verdict(status, score, message):
    print(json.dumps({"status": status, "score": round(score, 4), "message": message}))


def read(path):
    with open(path, newline="") as f:
        reader = csv.DictReader(f)
        return reader.fieldnames or [], list(reader)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--expected", required=True)
    p.add_argument("--output", required=True)
    p.add_argument("--key", required=True)
    p.add_argument("--value", required=True)
    p.add_argument("--tolerance", type=float, default=0.011)
    a = p.parse_args()
    _, expected_rows = read(a.expected)
    expected = {r[a.key]: float(r[a.value]) for r in expected_rows}
    if not os.path.exists(a.output):
        return verdict("fail", 0, f"{a.output} was not written")
    header, rows = read(a.output)
    if a.key not in header or a.value not in header:
        return verdict("fail", 0, f"{a.output} has the columns {', '.join(header)}; expected {a.key},{a.value}")
    got = {}
    for r in rows:
        try:
            got[r[a.key]] = float(r[a.value])
        except (TypeError, ValueError):
            return verdict("fail", 0, f"{a.output}: {a.value} of {r[a.key]} is not a number: {r[a.value]!r}")
    right = [k for k in expected if k in got and abs(got[k] - expected[k]) <= a.tolerance]
    score = len(right) / len(expected)
    missing = sorted(set(expected) - set(got))
    extra = sorted(set(got) - set(expected))
    if len(right) == len(expected) and not extra:
        return verdict("pass", 1, f"all {len(expected)} values match")
    if missing or extra:
        return verdict("fail", score, f"{a.key} values differ: missing {missing}, unexpected {extra}")
    first = sorted(expected)[0]
    example = f"{first}: {got[first]:.2f}, expected {expected[first]:.2f}"
    for factor in (10, 100, 1000, 0.1, 0.01, 0.001):
        if all(abs(got[k] / factor - expected[k]) <= a.tolerance for k in expected):
            return verdict("fail", score, f"every {a.value} is {factor:g} times the expected value ({example})")
    wrong = len(expected) - len(right)
    return verdict("fail", score, f"{wrong} of {len(expected)} {a.value} values are wrong ({example})")


if __name__ == "__main__":
    main()
