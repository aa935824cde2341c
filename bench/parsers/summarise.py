#!/usr/bin/env python3
"""Turns the RESULT lines under results/ into the markdown tables of REPORT.md."""
import csv
import random
import re
import statistics
import sys
from collections import defaultdict
from pathlib import Path

RES = Path(sys.argv[1] if len(sys.argv) > 1 else "results")
PARSERS = ["nlp4j", "nlp4j-lean", "clearnlp", "corenlp", "corenlp-sr"]
FAMILIES = ["subj", "subjpass", "obj", "xcomp", "ccomp", "quote", "conj", "appos", "agent", "neg",
            "relcl", "acl", "advcl", "poss", "prep", "attach"]


def results(name):
    """RESULT lines of results/STAGE-*.txt for name 'STAGE.txt'."""
    stage = name[:-4]
    lines = []
    for p in sorted(RES.glob(stage + "-*.txt")):
        lines += p.read_text().splitlines()
    out = []
    for line in lines:
        if not line.startswith("RESULT"):
            continue
        kv = dict(re.findall(r"(\w+)=(\S+)", line))
        kv["_kind"] = line.split()[1]
        out.append(kv)
    return out


def frac(s):
    a, b = s.split("/")
    return int(a), int(b)


def bootstrap(parser_a, parser_b, reps=2000, seed=7):
    """Paired bootstrap over sentences of the accuracy difference a - b (95% interval)."""
    per = {}
    for p in (parser_a, parser_b):
        rows = list(csv.DictReader(open(RES / f"{p}-relations.tsv"), delimiter="\t"))
        by = defaultdict(list)
        for r in rows:
            by[r["id"]].append(int(r["ok"]))
        per[p] = by
    ids = sorted(per[parser_a])
    rnd = random.Random(seed)
    diffs = []
    for _ in range(reps):
        sample = [rnd.choice(ids) for _ in ids]
        a = sum(sum(per[parser_a][i]) for i in sample)
        b = sum(sum(per[parser_b][i]) for i in sample)
        n = sum(len(per[parser_a][i]) for i in sample)
        diffs.append((a - b) / n)
    diffs.sort()
    return diffs[int(0.025 * reps)], diffs[int(0.975 * reps)]


def main():
    q = [r for r in results("quality.txt")]
    own = {r["parser"]: r for r in q if r["tags"] == "own"}
    onlp = {r["parser"]: r for r in q if r["tags"] == "opennlp"}
    print("## Quality (hand-labelled relations, parser's own tagger)\n")
    print("| relation family | " + " | ".join(PARSERS) + " |")
    print("|---|" + "---:|" * len(PARSERS))
    r0 = own.get(PARSERS[0], {})
    print("| **all** (" + r0.get("relations", "?") + " relations, " + r0.get("sentences", "?") + " sentences) | " + " | ".join(
        f"**{float(own[p]['accuracy']):.3f}** ({own[p]['correct']})" if p in own else "-" for p in PARSERS) + " |")
    for src in ("articles", "own"):
        print(f"| sentences from {'the shared articles' if src == 'articles' else 'news-style text written for the test'} | " + " | ".join(
            "%.3f (%d/%d)" % ((lambda a, b: (a / b, a, b))(*frac(own[p]["source_" + src]))) if p in own else "-" for p in PARSERS) + " |")
    print("| sentences with every relation right | " + " | ".join(own[p]["sentences_all_right"] if p in own else "-" for p in PARSERS) + " |")
    for fam in FAMILIES:
        cells = []
        for p in PARSERS:
            if p in own and fam in own[p]:
                a, b = frac(own[p][fam])
                cells.append(f"{a / b:.2f} ({a}/{b})")
            else:
                cells.append("-")
        print(f"| {fam} | " + " | ".join(cells) + " |")
    print("| *fed the project's OpenNLP tags (UD→Penn mapped)* | " + " | ".join(
        f"{float(onlp[p]['accuracy']):.3f}" if p in onlp else "-" for p in PARSERS) + " |")
    print()
    pairs = [("clearnlp", "nlp4j"), ("nlp4j", "corenlp"), ("nlp4j", "corenlp-sr"), ("clearnlp", "corenlp-sr")]
    print("Paired bootstrap over sentences (2,000 resamples), 95% interval of the accuracy difference:\n")
    for a, b in pairs:
        try:
            lo, hi = bootstrap(a, b)
            print(f"- {a} − {b}: [{lo:+.3f}, {hi:+.3f}]")
        except FileNotFoundError:
            pass
    print()

    sp = defaultdict(list)
    for r in results("speed.txt"):
        sp[r["parser"]].append(r)
    print("## Speed (single thread, shared-article sentences repeated; median of runs)\n")
    print("| parser | runs | sentences/s (wall) | sentences/s (thread CPU) | tokens/s | model load (s) | load avg during runs |")
    print("|---|---:|---:|---:|---:|---:|---|")
    for p in PARSERS + ["corenlp-pipeline-ner"]:
        rs = sp.get(p)
        if not rs:
            continue
        med = lambda k: statistics.median(float(r[k]) for r in rs)
        print(f"| {p} | {len(rs)} | {med('sent_per_s'):.0f} | {med('sent_per_cpu_s'):.0f} | {med('tok_per_s'):.0f} | "
              f"{med('load_ms') / 1000:.1f} | {', '.join(r.get('loadavg', '?') for r in rs)} |")
    print()

    mem = results("memory.txt")
    print("## Memory\n")
    print("| parser | smallest -Xmx that completes | heap after load (MB, after GC) | peak RSS, default heap (MB) | peak RSS at 1.25 × min heap (MB) |")
    print("|---|---:|---:|---:|---:|")
    for p in PARSERS + ["corenlp-pipeline-ner"]:
        mh = [r for r in mem if r["_kind"] == "minheap" and r["parser"] == p]
        rss = [r for r in mem if r["_kind"] == "rss" and r["parser"] == p]
        if not mh:
            continue
        d = next((r for r in rss if r["xmx"] == "default"), {})
        s = next((r for r in rss if r["xmx"] != "default"), {})
        kb = lambda r: f"{int(r['rss_kb']) // 1024}" if "rss_kb" in r else "-"
        print(f"| {p} | {mh[0]['min_xmx_mb']} MB | {d.get('heap_after_load_mb', '-')} | {kb(d)} | {kb(s)} |")
    print()

    th = results("threads.txt")
    print("## Sharing one instance across threads\n")
    print("| parser | threads | parses | mismatches vs single-thread | exceptions | 2nd instance: load (s) | 2nd instance: heap (MB) |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for r in th:
        print(f"| {r['parser']} | {r['threads']} | {r['parsed']} | {r['mismatches']} | {r['exceptions']} | "
              f"{int(r['second_instance_load_ms']) / 1000:.1f} | {r['second_instance_heap_mb']} |")
    print()

    sz = results("sizes.txt")
    print("## Size\n")
    print("| module | shaded jar (MB) | added over the OpenNLP-only harness jar (MB) | runtime artifacts added |")
    print("|---|---:|---:|---:|")
    for r in sz:
        print(f"| {r['module']} | {int(r['shaded_bytes']) / 1e6:.0f} | {int(r['added_bytes']) / 1e6:.0f} | {r['runtime_artifacts']} |")


main()
