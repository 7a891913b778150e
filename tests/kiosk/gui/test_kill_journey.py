"""The kiosk GUI process is killed (SIGKILL) at random moments of a citizen's journey, again and
again on the same store; each time the store is whole (nothing half-written: every sign-up has
its learner and its outbox row, every learning goal its claim code and outbox row), and the next
start shows the attract screen."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.orm import Session

from kiosk.store.models import Learner, LearningGoal, OutboxItem, SignUp

from .conftest import WINDOW_SIZE
from .qml_driver import item

pytestmark = pytest.mark.ui

WORKER = Path(__file__).with_name("kill_journey_worker.py")


def _run_and_kill(store: Path, rng: random.Random, target: int) -> tuple[list[str], list[str]]:
    """Start a kiosk process, let it go a random number of steps (and a random moment more) into
    its journeys, then SIGKILL it. Returns the steps it announced and what it said it saved
    ("saved <sign-up reference>", "goal <claim code>")."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_QUICK_BACKEND": "software"}
    steps, saved = [], []
    # Its log and any traceback, for the message when it gets stuck or stops by itself.
    log_path = store.with_name("kiosk-worker.log")
    with open(log_path, "w", encoding="utf-8") as log_file:
        proc = subprocess.Popen([sys.executable, str(WORKER), str(store)], env=env,
                                stdout=subprocess.PIPE, stderr=log_file, text=True)

    def told() -> str:
        return log_path.read_text(encoding="utf-8", errors="replace")[-3000:]

    try:
        assert proc.stdout is not None
        for line in proc.stdout:
            words = line.split()
            assert words and words[0] != "stuck", f"the kiosk got stuck after {steps[-3:]}:\n{told()}"
            if words[0] in ("saved", "goal"):
                saved.append(" ".join(words))
            else:
                steps.append(" ".join(words[1:]))
            if len(steps) >= target:
                break
        assert proc.poll() is None, f"the kiosk stopped by itself after {steps[-3:]}:\n{told()}"
        time.sleep(rng.uniform(0.0, 0.4))
        proc.send_signal(signal.SIGKILL)
        assert proc.wait(timeout=30) == -signal.SIGKILL
        saved += [line.strip() for line in proc.stdout if line.startswith(("saved ", "goal "))]
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        proc.stdout.close()
    return steps, saved


def _check_whole(store: Path, saved: set[str]) -> int:
    engine = create_engine(f"sqlite:///{store}")
    try:
        with engine.connect() as conn:
            assert conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"
            assert conn.execute(text("PRAGMA foreign_key_check")).all() == []
        with Session(engine) as s:
            sign_ups = s.scalars(select(SignUp)).all()
            outbox = {row.entity_uuid: row for row in s.scalars(select(OutboxItem).where(OutboxItem.kind == "sign_up"))}
            for su in sign_ups:  # a sign-up is written whole with its learner and outbox row, or not at all
                assert su.learner_id is not None and s.get(Learner, su.learner_id).display_name == "Dana"
                assert su.uuid in outbox and outbox[su.uuid].payload["learner"]["display_name"] == "Dana"
            assert set(outbox) == {su.uuid for su in sign_ups}
            assert s.scalar(select(func.count()).select_from(Learner)) == len(sign_ups)
            goals = s.scalars(select(LearningGoal)).all()
            goal_rows = s.scalars(select(OutboxItem).where(OutboxItem.kind == "learning_goal")).all()
            # A goal is written whole with its claim code and its one outbox row, or not at all.
            assert sorted(row.entity_uuid for row in goal_rows) == sorted(goal.uuid for goal in goals)
            by_uuid = {row.entity_uuid: row for row in goal_rows}
            for goal in goals:
                assert goal.claim_code and by_uuid[goal.uuid].payload["claim_code"] == goal.claim_code
                assert goal.own_words == "talk to the doctor"
            stored = {f"saved {su.uuid[:8].upper()}" for su in sign_ups} | {f"goal {g.claim_code}" for g in goals}
        assert saved <= stored, f"what the screen called saved is gone: {saved - stored}"
        return len(sign_ups)
    finally:
        engine.dispose()


def run_trials(qtbot, store_path: Path, trials: int, seed: int) -> None:
    rng = random.Random(seed)
    saved: set[str] = set()
    reached: list[str] = []
    for trial in range(trials):
        # About 25 steps per journey (10 to the sign-up, 15 to the goal): the first trial gets
        # past both saves, the others stop anywhere in the first journey.
        target = 30 if trial == 0 else rng.randint(1, 30)
        steps, new = _run_and_kill(store_path, rng, target)
        saved.update(new)
        reached.append(steps[-1])
        _check_whole(store_path, saved)
    # The kills landed in different places, and at least one journey was saved whole.
    assert len(set(reached)) >= 3, reached
    assert any(s.startswith("saved ") for s in saved) and any(s.startswith("goal ") for s in saved), reached

    from kiosk.gui.app import KioskWindow, prepare_environment

    prepare_environment(headless=True)
    kiosk = KioskWindow(store_path, full_screen=False, size=WINDOW_SIZE, default_language="en")
    try:
        qtbot.waitExposed(kiosk.window)
        qtbot.waitUntil(lambda: kiosk.kiosk.storeState == "ready", timeout=15000)
        assert kiosk.kiosk.screen == "attract"
        assert item(kiosk.window, "language_en").isVisible()
    finally:
        kiosk.close()
    assert _check_whole(store_path, saved) >= len([s for s in saved if s.startswith("saved ")])


def test_killed_at_any_moment_the_store_is_whole_and_the_next_start_shows_attract(qtbot, store_path) -> None:
    run_trials(qtbot, store_path, trials=4, seed=6)


@pytest.mark.slow
def test_killed_many_times(qtbot, store_path) -> None:
    run_trials(qtbot, store_path, trials=25, seed=7)
