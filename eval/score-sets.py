#!/usr/bin/env python3
"""Score evaluation sets with the shared scorer, fast.

The shared scorer (../shared/eval/score.py) starts the command-line tool six times per
article: one load (which reads the parser's models, about 15 s) and five queries. This
script gives it the same answers in a fraction of the time: it loads every article of the
run into one store with one `load` (models read once, extraction on every core), serves
that store with `serve` on a free loopback port, and hands the scorer a command prefix
(this script in --shim mode) whose `load` only records which article a store stands for and
whose `query` sends the named query to the server with that article's named graph as the
default graph (SPARQL 1.1 Protocol `default-graph-uri`). The scorer's matching is used
unchanged. `--check` also runs the scorer the slow, official way and fails when the two
disagree.

Usage (from the repository root, after `mvn -B package -DskipTests`):

    python3 eval/score-sets.py                 # every set under eval/sets
    python3 eval/score-sets.py fh fi -v        # some sets, listing misses
    python3 eval/score-sets.py --articles ../shared/articles --check

Also writes `extract` output per article into --out (default target/eval), so that two
versions of the loader can be compared with diff.
"""
import argparse
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCORER = os.path.join(ROOT, "..", "shared", "eval", "score.py")
GRAPH_BASE = "https://w3id.org/e2ee-kg/graph/article/"
QUERIES = ["entities", "stances", "statistics", "roles", "participants"]


def shim(argv):
    """Answers the scorer's `load` and `query` calls from the running server."""
    url = os.environ["E2EE_KG_EVAL_URL"]
    command, store = argv[0], argv[argv.index("--store") + 1]
    if command == "load":
        os.makedirs(store, exist_ok=True)
        stem = os.path.splitext(os.path.basename(argv[-1]))[0]
        with open(os.path.join(store, "article"), "w", encoding="utf-8") as out:
            out.write(stem)
        return 0
    with open(os.path.join(store, "article"), encoding="utf-8") as inp:
        stem = inp.read()
    with open(argv[-1], encoding="utf-8") as inp:
        query = inp.read()
    with open(os.environ["E2EE_KG_EVAL_GRAPHS"], encoding="utf-8") as inp:
        graph_of = json.load(inp)
    graphs = [graph_of[stem]] + os.environ["E2EE_KG_EVAL_SHARED_GRAPHS"].split()
    body = urllib.parse.urlencode([("query", query)] + [("default-graph-uri", g) for g in graphs]).encode()
    request = urllib.request.Request(url, data=body, headers={
        "Accept": "application/sparql-results+json",
        "Content-Type": "application/x-www-form-urlencoded"})
    with urllib.request.urlopen(request, timeout=120) as response:
        sys.stdout.write(response.read().decode("utf-8"))
    return 0


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(url, process, seconds=120):
    deadline = time.time() + seconds
    while time.time() < deadline:
        if process.poll() is not None:
            sys.exit("serve exited early")
        try:
            with urllib.request.urlopen(url, timeout=5):
                return
        except OSError:
            time.sleep(0.5)
    sys.exit(f"no answer from {url}")


def graph_per_article(load_output):
    """The named graph of each article, from the lines `load` prints ("loaded PATH: ... in <IRI>")."""
    graphs = {}
    for line in load_output.splitlines():
        match = re.match(r"loaded (.+?): .* in <([^>]+)>$", line)
        if match:
            graphs[os.path.splitext(os.path.basename(match.group(1)))[0]] = match.group(2)
    return graphs


def shared_graphs(url):
    """The store's graphs that belong to no article: ontology, reference data, VoID."""
    query = "SELECT DISTINCT ?g { GRAPH ?g { ?s ?p ?o } }"
    request = urllib.request.Request(url + "?" + urllib.parse.urlencode({"query": query}),
                                     headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=120) as response:
        rows = json.load(response)["results"]["bindings"]
    return [row["g"]["value"] for row in rows if not row["g"]["value"].startswith(GRAPH_BASE)]


def articles_of(folder):
    return sorted(os.path.join(folder, name) for name in os.listdir(folder)
                  if name.endswith(".txt") and os.path.exists(
                      os.path.join(folder, name[:-4] + ".gold.json")))


def summary(report):
    total = report["queries"]
    cells = []
    for query in QUERIES:
        scores = total[query]
        cell = f"{query[:5]} {scores['f1']:.2f}"
        if query == "stances":
            cell += f" (P {scores['p']:.2f}, rev {scores.get('reversed', 0)})"
        cells.append(cell)
    return f"overall {report['overall']['f1']:.3f} | " + " | ".join(cells)


def main():
    if len(sys.argv) > 1 and sys.argv[1] == "--shim":
        return shim(sys.argv[2:])
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sets", nargs="*", help="set names under eval/sets (default: all)")
    parser.add_argument("--articles", action="append", default=[],
                        help="a folder of articles with gold files (repeatable)")
    parser.add_argument("--jar", default=os.path.join(ROOT, "target", "e2ee-kg.jar"))
    parser.add_argument("--java", default="java -jar",
                        help="how to run the jar (the jar path is appended)")
    parser.add_argument("--out", default=os.path.join(ROOT, "target", "eval"))
    parser.add_argument("--check", action="store_true",
                        help="also score the official way and compare")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()

    sets_dir = os.path.join(ROOT, "eval", "sets")
    folders = [(os.path.basename(os.path.normpath(f)), f) for f in args.articles]
    names = args.sets or ([] if args.articles else sorted(os.listdir(sets_dir)))
    folders += [(name, os.path.join(sets_dir, name)) for name in names]
    cli = args.java.split() + [args.jar]

    work = tempfile.mkdtemp(prefix="e2ee-eval-")
    server = None
    try:
        store = os.path.join(work, "store")
        every = [a for _, folder in folders for a in articles_of(folder)]
        loaded = subprocess.run(cli + ["load", "--store", store] + every, check=True,
                                capture_output=True, text=True).stdout
        graphs_file = os.path.join(work, "graphs.json")
        with open(graphs_file, "w", encoding="utf-8") as out:
            json.dump(graph_per_article(loaded), out)
        os.makedirs(args.out, exist_ok=True)
        for name, folder in folders:
            with open(os.path.join(args.out, name + ".extract.txt"), "w") as out:
                subprocess.run(cli + ["extract"] + articles_of(folder), check=True, stdout=out)
        port = free_port()
        server = subprocess.Popen(cli + ["serve", "--store", store, "--port", str(port)],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        url = f"http://127.0.0.1:{port}/kg"
        wait_for(f"http://127.0.0.1:{port}/$/ping", server)
        env = dict(os.environ, E2EE_KG_EVAL_URL=url, E2EE_KG_EVAL_GRAPHS=graphs_file,
                   E2EE_KG_EVAL_SHARED_GRAPHS=" ".join(shared_graphs(url)))
        shim_cli = f"{sys.executable} {os.path.abspath(__file__)} --shim"
        failed = False
        for name, folder in folders:
            base = [sys.executable, SCORER, "--queries", os.path.join(ROOT, "queries")]
            files = articles_of(folder)
            fast = subprocess.run(base + ["--cli", shim_cli, "--json"] + files, env=env,
                                  capture_output=True, text=True, check=True)
            report = json.loads(fast.stdout)
            print(f"{name:12s} {len(files):2d} articles  {summary(report)}")
            if args.verbose:
                print(subprocess.run(base + ["--cli", shim_cli, "-v"] + files, env=env,
                                     capture_output=True, text=True).stdout)
            if args.check:
                slow = subprocess.run(base + ["--cli", " ".join(cli), "--json"] + files,
                                      capture_output=True, text=True, check=True)
                same = json.loads(slow.stdout)["articles"] == report["articles"]
                print(f"{'':12s} official scorer run agrees: {same}")
                failed |= not same
        return 1 if failed else 0
    finally:
        if server:
            server.terminate()
            server.wait()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
