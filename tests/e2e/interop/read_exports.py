"""Reads the explorer's GraphML and GEXF exports with networkx and igraph, for the interop test.

Usage: /usr/bin/python3 read_exports.py FILE.graphml FILE.gexf ...

GraphML files are read with networkx.read_graphml and igraph.Graph.Read_GraphML, GEXF files with
networkx.read_gexf (igraph reads no GEXF). Prints one JSON object: for every file and library, the
counts, whether the graph is directed, and per actor its label, type, position and citations, per
relationship its ends, type and `directed` value, as the library read them. A library that cannot
read a file is reported with its error message instead of stopping the script.
"""

import json
import sys

try:
    import igraph as ig
    import networkx as nx
except ImportError as missing:
    sys.exit(f"{missing}: install Debian's packages with apt-get install -y python3-networkx python3-igraph")


def position_nx(data):
    viz = data.get("viz") or {}
    if "position" in viz:
        return [viz["position"]["x"], viz["position"]["y"]]
    if "x" in data and "y" in data:
        return [data["x"], data["y"]]
    return None


def summary_networkx(g):
    return {
        "nodes": g.number_of_nodes(),
        "edges": g.number_of_edges(),
        "directed": g.is_directed(),
        "multigraph": g.is_multigraph(),
        "actors": {
            str(n): {
                "label": d.get("label"),
                "type": d.get("type"),
                "citations": d.get("citations"),
                "position": position_nx(d),
            }
            for n, d in g.nodes(data=True)
        },
        "relationships": [
            {"source": str(s), "target": str(t), "type": d.get("type"), "directed": d.get("directed")}
            for s, t, d in g.edges(data=True)
        ],
    }


def summary_igraph(h):
    def get(seq, item, name):
        return item[name] if name in seq.attributes() else None

    def position(v):
        x, y = get(h.vs, v, "x"), get(h.vs, v, "y")
        return None if x is None or y is None else [x, y]

    return {
        "nodes": h.vcount(),
        "edges": h.ecount(),
        "directed": h.is_directed(),
        "multigraph": any(h.is_multiple()),
        "actors": {
            v["id"]: {
                "label": get(h.vs, v, "label"),
                "type": get(h.vs, v, "type"),
                "citations": get(h.vs, v, "citations"),
                "position": position(v),
            }
            for v in h.vs
        },
        "relationships": [
            {
                "source": h.vs[e.source]["id"],
                "target": h.vs[e.target]["id"],
                "type": get(h.es, e, "type"),
                "directed": get(h.es, e, "directed"),
            }
            for e in h.es
        ],
    }


def attempt(read):
    try:
        return read()
    except Exception as error:  # a library's refusal is a result to report, not a crash
        return {"error": f"{type(error).__name__}: {error}"}


def main():
    results = {}
    for path in sys.argv[1:]:
        if path.endswith(".gexf"):
            results[path] = {"networkx": attempt(lambda: summary_networkx(nx.read_gexf(path)))}
        else:
            results[path] = {
                "networkx": attempt(lambda: summary_networkx(nx.read_graphml(path))),
                "igraph": attempt(lambda: summary_igraph(ig.Graph.Read_GraphML(path))),
            }
    print(json.dumps({"networkx": nx.__version__, "igraph": ig.__version__, "files": results}))


if __name__ == "__main__":
    main()
