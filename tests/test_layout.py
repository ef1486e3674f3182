"""The subjects package keeps its steps in one direction: each module imports only from those before it (as its
docstring says), so a step can be read, and tested, without the ones after it."""
import ast
from pathlib import Path

import casekit.subjects

ORDER = ["phrases", "people", "decisions", "facts", "counts", "applying", "referring", "resolver"]
PACKAGE = Path(casekit.subjects.__file__).parent


def _package_imports(module: str) -> set[str]:
    tree = ast.parse((PACKAGE / f"{module}.py").read_text())
    return {node.module for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom) and node.level == 1 and node.module}


def test_every_module_of_the_package_is_in_the_order():
    assert sorted(p.stem for p in PACKAGE.glob("*.py") if p.stem != "__init__") == sorted(ORDER)


def test_each_step_imports_only_from_the_steps_before_it():
    for position, module in enumerate(ORDER):
        later = _package_imports(module) - set(ORDER[:position])
        assert not later, f"subjects.{module} imports {sorted(later)}, which come after it"


def test_the_package_offers_the_resolver():
    assert casekit.subjects.__all__ == ["resolve_subjects"]
    assert callable(casekit.subjects.resolve_subjects)
