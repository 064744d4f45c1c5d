#!/usr/bin/env python3
"""Recompute a compare's statistics from its runs.csv with pandas and check them against compare.json.

    python3 docs/examples/check_compare.py results/usage-policy-standoff/compare-seed20260227

DIR is the folder `procsim compare` wrote (or a sweep's: sweep.json is read when there is no compare.json). For
every strategy it recomputes from the runs alone, as docs/MODEL.md section 13 defines them:

  - per outcome (score and every metric, over the runs where the metric applies): mean, standard deviation (n - 1),
    min, max, P10, Q1, median, Q3, P90 (pandas' default 'linear' quantiles = Hyndman and Fan's type 7) and the box
    plot's whiskers (the most extreme values within 1.5 IQR of the quartiles);
  - the rank by mean score, the probability of being best (a tie shares the state), the maximum and mean regret,
    the satisficing share (the summary's criteria, evaluated by pandas: NaN compares false, except !=) and the
    Pareto front (capability up, cost down, red-line breaches down);

prints them, and compares each with the summary's figure. Exit 0 when every figure agrees within the tolerance,
1 with a sentence per mismatch, 2 when the folder does not hold the files.

An experiment too large for procsim to keep every value in memory (its summary's methods then start with "Streamed
statistics") has exact means, standard deviations, minima, maxima, regret, P(best) and satisficing, but quantiles from
a sketch: each within a stated relative accuracy (0.5 %) of the value of rank floor(q (n - 1)) rather than the type 7
interpolation, and whiskers from the sketch's buckets. The script then checks those quantiles against that value
with that accuracy, and each whisker to be within it of some run's value. Needs only pandas (Debian:
apt-get install -y python3-pandas). The confidence interval on the mean (Student's t) is left out: it would need scipy.
"""

import json
import math
import re
import sys
from pathlib import Path

import pandas as pd

# Relative tolerance: the runs are written with shortest round-trip numbers, so only pandas' default float parser
# (which may be off in the last bit) and the order of the additions separate the two: about 1e-15. 1e-9 is far above
# that and far below any difference that matters.
RELATIVE_TOLERANCE = 1e-9
ABSOLUTE_TOLERANCE = 1e-9

STATISTICS = ["mean", "std_dev", "min", "p10", "q1", "p50", "q3", "p90", "max", "lower_whisker", "upper_whisker"]
QUANTILES = {"p10": 0.10, "q1": 0.25, "p50": 0.50, "q3": 0.75, "p90": 0.90}
ID_COLUMNS = ["state", "sample", "replication", "strategy"]


def describe(values):
    """The statistics of one outcome over the runs where it applies (NaN = not applicable, left out)."""
    x = values.dropna()
    if x.empty:
        return {name: None for name in STATISTICS}
    q1, q3 = x.quantile(0.25), x.quantile(0.75)  # interpolation="linear" is pandas' default: type 7
    iqr = q3 - q1
    return {
        "mean": x.mean(),
        "std_dev": x.std() if len(x) > 1 else 0.0,  # ddof=1, the sample standard deviation
        "min": x.min(),
        "p10": x.quantile(0.10),
        "q1": q1,
        "p50": x.quantile(0.50),
        "q3": q3,
        "p90": x.quantile(0.90),
        "max": x.max(),
        "lower_whisker": x[x >= q1 - 1.5 * iqr].min(),
        "upper_whisker": x[x <= q3 + 1.5 * iqr].max(),
    }


def pareto_front(means):
    """Strategies no other dominates on mean capability (up), mean total cost (down), mean red-line breaches (down)."""
    goals = {"mission_capability_mean": 1, "total_cost": -1, "red_line_breaches": -1}

    def dominates(a, b):
        at_least = all(sign * means.at[a, m] >= sign * means.at[b, m] for m, sign in goals.items())
        better = any(sign * means.at[a, m] > sign * means.at[b, m] for m, sign in goals.items())
        return at_least and better

    return {s for s in means.index if not any(dominates(o, s) for o in means.index if o != s)}


def near_rank(values, q, accuracy):
    """What a streamed summary's quantile q may be: within accuracy (relative) of the value of rank floor(q (n - 1))."""
    x = values.dropna().sort_values().to_numpy()
    if len(x) == 0:
        return None
    return x[math.floor(q * (len(x) - 1))]


def close(expected, actual):
    if expected is None or actual is None:
        return expected is None and (actual is None or (isinstance(actual, float) and math.isnan(actual)))
    if isinstance(expected, bool) or isinstance(actual, bool):
        return expected == actual
    return math.isclose(float(expected), float(actual), rel_tol=RELATIVE_TOLERANCE, abs_tol=ABSOLUTE_TOLERANCE)


def main(argv):
    if len(argv) != 2:
        print("usage: python3 check_compare.py DIR (the folder holding runs.csv and compare.json or sweep.json)", file=sys.stderr)
        return 2
    folder = Path(argv[1])
    summary_file = next((folder / n for n in ("compare.json", "sweep.json") if (folder / n).is_file()), None)
    if not (folder / "runs.csv").is_file() or summary_file is None:
        print(f"{folder} does not hold runs.csv and compare.json (or sweep.json): give the folder procsim compare wrote.", file=sys.stderr)
        return 2

    runs = pd.read_csv(folder / "runs.csv")  # no hints: docs/RUNS-FORMAT.md lists the types pandas gives
    summary = json.loads(summary_file.read_text(encoding="utf-8"))
    metrics = [c for c in runs.columns if c not in ID_COLUMNS][len(summary["header"]["inputs"]):]  # score, then every metric
    strategies = summary["header"]["strategies"]
    streamed = next((m for m in summary["methods"] if m.startswith("Streamed statistics")), None)
    accuracy = float(re.search(r"relative accuracy ([0-9.]+)", streamed).group(1)) if streamed else None

    # One row per state, one column per strategy: the paired scores that regret and P(best) compare.
    scores = runs.pivot(index="state", columns="strategy", values="score")[strategies]
    best = scores.max(axis=1)
    is_best = scores.eq(best, axis=0)
    p_best = is_best.div(is_best.sum(axis=1), axis=0).mean()
    regret = scores.rsub(best, axis=0)
    criteria = summary["header"]["satisficing"]
    satisfied = pd.Series(True, index=runs.index)
    for condition in criteria:
        # procsim's conditions are pandas expressions once their keywords (any case in procsim) are lower case.
        expression = re.sub(r"\b(and|or|not)\b", lambda m: m.group(1).lower(), condition, flags=re.IGNORECASE)
        satisfied &= runs.eval(expression, engine="python").astype(bool)
    satisficing = satisfied.groupby(runs["strategy"]).mean()
    means = runs.groupby("strategy")[metrics].mean()
    order = sorted(strategies, key=lambda s: (-means.at[s, "score"], s))
    front = pareto_front(means)

    mismatches = []
    compared = 0
    by_name = {s["strategy"]: s for s in summary["strategies"]}
    for strategy in strategies:
        expected = by_name[strategy]
        mine = runs[runs["strategy"] == strategy]
        computed = {
            "runs": len(mine),
            "rank": order.index(strategy) + 1,
            "probability_best": p_best[strategy],
            "max_regret": regret[strategy].max(),
            "mean_regret": regret[strategy].mean(),
            "satisficing": satisficing[strategy],
            "pareto_efficient": strategy in front,
        }
        for metric in metrics:
            for name, value in describe(mine[metric]).items():
                computed[f"{metric}.{name}"] = value
        for key, value in computed.items():
            if "." in key:
                metric, name = key.split(".")
                want = expected["metrics"][metric][name]
            else:
                metric, name, want = None, key, expected[key]
            compared += 1
            if streamed and name in QUANTILES:
                # A sketched quantile: within the accuracy of the value of rank floor(q (n - 1)).
                exact = near_rank(mine[metric], QUANTILES[name], accuracy)
                ok = (want is None and exact is None) or (want is not None and exact is not None
                                                          and abs(want - exact) <= accuracy * abs(exact) + ABSOLUTE_TOLERANCE)
                if not ok:
                    mismatches.append(f"{strategy}: {key} is {want!r} in {summary_file.name}, not within {accuracy:g} of "
                                      f"{exact!r}, the value of rank floor(q (n - 1)) in runs.csv.")
                continue
            if streamed and name in ("lower_whisker", "upper_whisker"):
                # A sketched whisker: a bucket's representative, within the accuracy of some run's value.
                x = mine[metric].dropna()
                if not ((want is None and x.empty) or (want is not None and not x.empty and
                                                       ((x - want).abs() <= accuracy * x.abs() + ABSOLUTE_TOLERANCE).any())):
                    mismatches.append(f"{strategy}: {key} is {want!r} in {summary_file.name}, not within {accuracy:g} of any run's value.")
                continue
            if not close(want, value):
                mismatches.append(f"{strategy}: {key} is {value!r} from runs.csv but {want!r} in {summary_file.name}.")
        s = computed
        print(f"{strategy}: runs {s['runs']}, rank {s['rank']}, mean score {s['score.mean']:.4f}, "
              f"P(best) {s['probability_best']:.4f}, max regret {s['max_regret']:.4f}, mean regret {s['mean_regret']:.4f}, "
              f"satisficing {s['satisficing']:.4f}, Pareto {'yes' if s['pareto_efficient'] else 'no'}, "
              f"score P10/P50/P90 {s['score.p10']:.4f}/{s['score.p50']:.4f}/{s['score.p90']:.4f}, "
              f"capability P10/P50/P90 {s['mission_capability_mean.p10']:.4f}/{s['mission_capability_mean.p50']:.4f}/"
              f"{s['mission_capability_mean.p90']:.4f}")

    print(f"Compared {compared} figures ({len(strategies)} strategies x {len(runs) // len(strategies)} runs; "
          f"{len(metrics)} outcomes x {len(STATISTICS)} statistics, rank, P(best), regret, satisficing, Pareto) "
          f"from runs.csv with {summary_file.name}, relative tolerance {RELATIVE_TOLERANCE:g}.")
    if streamed:
        print(f"The summary's statistics were streamed: its quantiles were compared within {accuracy:g} (relative) of the "
              f"value of rank floor(q (n - 1)), its whiskers with the runs' values within {accuracy:g}; the P10/P50/P90 "
              f"printed above are pandas' type 7.")
    if mismatches:
        for line in mismatches:
            print(line, file=sys.stderr)
        print(f"{len(mismatches)} of {compared} figures differ.", file=sys.stderr)
        return 1
    print("Every figure agrees.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
