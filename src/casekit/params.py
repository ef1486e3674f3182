"""Parameters checked against a schema before anything runs.

The schema is the dataclass itself (its fields' types and defaults), checked
strictly with pydantic: a YAML value or a flag of the wrong type is an error
naming the key and the type expected, never a traceback from deep inside a
notebook (``forces: Kent Police`` is not a list; ``year_from: "2019"`` is not
an integer).
"""

from __future__ import annotations

import dataclasses
import typing
from collections.abc import Callable, Mapping
from functools import cache
from typing import Any, TypeVar

T = TypeVar("T")

# What each pydantic error type means, in the words of a parameters file.
_EXPECTED = {
    "int_type": "an integer", "int_parsing": "an integer", "bool_type": "true or false",
    "string_type": "text", "list_type": "a list", "float_type": "a number",
    "extra_forbidden": "no such parameter", "missing": "a value",
}


class ParamsError(ValueError):
    """Parameters that do not fit the schema; the message names every key at fault."""


@cache
def _schema(cls: type) -> Any:
    from pydantic import ConfigDict, Field, create_model

    hints = typing.get_type_hints(cls)
    fields = {}
    for spec in dataclasses.fields(cls):
        default = (Field(default_factory=spec.default_factory)
                   if spec.default_factory is not dataclasses.MISSING else spec.default)
        fields[spec.name] = (hints[spec.name], default)
    return create_model(f"{cls.__name__}Schema", __config__=ConfigDict(strict=True, extra="forbid"), **fields)


def checked(cls: type[T], values: Mapping[str, Any], origin: str,
            rules: Mapping[str, tuple[Callable[[dict], bool], str]] | None = None) -> T:
    """An instance of dataclass ``cls`` from ``values``, or ``ParamsError`` listing every problem.

    ``rules`` adds checks beyond the types, once they pass: key -> (test of
    all the values, what the key expects).
    """
    from pydantic import ValidationError

    problems = []
    try:
        data = _schema(cls).model_validate(dict(values)).model_dump()
    except ValidationError as error:
        for item in error.errors():
            key = ".".join(str(part) for part in item["loc"])
            if item["type"] == "extra_forbidden":
                known = ", ".join(spec.name for spec in dataclasses.fields(cls))
                problems.append(f"{key}: unknown parameter (known: {known})")
            else:
                expected = _EXPECTED.get(item["type"], item["msg"])
                problems.append(f"{key}: expected {expected}, got {item['input']!r} ({type(item['input']).__name__})")
    else:
        for key, (test, expected) in (rules or {}).items():
            if not test(data):
                problems.append(f"{key}: expected {expected}, got {data[key]!r}")
        if not problems:
            return cls(**data)
    raise ParamsError(f"{origin}: " + "; ".join(problems))
