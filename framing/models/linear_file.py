"""One file format for every linear model framing ships or trains.

Both the bias model ``framing train`` writes and the shipped tone-toward-a-target model are
one JSON document (gzip-compressed or not: told by its first two bytes)::

    {"format": "framing.linear-model", "version": 1, "task": "bias" | "tone",
     "classes": [...], "intercept": [...],
     "features": {...}, "weights": {"<block>": [[name, w, ...], ...], ...},
     "meta": {...}}

``classes`` are the labels (integers); ``intercept`` holds one number for two classes (the
logit of the second) and one per class otherwise; ``weights`` holds named blocks of rows,
each row a feature name and one weight per intercept; ``features`` says how an input
becomes those named features (the task's own spec, checked by the task's module);
``meta`` what the model was trained on. This module reads and checks the envelope
(:func:`read_linear_model`, :func:`check_linear_model`) and writes it
(:func:`write_linear_model`); nothing in a file is ever executed or unpickled. A file of
another format or version (the bias model's format 3, ``framing.tone.v2``, a pickle) is
refused with a :class:`~framing.errors.ModelError` (exit code 7) that says how to
rebuild it; see docs/validation.md, "Model files".
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import ModelError

#: the format's name and version; another version is refused (exit code 7)
FORMAT_NAME = "framing.linear-model"
FORMAT_VERSION = 1
#: the tasks and how each is rebuilt
TASKS: dict[str, str] = {
    "bias": "retrain with framing train",
    "tone": "rebuild it with scripts/train_tone.py",
}
#: what writes each task's model files
WRITERS: dict[str, str] = {"bias": "framing train", "tone": "scripts/train_tone.py"}
#: The largest model file read, compressed and decompressed (bytes): the gzip stream is
#: decompressed only this far, so a small file that expands without end stops here. A
#: bias model trained on all of BABE is 3.3 MiB of JSON; 64 MiB leaves room for twenty
#: times that, and parsing it stays under about 300 MB.
MAX_MODEL_BYTES = 64 * 1024 * 1024
_GZIP = b"\x1f\x8b"


@dataclass(frozen=True)
class LinearFile:
    """A checked model document: its envelope's fields (the task's ``features`` and
    ``meta`` are checked by the task's module)."""

    task: str
    classes: tuple[int, ...]
    intercept: tuple[float, ...]
    features: dict[str, Any]
    weights: dict[str, list[tuple[str, tuple[float, ...]]]]
    meta: dict[str, Any]


def _fail(origin: str, task: str, what: str) -> ModelError:
    return ModelError(f"{what}; {TASKS.get(task, TASKS['bias'])}", path=origin)


def _is_number(v: Any) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)


def _old_format(data: Mapping[str, Any]) -> str | None:
    """The name of an older layout this document has, if any."""
    if "framing_model" in data:
        return f"the bias model format {data['framing_model']!r} of framing before the " \
               "linear-model format"
    fmt = data.get("format")
    if isinstance(fmt, str) and fmt.startswith("framing.tone."):
        return f"the tone model format {fmt!r} of framing before the linear-model format"
    return None


def check_linear_model(data: Any, task: str, origin: str = "<data>") -> LinearFile:
    """Check a model document's envelope for ``task`` and return its fields.

    Raises
    ------
    ModelError
        The document is not this format and version, is for another task, or a field is
        missing or mistyped; the message names ``origin`` and the field.
    """
    if not isinstance(data, dict):
        raise _fail(origin, task, f"not a model written by {WRITERS.get(task, 'framing')} "
                                  "(not a JSON object)")
    old = _old_format(data)
    if old is not None:
        raise _fail(origin, task, f"model file of {old}; this framing reads "
                                  f"{FORMAT_NAME} version {FORMAT_VERSION}")
    if data.get("format") != FORMAT_NAME:
        raise _fail(origin, task, f"not a model written by {WRITERS.get(task, 'framing')} "
                                  f"(format {data.get('format')!r}, expected "
                                  f"{FORMAT_NAME!r})")
    if data.get("version") != FORMAT_VERSION:
        raise _fail(origin, task, f"model file format {FORMAT_NAME} version "
                                  f"{data.get('version')!r}, this framing reads version "
                                  f"{FORMAT_VERSION}")
    if data.get("task") != task:
        raise _fail(origin, task, f"field task is {data.get('task')!r}, expected {task!r}")
    classes = data.get("classes")
    if not (isinstance(classes, list) and len(classes) >= 2
            and all(isinstance(c, int) and not isinstance(c, bool) for c in classes)
            and len(set(classes)) == len(classes)):
        raise _fail(origin, task, "field classes is not a list of two or more distinct "
                                  "integers")
    width = 1 if len(classes) == 2 else len(classes)
    intercept = data.get("intercept")
    if not (isinstance(intercept, list) and len(intercept) == width
            and all(_is_number(v) for v in intercept)):
        raise _fail(origin, task, f"field intercept is not a list of {width} finite numbers")
    for key in ("features", "weights", "meta"):
        if not isinstance(data.get(key), dict):
            raise _fail(origin, task, f"field {key} is missing or not an object")
    weights: dict[str, list[tuple[str, tuple[float, ...]]]] = {}
    for block, rows in data["weights"].items():
        what = f"field weights.{block}"
        if not isinstance(rows, list):
            raise _fail(origin, task, f"{what} is not a list of rows")
        out: list[tuple[str, tuple[float, ...]]] = []
        for i, row in enumerate(rows):
            if not (isinstance(row, list) and len(row) == width + 1 and isinstance(row[0], str)
                    and all(_is_number(v) for v in row[1:])):
                raise _fail(origin, task, f"{what}[{i}] is not [name, {width} finite "
                                          "number(s)]")
            out.append((row[0], tuple(float(v) for v in row[1:])))
        if len({name for name, _ in out}) != len(out):
            raise _fail(origin, task, f"{what} repeats a feature name")
        weights[str(block)] = out
    return LinearFile(task, tuple(classes), tuple(float(v) for v in intercept),
                      data["features"], weights, data["meta"])


def parse_linear_model(raw: bytes, task: str, origin: str) -> LinearFile:
    """Check the bytes of a model file (gzip or plain JSON) for ``task``."""
    import gzip
    import io
    import json
    import zlib

    head = raw[:2]
    if head == _GZIP:
        try:
            raw = gzip.GzipFile(fileobj=io.BytesIO(raw)).read(MAX_MODEL_BYTES + 1)
        except (OSError, EOFError, zlib.error) as exc:
            raise _fail(origin, task, f"cannot read the model ({type(exc).__name__}: "
                                      f"{exc})") from None
    if len(raw) > MAX_MODEL_BYTES:
        raise _fail(origin, task, f"the model is over {MAX_MODEL_BYTES // 2**20} MiB")
    if raw.lstrip()[:1] != b"{":
        pickled = raw[:1] == b"\x80" or head in (b"x\x01", b"x\x5e", b"x\x9c", b"x\xda")
        hint = (" (it looks like a Python pickle or joblib file, the format of older "
                "framing versions; framing never loads those, since loading one can run code)"
                if pickled else "")
        raise _fail(origin, task, f"not a model written by {WRITERS.get(task, 'framing')}"
                                  f"{hint}; a model file is JSON")
    try:
        data = json.loads(raw.decode("utf-8", "surrogatepass"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise _fail(origin, task, f"cannot read the model (not valid JSON: {exc})") from None
    return check_linear_model(data, task, origin)


def read_linear_model(path: str | Path, task: str) -> LinearFile:
    """Read and check a model file for ``task``; never unpickles or runs anything.

    A missing file, one that is not a regular file (a named pipe would block, a device
    not end), or one that is not this format raises :class:`ModelError` naming it.
    """
    p = Path(path)
    if p.exists() and not p.is_file():
        from ..safe_output.special import file_kind

        raise _fail(str(p), task, f"is {file_kind(p.stat().st_mode)}, not a model file")
    if not p.is_file():
        raise _fail(str(p), task, "no such model file")
    try:
        with p.open("rb") as fh:
            raw = fh.read(MAX_MODEL_BYTES + 1)
    except OSError as exc:
        raise _fail(str(p), task, f"cannot read the model ({type(exc).__name__}: "
                                  f"{exc})") from None
    return parse_linear_model(raw, task, str(p))


def linear_document(task: str, classes: list[int], intercept: list[float],
                    features: dict[str, Any], weights: dict[str, list[list[Any]]],
                    meta: dict[str, Any]) -> dict[str, Any]:
    """The JSON document of a model (checked as :func:`read_linear_model` checks it)."""
    doc = {"format": FORMAT_NAME, "version": FORMAT_VERSION, "task": task,
           "classes": list(classes), "intercept": list(intercept), "features": features,
           "weights": weights, "meta": meta}
    check_linear_model(doc, task)
    return doc


def dumps_linear_model(doc: Mapping[str, Any]) -> str:
    """The document's JSON text: sorted keys, one weight row per line (stable bytes,
    readable diffs)."""
    import json

    head = {k: v for k, v in doc.items() if k != "weights"}
    text = json.dumps(head, ensure_ascii=False, allow_nan=False, indent=1, sort_keys=True)
    blocks = []
    for name in sorted(doc["weights"]):
        rows = ",\n".join("  " + json.dumps(row, ensure_ascii=False, allow_nan=False)
                          for row in doc["weights"][name])
        blocks.append(f"  {json.dumps(name)}: [\n{rows}\n  ]")
    return text[:-2] + ',\n "weights": {\n' + ",\n".join(blocks) + "\n }\n}\n"


def write_linear_model(doc: Mapping[str, Any], path: str | Path, *,
                       compress: bool | None = None) -> Path:
    """Write a model document atomically; gzip-compressed when ``compress`` (default:
    when the file name ends in ``.gz``). The same document gives the same bytes."""
    import gzip

    from ..safe_output import atomic_path

    out = Path(path)
    payload = dumps_linear_model(doc).encode("utf-8", "surrogatepass")
    if compress if compress is not None else out.suffix == ".gz":
        payload = gzip.compress(payload, compresslevel=6, mtime=0)
    with atomic_path(out) as tmp:
        tmp.write_bytes(payload)
    return out


__all__ = ["FORMAT_NAME", "FORMAT_VERSION", "MAX_MODEL_BYTES", "TASKS", "LinearFile",
           "check_linear_model", "dumps_linear_model", "linear_document",
           "parse_linear_model", "read_linear_model", "write_linear_model"]
