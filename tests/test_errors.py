"""Typed errors carry a translatable template and its parameters: the CLI prints the
English, the window translates the template. A scan of the sources makes sure every
error is built from a template that pyside6-lupdate extracts (a marked literal)."""

from __future__ import annotations

import ast
import string
from collections.abc import Iterator
from pathlib import Path

import pytest

from fieldkit import errors
from fieldkit.errors import QT_TRANSLATE_NOOP, FieldKitError, NotFound, StorageError

SOURCES = Path(errors.__file__).resolve().parent
ERROR_CLASSES = frozenset(
    name
    for name, value in vars(errors).items()
    if isinstance(value, type) and issubclass(value, FieldKitError)
)


def test_an_error_keeps_its_template_and_says_it_in_english() -> None:
    error = NotFound(
        QT_TRANSLATE_NOOP("Errors", "There is no meeting with id {record_id}."), record_id="m-1"
    )
    assert error.template == "There is no meeting with id {record_id}."
    assert error.params == {"record_id": "m-1"}
    assert str(error) == "There is no meeting with id m-1."
    assert isinstance(error, FieldKitError)


def test_braces_in_a_parameter_are_kept_as_they_are() -> None:
    error = StorageError(
        QT_TRANSLATE_NOOP("Errors", "{path} is not a regular file."), path="/tmp/{odd}"
    )
    assert str(error) == "/tmp/{odd} is not a regular file."


# --- every error in fieldkit/ is built from a marked template ---------------------


def fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


def marked(node: ast.expr) -> str | None:
    """The template of `QT_TRANSLATE_NOOP("Errors", "...")`, else None."""
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "QT_TRANSLATE_NOOP"
        and not node.keywords
        and len(node.args) == 2
        and all(isinstance(arg, ast.Constant) and isinstance(arg.value, str) for arg in node.args)
        and node.args[0].value == "Errors"  # type: ignore[attr-defined]
    ):
        return str(node.args[1].value)  # type: ignore[attr-defined]
    return None


def called_name(call: ast.Call) -> str | None:
    if isinstance(call.func, ast.Name):
        return call.func.id
    if isinstance(call.func, ast.Attribute):
        return call.func.attr
    return None


def modules() -> Iterator[tuple[Path, ast.Module]]:
    for path in sorted(SOURCES.rglob("*.py")):
        yield path, ast.parse(path.read_text(encoding="utf-8"), str(path))


def functions_and_calls(tree: ast.AST) -> Iterator[tuple[ast.FunctionDef | None, ast.Call]]:
    """Every call in `tree` with the innermost function around it (None: module level)."""

    def visit(
        node: ast.AST, function: ast.FunctionDef | None
    ) -> Iterator[tuple[ast.FunctionDef | None, ast.Call]]:
        for child in ast.iter_child_nodes(node):
            inner = child if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef) else function
            if isinstance(child, ast.Call):
                yield function, child
            yield from visit(child, inner)  # type: ignore[arg-type]

    yield from visit(tree, None)


def parameters(function: ast.FunctionDef) -> list[str]:
    arguments = function.args
    return [a.arg for a in (*arguments.posonlyargs, *arguments.args, *arguments.kwonlyargs)]


def scan() -> tuple[set[str], list[str]]:
    """(every error template, every problem found)."""
    trees = list(modules())
    constants: dict[str, str] = {}  # NO_MEETING = QT_TRANSLATE_NOOP("Errors", ...)
    for _, tree in trees:
        for statement in tree.body:
            if (
                isinstance(statement, ast.Assign)
                and len(statement.targets) == 1
                and isinstance(statement.targets[0], ast.Name)
                and (template := marked(statement.value)) is not None
            ):
                assert statement.targets[0].id not in constants, "one name, one message"
                constants[statement.targets[0].id] = template

    def template_of(node: ast.expr) -> str | None:
        if isinstance(node, ast.Name):
            return constants.get(node.id)
        return marked(node)

    templates = set(constants.values())
    problems: list[str] = []
    # A function that raises with messages its caller passes (get_live, ...):
    # name -> {parameter: (its position or None, the keywords the error gets there)}
    relays: dict[str, dict[str, tuple[int | None, set[str]]]] = {}
    for path, tree in trees:
        for function, call in functions_and_calls(tree):
            if called_name(call) not in ERROR_CLASSES:
                continue
            where = f"{path.relative_to(SOURCES.parent)}:{call.lineno}"
            keywords = {keyword.arg for keyword in call.keywords}
            if len(call.args) != 1 or None in keywords:
                problems.append(f"{where}: one template and keyword parameters, please")
                continue
            message = call.args[0]
            template = template_of(message)
            if template is not None:
                templates.add(template)
                if fields(template) != keywords:
                    problems.append(f"{where}: {template!r} gets {sorted(keywords)}")
            elif (
                isinstance(message, ast.Name)
                and function is not None
                and message.id in parameters(function)
            ):
                positional = [a.arg for a in (*function.args.posonlyargs, *function.args.args)]
                position = positional.index(message.id) if message.id in positional else None
                relays.setdefault(function.name, {})[message.id] = (position, keywords)
            else:
                problems.append(f"{where}: not built from QT_TRANSLATE_NOOP('Errors', ...)")
    for path, tree in trees:
        for _, call in functions_and_calls(tree):
            name = called_name(call)
            if name not in relays:
                continue
            where = f"{path.relative_to(SOURCES.parent)}:{call.lineno}"
            for parameter, (position, keywords) in relays[name].items():
                given = [k.value for k in call.keywords if k.arg == parameter]
                if not given and position is not None and position < len(call.args):
                    given = [call.args[position]]
                template = template_of(given[0]) if given else None
                if template is None:
                    problems.append(f"{where}: {name}() needs a QT_TRANSLATE_NOOP('Errors', ...)")
                    continue
                templates.add(template)
                if fields(template) != keywords:
                    problems.append(f"{where}: {template!r} gets {sorted(keywords)}")
    return templates, problems


def test_every_error_is_built_from_a_marked_template() -> None:
    templates, problems = scan()
    assert problems == []
    assert len(templates) > 50  # the scan saw the sources


@pytest.mark.parametrize(
    ("source", "complaint"),
    [
        ('raise NotFound(f"There is no meeting {x}.")', "not built from"),
        ('raise NotFound(QT_TRANSLATE_NOOP("Errors", "No {x}."))', "gets []"),
        ('raise NotFound(QT_TRANSLATE_NOOP("Other", "No {x}."), x=1)', "not built from"),
        ('raise NotFound("No meeting.")', "not built from"),
        ('get_live(None, None, x, "meeting")', "get_live() needs"),
        ('get_live(None, None, x, QT_TRANSLATE_NOOP("Errors", "No {id}."))', "gets ['record_id']"),
    ],
)
def test_the_scan_catches_an_unmarked_error(
    source: str, complaint: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    relay = "def get_live(session, cls, record_id, message):\n"
    relay += "    raise NotFound(message, record_id=record_id)\n"
    (tmp_path / "bad.py").write_text(f"{relay}def f(x):\n    {source}\n", encoding="utf-8")
    monkeypatch.setattr(f"{__name__}.SOURCES", tmp_path)
    _, problems = scan()
    assert len(problems) == 1, problems
    assert complaint in problems[0]
