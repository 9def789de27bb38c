"""The window's plumbing: the database thread, saving as one types, crash
reporting and one window per database."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from fieldkit.errors import InvalidInput
from fieldkit.services import partners
from fieldkit.store import Store
from fieldkit.ui.autosave import AutoSaver, flush_all
from fieldkit.ui.crash import CrashReporter, log_file, setup_logging
from fieldkit.ui.ops import Change, Runner
from fieldkit.ui.single_instance import SingleInstance


@pytest.fixture
def runner(qtbot: QtBot) -> Runner:
    runner = Runner()
    yield runner
    runner.shutdown()


def test_work_runs_off_the_gui_thread_and_reports_on_it(runner: Runner) -> None:
    seen: dict[str, object] = {}

    def work() -> str:
        seen["worker"] = threading.current_thread() is threading.main_thread()
        return "done"

    def done(result: str) -> None:
        seen["result"] = result
        seen["callback_on_gui"] = threading.current_thread() is threading.main_thread()

    runner.run(work, on_success=done)
    assert runner.wait_idle()
    assert seen == {"worker": False, "result": "done", "callback_on_gui": True}


def test_jobs_run_in_the_order_given(runner: Runner) -> None:
    order: list[int] = []
    for index in range(20):
        runner.run(lambda i=index: order.append(i))
    assert runner.wait_idle()
    assert order == list(range(20))


def test_a_write_announces_what_it_changed(qtbot: QtBot, runner: Runner) -> None:
    with qtbot.waitSignal(runner.changed) as signal:
        runner.run(lambda: None, changes={Change.CONTACTS})
    assert signal.args == [frozenset({Change.CONTACTS})]


def test_expected_failures_become_one_sentence(qtbot: QtBot, runner: Runner) -> None:
    def refuse() -> None:
        raise InvalidInput("The first name must not be empty.")

    with qtbot.waitSignal(runner.failed) as signal:
        runner.run(refuse, changes={Change.CONTACTS})
    assert signal.args == ["The first name must not be empty."]


def test_bugs_go_to_the_crash_reporter(qtbot: QtBot, runner: Runner) -> None:
    with qtbot.waitSignal(runner.crashed) as signal:
        runner.run(lambda: 1 / 0)
    assert isinstance(signal.args[0], ZeroDivisionError)


def test_typing_saves_only_the_latest_text_once_typing_pauses(
    qtbot: QtBot, runner: Runner, store: Store
) -> None:
    contact_id = partners.create_contact(store, first_name="Ona")
    saver = AutoSaver(runner)
    saves: list[str] = []

    def save(text: str) -> None:
        saves.append(text)
        partners.update_contact(store, contact_id, notes=text)

    for text in ("S", "Sk", "Skam", "Skambinti"):
        saver.schedule("notes", lambda t=text: save(t), frozenset({Change.CONTACTS}))
    assert saves == []
    qtbot.waitUntil(lambda: not saver.has_pending, timeout=2000)
    assert runner.wait_idle()
    assert saves == ["Skambinti"]
    assert partners.get_contact(store, contact_id).notes == "Skambinti"


def test_flushing_saves_at_once(runner: Runner, store: Store) -> None:
    """Closing the window must not wait for the typing pause, nor lose the text."""
    contact_id = partners.create_contact(store, first_name="Ona")
    parent = AutoSaver(runner)
    parent.schedule(
        "notes",
        lambda: partners.update_contact(store, contact_id, notes="Paskutinis sakinys"),
        frozenset(),
    )
    flush_all(parent.parent() or parent)
    parent.flush()
    assert runner.wait_idle()
    assert partners.get_contact(store, contact_id).notes == "Paskutinis sakinys"


def test_a_crash_on_any_thread_is_logged_and_reported(qtbot: QtBot) -> None:
    assert setup_logging() == log_file()
    reporter = CrashReporter(show_dialog=False)
    reporter.install()
    try:
        with qtbot.waitSignal(reporter.reported, timeout=5000) as signal:
            thread = threading.Thread(target=lambda: {}["nėra"])
            thread.start()
            thread.join()
    finally:
        reporter.uninstall()
    message, details = signal.args
    assert "KeyError" in message
    assert "Traceback" in details
    assert "KeyError" in log_file().read_text(encoding="utf-8")


def test_one_window_per_database(qtbot: QtBot, db_path: Path, tmp_path: Path) -> None:
    first = SingleInstance(db_path)
    assert first.acquire()
    try:
        second = SingleInstance(db_path)
        assert not second.acquire()
        with qtbot.waitSignal(first.raise_requested, timeout=5000):
            assert second.ask_first_to_come_forward()
        other_database = SingleInstance(tmp_path / "other.sqlite")
        assert other_database.acquire()
        other_database.release()
    finally:
        first.release()
    again = SingleInstance(db_path)
    assert again.acquire()
    again.release()


def test_a_job_queued_after_shutdown_is_dropped_quietly(qtbot: QtBot) -> None:
    """A debounce timer may fire while the window closes; that is no crash."""
    runner = Runner()
    runner.shutdown()
    future = runner.run(lambda: 1)
    assert future.cancelled()
    assert runner.pending == 0
