"""Rows of a table by the values of some of its columns, grouped once.

The comparison and the report read the same tables many times, each time for one event, one
outlet or one event and outlet. Filtering the whole table every time makes a corpus of many
events and outlets quadratic; :class:`Groups` groups a table once per set of columns and then
hands out each group's rows directly, in the table's own order, as the boolean filter would.

>>> import pandas as pd
>>> g = Groups(pd.DataFrame({"event": ["a", "b", "a"], "outlet": ["x", "x", "y"], "v": [1, 2, 3]}))
>>> g.select(event="a")["v"].tolist(), g.select(event="a", outlet="y")["v"].tolist()
([1, 3], [3])
>>> len(g.select(event="zzz")), g.select(missing="ignored", event="b")["v"].tolist()
(0, [2])
>>> g.records(event="a", outlet="y")
[{'event': 'a', 'outlet': 'y', 'v': 3}]
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Hashable, Sequence
from typing import Any

import numpy as np
import pandas as pd

#: The boxing ``DataFrame.to_dict`` applies to object columns (None with a pandas that does
#: not have it: then :meth:`Groups.records` goes through ``to_dict``).
maybe_box_native: Callable[[Any], Any] | None = getattr(
    importlib.import_module("pandas.core.dtypes.cast"), "maybe_box_native", None)


class Groups:
    """A table and, per set of columns asked about, the row positions of each value."""

    def __init__(self, df: pd.DataFrame) -> None:
        self.df = df
        self._index: dict[tuple[str, ...], dict[Hashable, np.ndarray]] = {}
        self._columns: _Columns | bool | None = False  # False: not read yet

    def positions(self, columns: tuple[str, ...]) -> dict[Hashable, np.ndarray]:
        """Value (a tuple when several columns) -> positions of its rows, in table order."""
        found = self._index.get(columns)
        if found is None:
            found = {}
            if len(self.df):
                by = list(columns) if len(columns) > 1 else columns[0]
                found = {k: np.asarray(v) for k, v in
                         self.df.groupby(by, sort=False, dropna=True).indices.items()}
            self._index[columns] = found
        return found

    def select(self, **equal: Any) -> pd.DataFrame:
        """Rows whose columns equal the given values, as ``common.select`` of the report
        gives them (a column the table lacks, or a value of None, is ignored)."""
        cols = tuple(c for c, v in equal.items() if c in self.df.columns and v is not None)
        rows: pd.DataFrame
        if not cols:
            rows = self.df[pd.Series(True, index=self.df.index)]
            return rows
        key: Hashable = equal[cols[0]] if len(cols) == 1 else tuple(equal[c] for c in cols)
        try:
            pos = self.positions(cols).get(key)
        except TypeError:  # unhashable values in a column: filter as the report always did
            mask = pd.Series(True, index=self.df.index)
            for c in cols:
                mask &= self.df[c] == equal[c]
            rows = self.df[mask]
            return rows
        rows = self.df.iloc[0:0] if pos is None else self.df.iloc[pos]
        return rows

    def records(self, **equal: Any) -> list[dict[str, Any]]:
        """``[{str(k): v for k, v in r.items()} for r in select(**equal).to_dict("records")]``
        without building the selected frame: the values are read from the table's columns,
        converted once, as ``to_dict`` converts them (numpy numbers and booleans as Python
        ones, object cells boxed, text as str with the column's missing value). Tables with
        other column types, or repeated column names, go through ``to_dict``."""
        cols = tuple(c for c, v in equal.items() if c in self.df.columns and v is not None)
        if self._columns is False:
            self._columns = _Columns.read(self.df)
        store = self._columns
        if not isinstance(store, _Columns) or len(self.df.columns) == 0:
            # no columns: pandas' own answer (its versions differ: [] or one {} a row)
            return _records(self.select(**equal))
        if not cols:
            return store.rows(np.arange(len(self.df)))
        key: Hashable = equal[cols[0]] if len(cols) == 1 else tuple(equal[c] for c in cols)
        try:
            pos = self.positions(cols).get(key)
        except TypeError:
            return _records(self.select(**equal))
        return store.rows(pos) if pos is not None else []

    def fields(self, names: tuple[str, ...], **equal: Any) -> list[dict[str, Any]]:
        """:meth:`records` with only the columns ``names`` (those the table has)."""
        if self._columns is False:
            self._columns = _Columns.read(self.df)
        store = self._columns
        if not isinstance(store, _Columns) or len(self.df.columns) == 0:
            return [{k: r[k] for k in names if k in r} for r in self.records(**equal)]
        cols = tuple(c for c, v in equal.items() if c in self.df.columns and v is not None)
        if not cols:
            return store.rows(np.arange(len(self.df)), names)
        key: Hashable = equal[cols[0]] if len(cols) == 1 else tuple(equal[c] for c in cols)
        try:
            pos = self.positions(cols).get(key)
        except TypeError:
            return [{k: r[k] for k in names if k in r} for r in self.records(**equal)]
        return store.rows(pos, names) if pos is not None else []

    def tuples(self, names: tuple[str, ...], **equal: Any) -> list[tuple[Any, ...]] | None:
        """The values of the columns ``names`` (in that order) of :meth:`records`' rows, as
        tuples; None when the table cannot give them so (a column of another type, or one of
        ``names`` missing)."""
        if self._columns is False:
            self._columns = _Columns.read(self.df)
        store = self._columns
        if not isinstance(store, _Columns) or any(n not in store.at for n in names):
            return None
        cols = tuple(c for c, v in equal.items() if c in self.df.columns and v is not None)
        if not cols:
            return store.tuples(np.arange(len(self.df)), names)
        key: Hashable = equal[cols[0]] if len(cols) == 1 else tuple(equal[c] for c in cols)
        try:
            pos = self.positions(cols).get(key)
        except TypeError:
            return None
        return store.tuples(pos, names) if pos is not None else []

    def keys(self, *columns: str) -> list[Hashable]:
        """The values present in ``columns``, in the order they first appear."""
        return list(self.positions(tuple(columns)))


def numpy_text(df: pd.DataFrame) -> pd.DataFrame:
    """``df`` with its text columns held as numpy objects (Python strings, NaN where
    missing) instead of Arrow strings: the comparison and the report take the rows of an
    event or an outlet from a table thousands of times, and taking rows of Arrow columns
    costs a call into Arrow per column each time. The values compare and print the same."""
    text = [c for c in df.columns if isinstance(df[c].dtype, pd.StringDtype)]
    if not text:
        return df
    out: pd.DataFrame = df.astype({c: object for c in text})
    return out


def _records(df: pd.DataFrame) -> list[dict[str, Any]]:
    return [{str(k): v for k, v in r.items()} for r in df.to_dict(orient="records")]


class _Columns:
    """A table's columns, each ready to give Python values for any rows."""

    def __init__(self, names: list[str], columns: list[tuple[str, Any, Any]]) -> None:
        self.names = names
        self.columns = columns
        self.at = {n: k for k, n in enumerate(names)}

    @classmethod
    def read(cls, df: pd.DataFrame) -> _Columns | None:
        """The columns of ``df``, or None when one of them is of another type (or the names
        repeat), so that only ``to_dict`` knows its values."""
        if maybe_box_native is None or not df.columns.is_unique:
            return None
        names = [str(c) for c in df.columns]
        if len(set(names)) != len(names):
            return None
        columns: list[tuple[str, Any, Any]] = []
        for k in range(df.shape[1]):
            s = df.iloc[:, k]
            dt = s.dtype
            if isinstance(dt, np.dtype) and dt.kind in "fiub":
                columns.append(("number", s.to_numpy(), None))
            elif isinstance(dt, np.dtype) and dt.kind == "O":
                columns.append(("object", s.to_numpy(), None))
            elif isinstance(dt, pd.StringDtype) and dt.na_value is not pd.NA:
                codes, uniques = pd.factorize(s, use_na_sentinel=True)
                column = [*list(uniques), dt.na_value]  # code -1: the missing value
                columns.append(("text", codes, column))
            else:
                return None
        return cls(names, columns)

    def rows(self, pos: Sequence[int] | np.ndarray,
             only: tuple[str, ...] | None = None) -> list[dict[str, Any]]:
        """The rows at ``pos`` as dicts (of the columns ``only``, when given)."""
        idx = np.asarray(pos, dtype=np.intp)
        box = maybe_box_native
        assert box is not None  # read() made no columns without it
        values: list[list[Any]] = []
        # to_dict boxes every value when no column is a numpy number (of the whole table)
        all_object = all(kind != "number" for kind, _, _ in self.columns)
        names = self.names
        columns = self.columns
        if only is not None:
            keep = [k for k, n in enumerate(self.names) if n in only]
            names = [self.names[k] for k in keep]
            columns = [self.columns[k] for k in keep]
        for kind, data, column in columns:
            if kind == "number":
                values.append(data[idx].tolist())
            elif kind == "object":
                values.append([box(v) for v in data[idx].tolist()])
            else:
                vals = [column[c] for c in data[idx].tolist()]
                values.append([box(v) for v in vals] if all_object else vals)
        if not values:
            return [{} for _ in range(len(idx))]
        return [dict(zip(names, row, strict=True)) for row in zip(*values, strict=True)]

    def tuples(self, pos: Sequence[int] | np.ndarray,
               names: tuple[str, ...]) -> list[tuple[Any, ...]]:
        """The values of the columns ``names`` at ``pos``, a tuple per row, converted as
        :meth:`rows` converts them."""
        idx = np.asarray(pos, dtype=np.intp)
        box = maybe_box_native
        assert box is not None
        all_object = all(kind != "number" for kind, _, _ in self.columns)
        values: list[list[Any]] = []
        for name in names:
            kind, data, column = self.columns[self.at[name]]
            if kind == "number":
                values.append(data[idx].tolist())
            elif kind == "object":
                values.append([box(v) for v in data[idx].tolist()])
            else:
                vals = [column[c] for c in data[idx].tolist()]
                values.append([box(v) for v in vals] if all_object else vals)
        if not values:
            return [() for _ in range(len(idx))]
        return list(zip(*values, strict=True))


__all__ = ["Groups", "numpy_text"]
