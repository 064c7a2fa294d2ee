"""Tone toward a target: a linear model over target-aware features, trained on NewsMTSC.

:func:`tone_toward` is the public entry; :mod:`.train` rebuilds the shipped model.
"""

from .model import Evidence, ToneModel, ToneToward, shipped_model, tone_toward

__all__ = ["Evidence", "ToneModel", "ToneToward", "shipped_model", "tone_toward"]
