"""Reads an exported graph with networkx and prints what it read as JSON, for ThirdPartyReadersTest.

Usage: python3 read_graph.py graphml|cyjs FILE
"""
import json
import sys

import networkx as nx
from networkx.readwrite import json_graph


def read(kind, path):
    if kind == "graphml":
        return nx.read_graphml(path)
    if kind == "cyjs":
        with open(path, encoding="utf-8") as f:
            return json_graph.cytoscape_graph(json.load(f))
    raise SystemExit("unknown kind " + kind)


def main():
    graph = read(sys.argv[1], sys.argv[2])
    print(json.dumps({
        "directed": graph.is_directed(),
        "nodes": {str(n): {k: v for k, v in d.items() if isinstance(v, (str, int, float))}
                  for n, d in graph.nodes(data=True)},
        "edges": [[str(s), str(t), {k: v for k, v in d.items() if isinstance(v, (str, int, float))}]
                  for s, t, d in graph.edges(data=True)],
    }, ensure_ascii=False))


main()
