"""The command line: a thin skin over the library."""

from __future__ import annotations

import os
import signal
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from . import errors

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="Review job offers, NDAs and working-interview terms; every finding is quoted and cited.")


def _formats() -> list[str]:
    from .renderers import names

    return names()


# The output formats are the renderers registered in reviewer/renderers/ (a new format is one module there).
Format = Enum("Format", {name: name for name in _formats()}, type=str)  # type: ignore[misc]


class Backend(str, Enum):
    offline = "offline"
    openai = "openai"


def handle_errors(fn):
    """Turn library errors into a one-line message on stderr and the error's exit code."""
    import functools

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except errors.ReviewerError as exc:
            typer.echo(f"reviewer: error: {exc}", err=True)
            raise typer.Exit(exc.exit_code) from None

    return wrapper


def _settings(**overrides: object):
    from .settings import Settings

    return Settings.load(**overrides)


def write_output(content: str | bytes, output: Optional[Path], protect: Optional[Path] = None, force: bool = False) -> None:
    """Print, or write to `output` (atomically for a regular file; never over the reviewed file)."""
    from .output import write_report

    if output is None:
        if isinstance(content, bytes):
            sys.stdout.flush()
            sys.stdout.buffer.write(content)
            sys.stdout.buffer.flush()
        else:
            sys.stdout.write(content)
    else:
        write_report(content, output, protect=protect, force=force)


@app.command()
@handle_errors
def review(
    file: Annotated[str, typer.Argument(help="PDF, DOCX, HTML, EML, TXT, MD or image (PNG, JPEG, WebP, "
                                                         "TIFF) file to review, or - for standard input.")],
    format: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.text,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write the report here (atomically).")] = None,
    backend: Annotated[Optional[Backend], typer.Option(help="Judge backend (default: offline, or REVIEWER_BACKEND).")] = None,
    jurisdiction: Annotated[Optional[str], typer.Option(help="Jurisdiction, e.g. US-CA, UK, AU, CA-ON, EU; inferred if not given.")] = None,
    corpus_dir: Annotated[Optional[Path], typer.Option(help="Guidance corpus folder.")] = None,
    redact: Annotated[bool, typer.Option(help="Replace names, emails, phones, addresses and money before anything is "
                                               "sent to the LLM backend; restored in the output.")] = False,
    model: Annotated[Optional[str], typer.Option(help="Model name for the openai backend (or REVIEWER_MODEL).")] = None,
    force: Annotated[bool, typer.Option("--force", help="Replace a read-only output file.")] = False,
    reply: Annotated[bool, typer.Option("--reply", help="Print (or write with -o) a reply email to the employer asking "
                                                        "for the changes the findings support, with questions to ask "
                                                        "before you sign; the same as --format reply.")] = False,
    annotate: Annotated[Optional[Path], typer.Option("--annotate", metavar="OUT.pdf",
                                                     help="Also write a copy of the reviewed PDF with every quote "
                                                          "highlighted and a note on each (the input is never changed).")] = None,
    redline: Annotated[Optional[Path], typer.Option("--redline", metavar="OUT.docx",
                                                    help="Also write a copy of the reviewed DOCX with the suggested "
                                                         "wording as tracked changes and a comment on every finding "
                                                         "(the input is never changed).")] = None,
) -> None:
    """Review a document and print findings with quotes, pages and cited guidance."""
    from .document import read_source
    from .pipeline import Reviewer
    from .renderers import Options, render
    from .renderers import get as get_renderer

    if reply and format.value not in ("text", "reply"):
        raise typer.BadParameter("--reply writes the reply; leave out --format or use --format reply", param_hint="--reply")
    settings = _settings(backend=backend.value if backend else None, jurisdiction=jurisdiction, corpus_dir=corpus_dir,
                         redact=True if redact else None, model=model)
    reviewer = Reviewer(settings, progress=lambda msg: typer.echo(f"reviewer: {msg}", err=True))
    name = "reply" if reply else format.value
    copies = {option: path for option, path in (("--annotate", annotate), ("--redline", redline)) if path is not None}
    named = [("-o", output)] * (output is not None) + list(copies.items())
    for i, (option, path) in enumerate(named):
        for other, other_path in named[i + 1:]:
            if _same_path(path, other_path):
                raise errors.InvalidArgument(f"{other} and {option} name the same file: {other_path}")
    if get_renderer(name).binary and output is None and sys.stdout.isatty():
        raise errors.InvalidArgument(f"The {name} format is binary: write it to a file with -o FILE")
    source = read_source(file, settings, stdin=sys.stdin)
    for option in copies:
        if source.document.kind != COPIES[option]:
            raise errors.InvalidArgument(f"{option} needs a {COPIES[option].upper()}; {file} was read as "
                                         f"{source.document.kind}")
    result = reviewer.review_document(source.document)
    for option, path in copies.items():
        write_output(render(result, COPIES[option], source), path, protect=source.path, force=force)
    content = render(result, name, source, Options(color=output is None and sys.stdout.isatty()))
    write_output(content, output, protect=source.path, force=force)
    if result.attachments and name not in ("text", "markdown", "json"):
        typer.echo(f"reviewer: the {name} output covers the email's body only; its {len(result.attachments)} "
                   f"attachment review(s) are in --format text, markdown or json", err=True)


# The options that write a marked-up copy of the reviewed file: the kind of file each needs, which is also the
# format that writes the copy.
COPIES = {"--annotate": "pdf", "--redline": "docx"}


def _same_path(a: Path, b: Path) -> bool:
    return os.path.abspath(a) == os.path.abspath(b) or (a.exists() and b.exists() and os.path.samefile(a, b))


class BatchFormat(str, Enum):
    jsonl = "jsonl"
    csv = "csv"


class Engine(str, Enum):
    processes = "processes"
    ray = "ray"


@app.command()
@handle_errors
def batch(
    paths: Annotated[list[str], typer.Argument(help="Files, folders (searched recursively) and glob patterns.")],
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Results file (default: standard output).")] = None,
    format: Annotated[BatchFormat, typer.Option("--format", "-f", help="A JSON record per line, or a CSV row per document.")] = BatchFormat.jsonl,
    workers: Annotated[Optional[int], typer.Option(min=1, help="Processes (default: the cores).")] = None,
    resume: Annotated[bool, typer.Option("--resume", help="Skip documents already in the output (by content hash).")] = False,
    force: Annotated[bool, typer.Option("--force", help="Start an existing output file over.")] = False,
    engine: Annotated[Engine, typer.Option(help="Worker processes on this machine, or Ray (pip install 'reviewer[ray]').")] = Engine.processes,
    address: Annotated[Optional[str], typer.Option(help="With --engine ray: the cluster, 'auto' or ray://HOST:PORT (default: a local Ray).")] = None,
) -> None:
    """Review many documents: one record per document, written as each finishes; a summary on stderr."""
    from .batch import run_batch

    summary = run_batch(paths, output, format.value, workers, resume=resume, force=force, settings=_settings(),
                        progress=True, engine=engine.value, address=address)
    typer.echo(summary.render(), err=True, nl=False)


class EvalFormat(str, Enum):
    table = "table"
    json = "json"
    markdown = "markdown"


@app.command("eval")
@handle_errors
def eval_(
    paths: Annotated[list[Path], typer.Argument(help="Label files or folders of label files (*.yaml).")],
    backend: Annotated[Backend, typer.Option(help="Judge backend to evaluate.")] = Backend.offline,
    format: Annotated[EvalFormat, typer.Option("--format", "-f", help="Report format.")] = EvalFormat.table,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Folder for records.jsonl, report.json, report.md.")] = None,
    baseline: Annotated[Optional[Path], typer.Option(help="An earlier report.json: print each metric's change.")] = None,
    keyword_baseline: Annotated[bool, typer.Option(help="Also run the keyword baseline judge.")] = True,
    workers: Annotated[int, typer.Option(min=1, help="Processes reviewing documents side by side.")] = 1,
) -> None:
    """Run the reviewer over labelled documents and print precision, recall and F1 per category."""
    import json

    from .evaluation.harness import render_markdown, render_table, run_eval, write_outputs

    previous = None
    if baseline is not None:
        try:
            previous = json.loads(baseline.read_text())
        except (OSError, ValueError) as exc:
            raise errors.LabelError(f"Cannot read baseline report {baseline}: {exc}") from exc
    result = run_eval(paths, backend=backend.value, keyword_baseline=keyword_baseline, workers=workers)
    if output is not None:
        write_outputs(result, output)
    if format is EvalFormat.json:
        sys.stdout.write(json.dumps({k: v for k, v in result.to_json().items() if k != "records"}, indent=2) + "\n")
    elif format is EvalFormat.markdown:
        sys.stdout.write(render_markdown(result))
    else:
        sys.stdout.write(render_table(result, previous))


@app.command()
@handle_errors
def index(
    corpus_dir: Annotated[Optional[Path], typer.Option(help="Guidance corpus folder.")] = None,
) -> None:
    """Rebuild the guidance index from the corpus."""
    import time

    from .index import build

    t0 = time.perf_counter()
    built = build(_settings(corpus_dir=corpus_dir))
    typer.echo(f"Indexed {len(built.passages)} passages from {len({p.doc_id for p in built.passages})} documents "
               f"in {time.perf_counter() - t0:.1f} s (key {built.key}).")


@app.command("eval-retrieval")
@handle_errors
def eval_retrieval(
    path: Annotated[Path, typer.Argument(help="YAML list of {query, category, jurisdiction, expected}.")],
    k: Annotated[int, typer.Option(help="How many top documents count as a hit.")] = 3,
) -> None:
    """Check that retrieval puts the expected guidance note in the top k."""
    from .evaluation.retrieval import run_retrieval_eval

    result = run_retrieval_eval(path, k=k)
    for r in result["results"]:
        mark = "ok  " if r["hit"] else "MISS"
        typer.echo(f"{mark} [{r.get('jurisdiction', 'general')}] {r['query'][:60]:<60} -> {', '.join(r['top'])}")
    typer.echo(f"recall@{k}: {result[f'recall_at_{k}']:.3f} over {result['pairs']} pairs")


corpus_app = typer.Typer(help="List and show the guidance corpus.", no_args_is_help=True)
app.add_typer(corpus_app, name="corpus")


@corpus_app.command("list")
@handle_errors
def corpus_list(
    jurisdiction: Annotated[Optional[str], typer.Option(help="Only this jurisdiction (e.g. US-CA, UK).")] = None,
    category: Annotated[Optional[str], typer.Option(help="Only notes supporting this category.")] = None,
    corpus_dir: Annotated[Optional[Path], typer.Option(help="Guidance corpus folder.")] = None,
) -> None:
    """List corpus documents: id, jurisdiction, categories and title."""
    from .corpus import load_corpus

    docs = load_corpus(_settings(corpus_dir=corpus_dir).corpus_dir)
    shown = [d for d in docs if (not jurisdiction or d.jurisdiction.upper() == jurisdiction.upper())
             and (not category or category in d.categories)]
    for d in shown:
        typer.echo(f"{d.id:<42} {d.jurisdiction:<8} {','.join(d.categories):<40} {d.title}")
    typer.echo(f"{len(shown)} documents, {len({d.jurisdiction for d in shown})} jurisdictions")


@corpus_app.command("show")
@handle_errors
def corpus_show(
    doc_id: Annotated[str, typer.Argument(help="Document id (file name without extension) or a passage id 'doc#n'.")],
    corpus_dir: Annotated[Optional[Path], typer.Option(help="Guidance corpus folder.")] = None,
) -> None:
    """Show one corpus document with its front matter and passages."""
    from .corpus import chunk, load_corpus

    base = doc_id.split("#", 1)[0]
    docs = {d.id: d for d in load_corpus(_settings(corpus_dir=corpus_dir).corpus_dir)}
    if base not in docs:
        raise errors.CorpusError(f"No corpus document '{base}' (see: reviewer corpus list)")
    d = docs[base]
    typer.echo(f"{d.title}\nid: {d.id}   jurisdiction: {d.jurisdiction}   categories: {', '.join(d.categories)}")
    if d.meta.get("status"):
        typer.echo(f"status: {d.meta['status']}")
    for src in d.meta.get("sources") or [{"citation": d.source}]:
        extra = f" <{src['url']}>" if src.get("url") else ""
        when = f" (as of {src['as_of']}{', primary' if src.get('primary') else ''})" if src.get("as_of") else ""
        typer.echo(f"source: {src.get('citation', '')}{extra}{when}")
    for p in chunk(d):
        if "#" in doc_id and p.id != doc_id:
            continue
        typer.echo(f"\n[{p.id}]\n{p.text}")


@app.command()
def schema() -> None:
    """Print the JSON schema of `review --format json`."""
    from .renderers.json_ import json_schema

    sys.stdout.write(json_schema())


def _terminated(signum: int, _frame: object) -> None:
    typer.echo("reviewer: terminated", err=True)
    raise SystemExit(128 + signum)


def main() -> None:
    """Entry point: run the app and turn library errors into one-line messages and exit codes."""
    signal.signal(signal.SIGTERM, _terminated)  # unwind, so a half-written report's temporary file is removed
    try:
        app()  # click handles usage errors and --help itself, exiting with its own codes
    except errors.ReviewerError as exc:
        typer.echo(f"reviewer: error: {exc}", err=True)
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        typer.echo("reviewer: interrupted", err=True)
        sys.exit(130)
    except Exception as exc:  # noqa: BLE001 - the last guard against a traceback
        if os.environ.get("REVIEWER_DEBUG"):
            raise
        typer.echo(f"reviewer: internal error: {type(exc).__name__}: {exc} (set REVIEWER_DEBUG=1 for details)", err=True)
        sys.exit(1)

if __name__ == "__main__":
    main()
