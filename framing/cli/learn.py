"""``framing evaluate`` and ``framing train``: thin shells over :mod:`framing.models`."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import click

from ..errors import BelowMinimumError, FramingError, OutputError
from ..safe_output import check_output, write_text
from .options import BOOTSTRAP, C_VALUE, FOLDS, MARGIN, MIN_SUPPORT, SEED, parse_pairs


def _pairs(values: Sequence[str], option: str) -> dict[str, float]:
    return parse_pairs(values, option)


def _label_options(f: Any) -> Any:
    opts = [
        click.option("--text-column", default="text", show_default=True,
                     help="Column holding the texts."),
        click.option("--label-column", default=None,
                     help="Column holding the labels (default: label, else label_bias)."),
        click.option("--positive", multiple=True, metavar="LABEL",
                     help="Label(s) of the positive class (default: Biased, 1, true, yes)."),
        click.option("--negative", multiple=True, metavar="LABEL",
                     help="Label(s) of the negative class (default: Non-biased, 0, false, no); "
                          "rows with any other label are excluded and counted."),
        click.option("--lexicon", "lexicon_files", multiple=True,
                     type=click.Path(dir_okay=False), help="Add a lexicon TOML file."),
        click.option("--no-lexicon", "disabled", multiple=True, metavar="NAME",
                     help="Disable a built-in or plugin lexicon."),
        click.option("--weight", "weights", multiple=True, metavar="NAME=W",
                     help="Scale a lexicon (loaded=0.5) or one term (loaded:betrayal=2)."),
    ]
    for opt in reversed(opts):
        f = opt(f)
    return f


def _inputs(labels: str, *others: str | None, lexicon_files: Sequence[str] = ()) -> list[str]:
    """Every file the command reads: never replaced by its outputs, even with --force."""
    return [labels, *(o for o in others if o), *lexicon_files]


def _part_option(f: Any) -> Any:
    return click.option(
        "--part", type=click.Choice(["all", "development", "test"]), default="all",
        show_default=True,
        help="Use one part of the fixed split (framing.models.split: a text is in the test "
             "part when the SHA-1 of its text is 0 modulo 5).")(f)


@click.command("evaluate")
@click.argument("labels", type=click.Path())
@click.option("--task", type=click.Choice(["bias", "tone", "basil"]), default=None,
              help="bias (the default for a file): framing scores against bias labels; "
                   "tone: the tone-toward-a-target model against a NewsMTSC-format jsonl "
                   "file (macro-F1, per-class precision/recall, and VADER's whole-sentence "
                   "baseline); basil (the default for a folder): quote speakers and tone "
                   "toward actors against a BASIL folder of {index}_{source}.json files.")
@click.option("--score", "scores", multiple=True, metavar="NAME",
              help="Score to assess (repeatable; default: all lexicon scores, plus "
                   "loaded_learned with --model).")
@click.option("--model", type=click.Path(dir_okay=False),
              help="A model from `framing train`: adds the loaded_learned score.")
@click.option("--bootstrap", "n_boot", type=BOOTSTRAP, default=1000, show_default=True,
              help="Bootstrap resamples for the 95% intervals (0: none).")
@click.option("--seed", type=SEED, default=0, show_default=True)
@click.option("--threshold", "thresholds", multiple=True, metavar="NAME=T",
              help="Predict positive when the score is above T (default 0; 0.05 for "
                   "sentiment_abs; 0.5 for loaded_learned).")
@click.option("--rates/--sums", default=True, show_default=True,
              help="Lexicon scores of sentences per 1,000 words, or as summed weights.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
              show_default=True, help="What to print.")
@click.option("--json", "json_path", type=click.Path(dir_okay=False),
              help="Also write the figures as JSON to this file.")
@click.option("--force", is_flag=True, help="Replace an existing --json file.")
@click.option("--min", "minimums", multiple=True, metavar="[SCORE:]METRIC=V",
              help="Exit with code 8 when a figure is below V (auc=0.6 for every score, "
                   "loaded:f1=0.5 for one; metrics: auc, precision, recall, f1, spearman, "
                   "top1). Repeatable.")
@_part_option
@_label_options
def evaluate_command(labels: str, task: str | None, scores: tuple[str, ...], model: str | None,
                     n_boot: int, seed: int, thresholds: tuple[str, ...], rates: bool,
                     fmt: str, part: str, json_path: str | None, force: bool,
                     minimums: tuple[str, ...], text_column: str, label_column: str | None,
                     positive: tuple[str, ...], negative: tuple[str, ...],
                     lexicon_files: tuple[str, ...], disabled: tuple[str, ...],
                     weights: tuple[str, ...]) -> None:
    """Compare framing scores with human labels in LABELS (CSV or JSONL).

    LABELS holds texts with a label column (sentences: ROC-AUC, precision, recall
    and F1 per score), or articles with `event` and `rank` columns (1 = most
    loaded: Spearman and top-1 accuracy per event). With --task tone, LABELS is a
    NewsMTSC-format jsonl file of sentences and the tone toward each target. With
    --task basil (or a folder), LABELS is a BASIL folder: the share of quoted spans
    whose speaker framing names, and its tone toward each main entity against the
    author's sentiment (docs/validation.md).
    """
    from ..models.evaluation import evaluate

    if task is None:
        task = "basil" if Path(labels).is_dir() else "bias"
    elif task != "basil" and Path(labels).is_dir():
        raise click.UsageError(f"{labels} is a folder: --task {task} reads a file")
    floors = _pairs(minimums, "--min")
    _check_names(task, scores, model, floors, _pairs(thresholds, "--threshold"))
    if json_path:  # before the work, not after it
        check_output(json_path, _inputs(labels, model, lexicon_files=lexicon_files),
                     force=force, option="--json")
    if task == "tone":
        from ..models.tone_evaluate import evaluate_tone

        tone = evaluate_tone(labels)
        if json_path:
            write_text(Path(json_path), tone.to_json() + "\n")
        click.echo(tone.to_json() if fmt == "json" else tone.table())
        return
    if task == "basil":
        if floors:
            raise click.UsageError("--min applies to --task bias only")
        from ..models.basil import evaluate_basil

        basil = evaluate_basil(labels, log=lambda m: click.echo(m, err=True))
        if json_path:
            write_text(Path(json_path), basil.to_json() + "\n")
        click.echo(basil.to_json() if fmt == "json" else basil.table())
        return
    result = evaluate(labels, scores=scores or None, model=model, text_column=text_column,
                      label_column=label_column, positive=positive or None,
                      negative=negative or None, n_boot=n_boot, seed=seed,
                      thresholds=_pairs(thresholds, "--threshold"),
                      exclude_lexicons=disabled, extra_lexicon_files=lexicon_files,
                      weights=_pairs(weights, "--weight") or None, rates=rates,
                      part=part)  # type: ignore[arg-type]
    try:
        short = result.shortfalls(floors)  # a --min key this evaluation lacks: before output
    except FramingError as exc:
        raise click.BadParameter(str(exc), param_hint="--min") from None
    if json_path:
        write_text(Path(json_path), result.to_json() + "\n")
    click.echo(result.to_json() if fmt == "json" else result.table())
    if short:
        raise BelowMinimumError(f"{len(short)} figure(s) below the minimum set with --min: "
                                + "; ".join(short), path=labels)


#: The metrics ``evaluate --min`` can name (sentences: the first four; rankings: the last two).
MIN_METRICS = ("auc", "precision", "recall", "f1", "spearman", "top1")


def _check_names(task: str, scores: Sequence[str], model: str | None,
                 floors: dict[str, float], thresholds: dict[str, float]) -> None:
    """Usage errors (exit 2) before any work: an unknown --score, --min metric or score,
    or --threshold score, and options that do not apply to --task tone."""
    from ..models.scores import SCORES, check_scores

    if task == "tone":
        given = [o for o, v in (("--min", floors), ("--score", scores), ("--model", model),
                                ("--threshold", thresholds)) if v]
        if given:
            raise click.UsageError(f"{', '.join(given)} apply to --task bias only")
        return
    try:
        check_scores(list(scores), has_model=model is not None)
    except FramingError as exc:
        raise click.BadParameter(str(exc), param_hint="--score") from None
    for key in floors:
        score, _, metric = key.rpartition(":")
        if metric not in MIN_METRICS:
            raise click.BadParameter(f"{key!r}: unknown metric {metric!r}; use one of "
                                     f"{', '.join(MIN_METRICS)}", param_hint="--min")
        if score and score not in SCORES:
            raise click.BadParameter(f"{key!r}: unknown score {score!r}; available: "
                                     f"{', '.join(SCORES)}", param_hint="--min")
    unknown = sorted(set(thresholds) - set(SCORES))
    if unknown:
        raise click.BadParameter(f"{unknown[0]!r}: unknown score; available: "
                                 f"{', '.join(SCORES)}", param_hint="--threshold")


@click.command("train")
@click.argument("labels", type=click.Path(dir_okay=False))
@click.option("--out", "-o", required=True, type=click.Path(dir_okay=False),
              help="Where to save the model (gzip-compressed JSON data).")
@click.option("--folds", type=FOLDS, default=5, show_default=True,
              help="Stratified cross-validation folds.")
@click.option("--seed", type=SEED, default=0, show_default=True)
@click.option("--c", "c_grid", multiple=True, type=C_VALUE, metavar="C",
              help="Regularisation strength of the n-gram model (default 1); repeat it to "
                   "choose among several by nested (inner) cross-validation, e.g. --c 0.5 "
                   "--c 1 --c 2.")
@click.option("--words-column", default=None, metavar="COLUMN",
              help="Column of the words annotators marked in each text (a list literal, "
                   "or words separated by commas; BABE: biased_words): the model also "
                   "learns how often each word is marked.")
@click.option("--json", "json_path", type=click.Path(dir_okay=False),
              help="Also write the cross-validated figures as JSON.")
@click.option("--force", is_flag=True, help="Replace an existing model or --json file.")
@click.option("--quiet", "-q", is_flag=True, help="No progress lines.")
@_label_options
def train_command(labels: str, out: str, folds: int, seed: int, c_grid: tuple[float, ...],
                  words_column: str | None, json_path: str | None, force: bool, quiet: bool,
                  text_column: str,
                  label_column: str | None, positive: tuple[str, ...],
                  negative: tuple[str, ...], lexicon_files: tuple[str, ...],
                  disabled: tuple[str, ...], weights: tuple[str, ...]) -> None:
    """Train a bias classifier on labelled sentences in LABELS, cross-validated.

    Prints the cross-validated macro-F1, accuracy and ROC-AUC (mean ± sd over
    folds) and saves the model fitted on all texts; use it with
    `framing analyze --model` or `framing report --model`.
    """
    import json

    from ..models.train_bias import C_GRID, train

    out_path = Path(out)
    inputs = _inputs(labels, lexicon_files=lexicon_files)
    check_output(out_path, inputs, force=force)
    if json_path:
        check_output(json_path, inputs, force=force, option="--json")
        if Path(json_path).resolve() == out_path.resolve():
            raise OutputError(f"--json and --out are both {out}; give them different names")

    def log(msg: str) -> None:
        if not quiet:
            click.echo(msg, err=True)

    result = train(labels, out=out_path, folds=folds, seed=seed, c_grid=c_grid or C_GRID,
                   text_column=text_column, label_column=label_column,
                   positive=positive or None, negative=negative or None,
                   words_column=words_column, exclude_lexicons=disabled,
                   extra_lexicon_files=lexicon_files,
                   weights=_pairs(weights, "--weight") or None, log=log)
    if json_path:
        write_text(Path(json_path), json.dumps(result.to_dict(), indent=2) + "\n")
    click.echo(result.table())


@click.command("calibrate")
@click.argument("labels", type=click.Path(dir_okay=False))
@click.option("--lexicon", "name", default="loaded", show_default=True,
              help="Lexicon to calibrate: a built-in or plugin name, or a TOML file.")
@click.option("--out", "-o", required=True, type=click.Path(file_okay=False),
              help="Directory for the calibrated lexicon (NAME.toml) and its counts "
                   "(NAME.calibration.tsv).")
@click.option("--min-support", type=MIN_SUPPORT, default=None,
              help="Entries seen at least this often are judged on their own figures "
                   "(default 5).")
@click.option("--margin", type=MARGIN, default=None,
              help="How far above the base rate a well-supported entry's precision must be "
                   "(default 0.25).")
@click.option("--force", is_flag=True, help="Replace existing output files.")
@click.option("--text-column", default="text", show_default=True)
@click.option("--label-column", default=None,
              help="Column holding the labels (default: label, else label_bias).")
@click.option("--positive", multiple=True, metavar="LABEL")
@click.option("--negative", multiple=True, metavar="LABEL")
@_part_option
def calibrate_command(labels: str, name: str, out: str, min_support: int | None,
                      margin: float | None, force: bool, text_column: str,
                      label_column: str | None, positive: tuple[str, ...],
                      negative: tuple[str, ...], part: str) -> None:
    """Measure each entry's precision and support on labelled sentences (LABELS: columns
    text,label) and write the calibrated lexicon.

    Entries seen often enough whose precision is not above the base rate by the margin
    are dropped; the others carry precision and support, which the loaded-language
    score reads (docs/validation.md).
    """
    from ..lexicon.calibrate import MARGIN, MIN_SUPPORT
    from ..lexicon.write import lexicon_toml
    from ..models.calibrate import calibrate, precision_table, write_counts
    from ..models.labels import read_labels
    from .lexicon import _resolve

    lex = _resolve(name)
    out_dir = Path(out)
    toml_path = out_dir / f"{lex.name}.toml"
    tsv_path = out_dir / f"{lex.name}.calibration.tsv"
    for p in (toml_path, tsv_path):  # before the work; the labels and lexicon read stay
        check_output(p, _inputs(labels, lex.path), force=force)
    data = read_labels(labels, text_column=text_column, label_column=label_column,
                       positive=positive or None, negative=negative or None,
                       part=part)  # type: ignore[arg-type]
    result = calibrate(lex, data, min_support=MIN_SUPPORT if min_support is None else min_support,
                       margin=MARGIN if margin is None else margin)
    out_dir.mkdir(parents=True, exist_ok=True)
    write_text(toml_path, lexicon_toml(result.lexicon))
    write_counts(result.counts, tsv_path)
    click.echo(result.summary())
    click.echo(f"{'category':<24}{'kept':>6}{'support':>9}{'biased':>8}{'precision':>11}")
    for cat, n, sup, k, prec in precision_table(result.figures):
        click.echo(f"{cat:<24}{n:>6}{sup:>9}{k:>8}{prec:>11.3f}")
    click.echo(f"wrote {toml_path} and {tsv_path}")


__all__ = ["calibrate_command", "evaluate_command", "train_command"]
