#!/usr/bin/env python3
"""Comparison runner: runs DEDUCE (PyPI `deduce`, UMC Utrecht's rule-based de-identifier for
Dutch medical text) over our privacy evaluation files and prints one JSON document on stdout.

Usage: python run_deduce.py FILE.json [FILE.json ...]   (use the venv from setup.sh)

Only DEDUCE's public API is called. Participants in the files are staff or relatives, not the
patient, so they are not passed as DEDUCE patient metadata: every text is run plainly.
"""
import contextlib
import json
import os
import sys
import time
from importlib import metadata


def items(path):
    """Yield (item kind, index, text) for every text in one evaluation file."""
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    for kind in ("sentences", "cases"):
        for index, entry in enumerate(data.get(kind, [])):
            if not isinstance(entry.get("text"), str):
                raise ValueError(f"{path}: {kind}[{index}] has no text")
            yield kind, index, entry["text"]


def main(paths):
    if not paths:
        raise ValueError("usage: run_deduce.py FILE.json [FILE.json ...]")
    work = [(os.path.basename(p), kind, i, text) for p in paths for kind, i, text in items(p)]

    # deduce.py calls logging.basicConfig(stream=sys.stdout) on import, and logs there when it
    # rebuilds its lookup cache: keep stdout for our JSON alone by sending all of that to stderr.
    with contextlib.redirect_stdout(sys.stderr):
        report = scan(work)
    sys.stdout.write(json.dumps(report, ensure_ascii=False, indent=1) + "\n")


def scan(work):
    from deduce import Deduce  # imported here so a bad input file fails before the slow load

    started = time.perf_counter()
    deduce = Deduce()
    load_seconds = time.perf_counter() - started

    results, scan_seconds, chars = [], 0.0, 0
    for name, kind, index, text in work:
        started = time.perf_counter()
        doc = deduce.deidentify(text)
        seconds = time.perf_counter() - started
        scan_seconds += seconds
        chars += len(text)
        spans = [
            # int(): some of DEDUCE's offsets are numpy integers
            {"tag": a.tag, "start": int(a.start_char), "end": int(a.end_char), "text": a.text}
            for a in sorted(doc.annotations, key=lambda a: (a.start_char, a.end_char))
        ]
        results.append({"file": name, "item": kind, "index": index, "seconds": seconds, "spans": spans})

    return {
        "tool": "deduce",
        "version": getattr(sys.modules["deduce"], "__version__", None) or metadata.version("deduce"),
        "load_seconds": round(load_seconds, 4),
        "scan_seconds": round(scan_seconds, 4),
        "chars": chars,
        "results": results,
    }


if __name__ == "__main__":
    try:
        main(sys.argv[1:])
    except Exception as error:  # one clear line on stderr, non-zero exit
        print(f"run_deduce: {type(error).__name__}: {error}", file=sys.stderr)
        sys.exit(1)
