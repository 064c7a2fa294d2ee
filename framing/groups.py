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
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import Any

import numpy as np
import pandas as pd


class Groups:
    """A table and, per set of columns asked about, the row positions of each value."""

    def __init__(self, df: pd.DataFrame) -> None:
        self.df = df
        self._index: dict[tuple[str, ...], dict[Hashable, np.ndarray]] = {}

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
        if not cols:
            return self.df[pd.Series(True, index=self.df.index)]
        key: Hashable = equal[cols[0]] if len(cols) == 1 else tuple(equal[c] for c in cols)
        try:
            pos = self.positions(cols).get(key)
        except TypeError:  # unhashable values in a column: filter as the report always did
            mask = pd.Series(True, index=self.df.index)
            for c in cols:
                mask &= self.df[c] == equal[c]
            return self.df[mask]
        if pos is None:
            return self.df.iloc[0:0]
        return self.df.iloc[pos]

    def keys(self, *columns: str) -> list[Hashable]:
        """The values present in ``columns``, in the order they first appear."""
        return list(self.positions(tuple(columns)))


__all__ = ["Groups"]
