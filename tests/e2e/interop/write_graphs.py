"""Writes GEXF and GraphML files with networkx and igraph, for the interop test.

Usage: /usr/bin/python3 write_graphs.py OUT_DIR

Four graphs (Zachary's karate club; a directed graph with node and edge attributes, dates and
positions; an undirected graph; a multigraph with parallel edges), each written by networkx as GEXF
and GraphML and by igraph as GraphML. Prints one JSON object: for every file written, what the
library that wrote it holds (counts, direction, labels, attributes, positions), so the test can check
the explorer's readers against the writing library rather than against itself.
"""

import json
import os
import sys

try:
    import igraph as ig
    import networkx as nx
except ImportError as missing:
    sys.exit(f"{missing}: install Debian's packages with apt-get install -y python3-networkx python3-igraph")


def attributes_graph():
    """Directed: types, dates (as GEXF start/end and as plain attributes), positions, colours."""
    g = nx.DiGraph(name="Attributes, dates and positions")
    people = [
        ("a", "Alpha Front", "armed-group", "1982", None, (10.5, -20.25), (180, 35, 24)),
        ("b", "Beta State", "state", "1979-02", "2020-12-31", (-100.0, 40.0), (31, 78, 153)),
        ("c", "Gamma Council", "organisation", "2001-09-11", None, (0.0, 0.0), (2, 122, 72)),
        ("d", "Delta Person", "person", None, None, (55.5, 66.6), (105, 65, 198)),
    ]
    for node_id, label, kind, start, end, (x, y), (r, gr, b) in people:
        data = {"label": label, "kind": kind, "members": len(label) * 100, "active": kind != "person"}
        if start:
            data["start"] = start
        if end:
            data["end"] = end
        g.add_node(node_id, **data)
    g.add_edge("a", "b", label="funded by", weight=2.5, since="1990")
    g.add_edge("b", "c", label="member of", weight=1.0, since="2001-10")
    g.add_edge("c", "d", label="led by", weight=0.5, since="2005-03-01")
    g.add_edge("d", "a", label="advises", weight=3.0, since="2010")
    return g, people


def undirected_graph():
    g = nx.Graph(name="An undirected ring")
    for i in range(6):
        g.add_node(f"u{i}", label=f"Ring member {i}")
    for i in range(6):
        g.add_edge(f"u{i}", f"u{(i + 1) % 6}", label="next to")
    return g


def multigraph():
    g = nx.MultiDiGraph(name="Parallel relationships")
    g.add_node("x", label="X")
    g.add_node("y", label="Y")
    g.add_node("z", label="Z")
    g.add_edge("x", "y", relation="funds")
    g.add_edge("x", "y", relation="arms")
    g.add_edge("x", "y", relation="trains")
    g.add_edge("y", "z", relation="funds")
    g.add_edge("z", "x", relation="sanctions")
    return g


def for_gexf(g, people=None):
    """networkx writes viz data from a node's "viz" dict, and start/end as the GEXF timeline."""
    h = g.copy()
    if people:
        for node_id, _label, _kind, _start, _end, (x, y), (r, gr, b) in people:
            h.nodes[node_id]["viz"] = {
                "position": {"x": x, "y": y, "z": 0.0},
                "color": {"r": r, "g": gr, "b": b, "a": 1.0},
                "size": 12.0,
            }
    return h


def for_graphml(g, people=None):
    """GraphML has no positions or colours of its own: networkx writes them as x, y and color keys."""
    h = g.copy()
    if people:
        for node_id, _label, _kind, _start, _end, (x, y), (r, gr, b) in people:
            h.nodes[node_id]["x"] = x
            h.nodes[node_id]["y"] = y
            h.nodes[node_id]["color"] = f"#{r:02x}{gr:02x}{b:02x}"
    return h


def to_igraph(g, people=None):
    nodes = list(g.nodes)
    index = {n: i for i, n in enumerate(nodes)}
    h = ig.Graph(directed=g.is_directed())
    h.add_vertices(len(nodes))
    h.vs["name"] = [str(n) for n in nodes]
    keys = sorted({k for n in nodes for k in g.nodes[n]})
    for k in keys:
        h.vs[k] = [g.nodes[n].get(k) for n in nodes]
    edges = list(g.edges(data=True))
    h.add_edges([(index[s], index[t]) for s, t, _ in edges])
    edge_keys = sorted({k for _, _, d in edges for k in d})
    for k in edge_keys:
        h.es[k] = [d.get(k) for _, _, d in edges]
    if people:
        by_id = {p[0]: p for p in people}
        h.vs["x"] = [by_id[n][5][0] for n in nodes]
        h.vs["y"] = [by_id[n][5][1] for n in nodes]
        h.vs["color"] = ["#%02x%02x%02x" % by_id[n][6] for n in nodes]
    return h


def summary_nx(g, writer, people=None):
    nodes = {}
    for n, d in g.nodes(data=True):
        entry = {"label": d.get("label")}
        for k in ("kind", "members", "active", "club", "start", "end"):
            if k in d:
                entry[k] = d[k]
        if people:
            p = {q[0]: q for q in people}[n]
            entry["x"], entry["y"] = p[5]
            entry["color"] = "#%02x%02x%02x" % p[6]
        nodes[str(n)] = entry
    return {
        "writer": writer,
        "nodes": g.number_of_nodes(),
        "edges": g.number_of_edges(),
        "directed": g.is_directed(),
        "nodeData": nodes,
        "edgeData": [
            {"source": str(s), "target": str(t), **{k: v for k, v in d.items() if k != "id"}}
            for s, t, d in g.edges(data=True)
        ],
    }


def summary_ig(h, writer, people=None):
    nodes = {}
    for v in h.vs:
        entry = {k: v[k] for k in v.attributes() if v[k] is not None and k != "name"}
        nodes[v["name"]] = entry
    return {
        "writer": writer,
        "nodes": h.vcount(),
        "edges": h.ecount(),
        "directed": h.is_directed(),
        "nodeData": nodes,
        "edgeData": [
            {
                "source": h.vs[e.source]["name"],
                "target": h.vs[e.target]["name"],
                **{k: e[k] for k in e.attributes() if e[k] is not None},
            }
            for e in h.es
        ],
    }


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    karate = nx.karate_club_graph()
    karate = nx.relabel_nodes(karate, {n: f"m{n}" for n in karate.nodes})
    for n in karate.nodes:
        karate.nodes[n]["label"] = f"Member {n[1:]}"
    attributes, people = attributes_graph()
    graphs = [
        ("karate", karate, None),
        ("attributes", attributes, people),
        ("undirected", undirected_graph(), None),
        ("multigraph", multigraph(), None),
    ]
    written = {}
    for name, g, extra in graphs:
        gexf = os.path.join(out, f"{name}.networkx.gexf")
        nx.write_gexf(for_gexf(g, extra), gexf)
        written[os.path.basename(gexf)] = summary_nx(g, "networkx", extra)
        graphml = os.path.join(out, f"{name}.networkx.graphml")
        nx.write_graphml(for_graphml(g, extra), graphml)
        written[os.path.basename(graphml)] = summary_nx(g, "networkx", extra)
        h = to_igraph(g, extra)
        igraph_file = os.path.join(out, f"{name}.igraph.graphml")
        h.write_graphml(igraph_file)
        written[os.path.basename(igraph_file)] = summary_ig(h, "igraph", extra)
    print(json.dumps({"networkx": nx.__version__, "igraph": ig.__version__, "files": written}, indent=1))


if __name__ == "__main__":
    main()
