"""The layer contract of ``sopcheck/``, proved on the import graph.

Every ``import`` and ``from ... import`` in every module counts, those inside functions too
(sopcheck imports lazily to start fast, and a lazy import is still a dependency). Layers:

    readers  ->  (blocks, errors, limits, text, ...)      knows file formats, nothing of SOPs
    layout   ->  domain, model, blocks                     knows SOP tables, nothing of formats
    checks   ->  domain, model                             sees only the model
    report / audit -> checks, api, model, ...              audit never imports cli
    write          -> readers, layout, api, model, ...     writes reviewer files; never imports cli
    serve          -> api, audit, write, ...               the local web application; never imports cli
    cli      ->  everything                                nothing imports cli

and there is no import cycle between modules.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "sopcheck"

FORBIDDEN = {
    "readers": {"layout", "checks", "report", "audit", "cli"},
    "layout": {"readers", "checks", "report", "audit", "cli"},
    "checks": {"layout", "readers", "report", "audit", "cli"},
    "domain": {"readers", "layout", "checks", "report", "audit", "cli"},
    "audit": {"cli"},
    "report": {"cli", "audit"},
    "write": {"cli"},
    "serve": {"cli"},
}


def _modules() -> dict[str, Path]:
    out = {}
    for path in PACKAGE.rglob("*.py"):
        parts = ("sopcheck",) + path.relative_to(PACKAGE).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        out[".".join(parts)] = path
    return out


MODULES = _modules()


def _resolve(module: str, is_package: bool, node: ast.ImportFrom) -> list[str]:
    """The sopcheck modules a ``from X import a, b`` names: X itself, or X.a where that is a
    module (``from . import files`` imports the module ``files``)."""
    if node.level:
        base = module.split(".") if is_package else module.split(".")[:-1]
        base = base[: len(base) - (node.level - 1)]
        target = ".".join(base + ([node.module] if node.module else []))
    else:
        target = node.module or ""
    if not target.startswith("sopcheck"):
        return []
    found = [f"{target}.{alias.name}" for alias in node.names if f"{target}.{alias.name}" in MODULES]
    if len(found) < len(node.names):
        found.append(target)
    return found


def import_graph() -> dict[str, set[str]]:
    """``module -> set of sopcheck modules it imports``, anywhere in its body."""
    graph: dict[str, set[str]] = {}
    for module, path in MODULES.items():
        is_package = path.name == "__init__.py"
        edges: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                edges.update(_resolve(module, is_package, node))
            elif isinstance(node, ast.Import):
                edges.update(a.name for a in node.names if a.name.startswith("sopcheck"))
        graph[module] = {e for e in edges if e != module and e in MODULES}
    return graph


def layer(module: str) -> str:
    """The top-level subpackage or module of ``module`` (``python -m sopcheck`` is the cli)."""
    parts = module.split(".")
    if module == "sopcheck.__main__":
        return "cli"
    return parts[1] if len(parts) > 1 else ""


GRAPH = import_graph()


@pytest.mark.parametrize("source", sorted(FORBIDDEN))
def test_layer_imports_only_what_it_may(source):
    bad = sorted((m, t) for m, targets in GRAPH.items() if layer(m) == source
                 for t in targets if layer(t) in FORBIDDEN[source])
    assert not bad, f"{source} must not import {sorted(FORBIDDEN[source])}: {bad}"


def test_nothing_imports_the_cli():
    bad = sorted((m, t) for m, targets in GRAPH.items() if layer(m) != "cli"
                 for t in targets if layer(t) == "cli")
    assert not bad


def test_no_import_cycle():
    state: dict[str, int] = {}  # 1 on the stack, 2 done
    cycles: list[list[str]] = []

    def visit(node: str, stack: list[str]) -> None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(GRAPH[node]):
            if state.get(nxt) == 1:
                cycles.append(stack[stack.index(nxt):] + [nxt])
            elif nxt not in state:
                visit(nxt, stack)
        stack.pop()
        state[node] = 2

    for module in sorted(GRAPH):
        if module not in state:
            visit(module, [])
    assert not cycles, cycles


def test_the_graph_sees_lazy_imports():
    """The test would prove nothing if imports inside functions were missed."""
    assert "sopcheck.readers.sniff" in GRAPH["sopcheck.readers"]  # imported inside read()
    assert "sopcheck.checks" in GRAPH["sopcheck.api"]
