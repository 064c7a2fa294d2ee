"""The ``tech_hype`` lexicon for framing: tech-industry hype and spin.

The lexicon is ``tech_hype.toml`` in this package. framing finds it through the
``framing.lexicons`` entry point (``tech_hype = "framing_lexicon_tech_hype"``),
which names this package: every ``*.toml`` file inside it is a lexicon.
"""

__version__ = "1.1.0"
