"""``framing.report``: the HTML and Markdown report, its charts and data files.

See ``docs/reports.md`` for what each output holds.

>>> slugify("Le Monde (Paris)")
'le-monde-paris'
"""

from __future__ import annotations

from .output import check_report_dir
from .slugs import slugify, unique_slugs
from .writer import write_report

__all__ = ["check_report_dir", "slugify", "unique_slugs", "write_report"]
