"""The library's source holds no control characters: a backspace typed where a pattern meant the word boundary ``\\b``
(a string written without its ``r`` prefix on the way in) reads as a pattern that never matches, and no test of the
rule's own wording need notice."""
import re
from pathlib import Path

import casekit

SOURCE = Path(casekit.__file__).parent
# every control character but the tab and the line ends
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def test_no_source_file_holds_a_control_character():
    found = {f"{path.relative_to(SOURCE)}:{number}": repr(_CONTROL.search(line).group(0))
             for path in sorted(SOURCE.rglob("*.py"))
             for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1) if _CONTROL.search(line)}
    assert not found, f"control characters in the source (a '\\b' written without r''?): {found}"
