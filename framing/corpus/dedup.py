"""Exact and near-duplicate articles, found while streaming.

Exact duplicates share the same normalised text (case-folded, whitespace
collapsed). Near-duplicates share most word 5-gram shingles: MinHash
signatures (64 permutations, numpy) are indexed by LSH banding (16 bands of 4
rows, which finds pairs of Jaccard 0.8 with probability > 0.999), and a
candidate counts when its estimated Jaccard is at least ``threshold``.

Memory grows by about 0.6 KiB per kept article (a 64-value signature, 16 band
keys in a sorted numpy array, the exact-text hash and the id); time is linear:
100,000 short articles take seconds. Each band key keeps only its first
article, so a duplicate is reported against the earliest match.
"""

from __future__ import annotations

import hashlib
import zlib
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

_PRIME = np.uint64((1 << 61) - 1)
_MASK = np.uint64(0xFFFFFFFF)


def normalise(text: str) -> str:
    """Case-folded words joined by single spaces.

    Examples
    --------
    >>> normalise("  The  Council\\n\\nvoted. ")
    'the council voted.'
    """
    return " ".join(text.casefold().split())


def shingles(words: list[str], size: int = 5) -> npt.NDArray[np.uint64]:
    """Unique CRC-32 hashes of the word ``size``-grams (of the whole text when shorter)."""
    if len(words) <= size:
        grams = [" ".join(words)]
    else:
        grams = [" ".join(words[i:i + size]) for i in range(len(words) - size + 1)]
    unique = {zlib.crc32(g.encode()) for g in grams}
    return np.fromiter(unique, dtype=np.uint64, count=len(unique))


@dataclass(frozen=True)
class Match:
    """The earlier article that a text duplicates."""

    of: str
    kind: str  # "exact" or "near"
    similarity: float

    @property
    def reason(self) -> str:
        """A sentence for the inputs table."""
        if self.kind == "exact":
            return f"same text as {self.of}"
        return f"near-duplicate of {self.of} (estimated word 5-gram Jaccard {self.similarity:.2f})"


class _KeyIndex:
    """A map from 64-bit keys to the first article index that had them, compact in memory.

    Keys live in a sorted numpy array (12 bytes per key); recent keys wait in a
    small dict and are merged into the array in batches.
    """

    def __init__(self, batch: int = 65536) -> None:
        self.batch = batch
        self._keys = np.empty(0, dtype=np.uint64)
        self._values = np.empty(0, dtype=np.int64)
        self._pending: dict[int, int] = {}

    def __len__(self) -> int:
        return len(self._keys) + len(self._pending)

    def get_many(self, keys: npt.NDArray[np.uint64]) -> list[int]:
        """The indexes stored under any of ``keys`` (unique, unordered)."""
        found: set[int] = set()
        if len(self._keys):
            pos = np.searchsorted(self._keys, keys).clip(max=len(self._keys) - 1)
            hit = self._keys[pos] == keys
            found.update(self._values[pos[hit]].tolist())
        pending = self._pending
        for k in keys.tolist():
            v = pending.get(k)
            if v is not None:
                found.add(v)
        return list(found)

    def add_new(self, keys: npt.NDArray[np.uint64], value: int) -> None:
        """Store ``value`` under those of ``keys`` that are not stored yet."""
        if len(self._keys):
            pos = np.searchsorted(self._keys, keys).clip(max=len(self._keys) - 1)
            keys = keys[self._keys[pos] != keys]
        for k in keys.tolist():
            self._pending.setdefault(k, value)
        if len(self._pending) >= self.batch:
            self._merge()

    def _merge(self) -> None:
        new_keys = np.fromiter(self._pending.keys(), dtype=np.uint64, count=len(self._pending))
        new_values = np.fromiter(self._pending.values(), dtype=np.int64,
                                 count=len(self._pending))
        order = np.argsort(new_keys)
        new_keys, new_values = new_keys[order], new_values[order]
        at = np.searchsorted(self._keys, new_keys)
        self._keys = np.insert(self._keys, at, new_keys)
        self._values = np.insert(self._values, at, new_values)
        self._pending = {}


class Deduplicator:
    """Remembers the articles seen so far and tells whether a new one repeats one of them.

    Parameters
    ----------
    threshold : float
        Estimated Jaccard similarity of word shingles from which a text is a
        near-duplicate.
    shingle : int
        Words per shingle.
    num_perm, bands : int
        MinHash permutations and LSH bands (``num_perm`` divisible by ``bands``).
    seed : int
        Seed of the permutations (results are deterministic).

    Examples
    --------
    >>> d = Deduplicator()
    >>> d.check("a", "The council approved the budget on Tuesday after a long debate.") is None
    True
    >>> d.check("b", "the council approved the budget on tuesday after a long debate.").kind
    'exact'
    """

    def __init__(self, *, threshold: float = 0.8, shingle: int = 5, num_perm: int = 64,
                 bands: int = 16, seed: int = 1) -> None:
        if num_perm % bands:
            raise ValueError(f"num_perm ({num_perm}) must be a multiple of bands ({bands})")
        self.threshold = threshold
        self.shingle = shingle
        self.bands = bands
        self.rows = num_perm // bands
        rng = np.random.default_rng(seed)
        self._a = rng.integers(1, 1 << 32, size=num_perm, dtype=np.uint64)
        self._b = rng.integers(0, 1 << 32, size=num_perm, dtype=np.uint64)
        self._mix = rng.integers(1, 1 << 63, size=self.rows, dtype=np.uint64) | np.uint64(1)
        # one offset per band, so equal rows in different bands give different keys
        self._band_salt = rng.integers(0, 1 << 63, size=bands, dtype=np.uint64)
        self._exact: dict[int, int] = {}
        self._index = _KeyIndex()
        self._sigs = np.empty((1024, num_perm), dtype=np.uint32)
        self._ids: list[str] = []

    def __len__(self) -> int:
        return len(self._ids)

    def signature(self, text: str) -> npt.NDArray[np.uint32]:
        """The MinHash signature of ``text``'s word shingles."""
        hashes = shingles(normalise(text).split(), self.shingle)
        out = np.full(len(self._a), 0xFFFFFFFF, dtype=np.uint64)
        for start in range(0, len(hashes), 1024):  # chunks keep memory bounded for long texts
            chunk = hashes[start:start + 1024, None]
            values = (chunk * self._a[None, :] + self._b[None, :]) % _PRIME
            np.minimum(out, (values & _MASK).min(axis=0), out=out)
        return out.astype(np.uint32)

    def band_keys(self, sig: npt.NDArray[np.uint32]) -> npt.NDArray[np.uint64]:
        """One 64-bit key per LSH band of a signature."""
        rows = sig.reshape(self.bands, self.rows).astype(np.uint64)
        keys: npt.NDArray[np.uint64] = (rows * self._mix).sum(axis=1) ^ self._band_salt
        return keys

    def check(self, id: str, text: str) -> Match | None:
        """The earlier article that ``text`` duplicates, or None (then ``text`` is remembered).

        Parameters
        ----------
        id : str
            The new article's id, reported when a later article duplicates it.
        text : str
            The article body.
        """
        norm = normalise(text)
        digest = int.from_bytes(hashlib.sha1(norm.encode()).digest()[:8], "little")
        if digest in self._exact:
            return Match(self._ids[self._exact[digest]], "exact", 1.0)
        sig = self.signature(norm)
        keys = self.band_keys(sig)
        candidates = self._index.get_many(keys)
        if candidates:
            idx = np.array(sorted(candidates), dtype=np.intp)
            sims = (self._sigs[idx] == sig[None, :]).mean(axis=1)
            good = np.flatnonzero(sims >= self.threshold)
            if good.size:
                best = int(good[0])  # earliest qualifying article
                return Match(self._ids[int(idx[best])], "near", float(sims[best]))
        n = len(self._ids)
        if n == len(self._sigs):
            self._sigs = np.concatenate([self._sigs, np.empty_like(self._sigs)])
        self._sigs[n] = sig
        self._ids.append(id)
        self._exact[digest] = n
        self._index.add_new(keys, n)
        return None


__all__ = ["Deduplicator", "Match", "normalise", "shingles"]
