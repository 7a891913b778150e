"""Read-aloud through the real window: the speaker reads the screen in the citizen's language
(speech-dispatcher with espeak-ng, started and killed by the test), stops on the next screen, and
says so where no voice exists for the language."""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from .qml_driver import item, open_discover, open_offer, touch

pytestmark = pytest.mark.ui

REPO = Path(__file__).resolve().parents[3]


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A killed daemon whose parent is init may linger as a zombie for a moment.
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(")")[1].split()[0] != "Z"
    except (OSError, IndexError):
        return False


def _pids_using(folder: Path) -> list[int]:
    """Live processes whose command line names ``folder``: our daemon and its output modules
    (each is started with a path inside the folder: the socket, or the module's config)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and int(entry.name) != os.getpid():
            try:
                cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
            except OSError:
                continue
            if str(folder) in cmdline and _alive(int(entry.name)):
                found.append(int(entry.name))
    return found


@pytest.fixture
def speech_dispatcher(monkeypatch) -> Iterator[int]:
    """A speech-dispatcher of the test's own on a private socket; killed (SIGKILL) at the end.

    It daemonises: the process we start exits once the daemon has forked. The daemon and its
    output modules (sd_espeak-ng) are found by PID through /proc (their command lines name the
    test's own folder) and each is killed by its PID; the pid file alone was not enough (read
    too early it names the process that forked).
    """
    exe = shutil.which("speech-dispatcher")
    if exe is None:
        pytest.skip("speech-dispatcher is not installed (see tools/system-packages.txt)")
    folder = Path(tempfile.mkdtemp(prefix="speechd-"))  # short: a unix socket path has ~100 bytes
    sock, pid_file, conf = folder / "sock", folder / "pid", folder / "conf"
    # Its own settings: sound goes to ALSA's null device (a test machine has no speakers, and
    # with no sound at all speech-dispatcher never reports the end of a sentence).
    shutil.copytree("/etc/speech-dispatcher", conf)
    with open(conf / "speechd.conf", "a", encoding="utf-8") as settings:
        settings.write('\nAudioOutputMethod "alsa"\nAudioALSADevice "null"\n')
    starter = subprocess.Popen(
        [exe, "-d", "-c", "unix_socket", "-S", str(sock), "-P", str(pid_file), "-t", "0", "-L", str(folder),
         "-C", str(conf)],
        start_new_session=True, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        starter.wait(timeout=30)
        deadline = time.monotonic() + 20
        daemon = None
        while time.monotonic() < deadline and daemon is None:
            text = pid_file.read_text().strip() if pid_file.exists() else ""
            if sock.exists() and text.isdigit() and int(text) in _pids_using(folder):
                daemon = int(text)
            else:
                time.sleep(0.05)
        assert daemon is not None, "speech-dispatcher did not start (no socket or pid)"
        monkeypatch.setenv("SPEECHD_ADDRESS", f"unix_socket:{sock}")
        yield daemon
    finally:
        deadline = time.monotonic() + 10
        while (left := _pids_using(folder)) and time.monotonic() < deadline:
            for pid in left:
                try:
                    os.kill(pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
            time.sleep(0.05)
        assert _pids_using(folder) == [], "speech-dispatcher (or a module of it) still runs"
        shutil.rmtree(folder, ignore_errors=True)


def _speechd_plugin_loads() -> bool:
    """Qt lists its speechd plugin from metadata alone; loading it needs libspeechd too."""
    import ctypes.util

    from PySide6.QtTextToSpeech import QTextToSpeech

    return "speechd" in QTextToSpeech.availableEngines() and ctypes.util.find_library("speechd") is not None


def _states(reader) -> list[str]:
    """Every state the reader passes through (speech to a null device can end within a poll)."""
    seen = [reader.state]
    reader.changed.connect(lambda: seen[-1] != reader.state and seen.append(reader.state))
    return seen


def _name(it) -> str:
    from PySide6.QtGui import QAccessible

    return QAccessible.queryAccessibleInterface(it).text(QAccessible.Text.Name)


def _open_discover(qtbot, kiosk_window, language: str):
    win, vm = kiosk_window.window, kiosk_window.kiosk
    open_discover(qtbot, win, vm, language)
    return win, vm


def test_no_speech_engine_is_made_before_the_first_press(qtbot, kiosk_window) -> None:
    win, vm = _open_discover(qtbot, kiosk_window, "en")
    assert vm.readAloud._speech is None
    assert item(win, "readAloudButton").isVisible()


def test_the_speaker_reads_the_screen_in_german_and_stops_on_the_next_screen(
        qtbot, kiosk_window, speech_dispatcher) -> None:
    from PySide6.QtTextToSpeech import QTextToSpeech

    if not _speechd_plugin_loads():
        pytest.skip("Qt's speechd engine cannot load here (libspeechd2 missing)")
    win, vm = _open_discover(qtbot, kiosk_window, "de")
    reader = vm.readAloud
    seen = _states(reader)
    touch(qtbot, win, "readAloudButton")
    qtbot.waitUntil(lambda: "speaking" in seen, timeout=15000)
    assert reader._speech.engine() == "speechd"
    assert reader.spokenLocale == "de_DE"
    # What the screen shows, in German: the count line and the first offer's title.
    assert item(win, "resultCount").property("text") in reader.spokenText
    assert "Angebote" in reader.spokenText
    assert item(win, "offerTile_0").property("title") in reader.spokenText
    assert item(win, "readAloudPanel").isVisible()
    # The citizen moves on: the strip goes and the engine is quiet.
    open_offer(qtbot, win, vm)
    assert reader.state == "idle" and not reader.open
    qtbot.waitUntil(lambda: reader._speech.state() == QTextToSpeech.State.Ready, timeout=5000)
    # On an offer it reads the offer's details.
    del seen[1:]
    touch(qtbot, win, "readAloudButton")
    qtbot.waitUntil(lambda: "speaking" in seen, timeout=15000)
    offer = vm.details.offer
    assert offer["title"] in reader.spokenText and offer["description"][:40] in reader.spokenText
    assert vm.details.selected["day"] in reader.spokenText


def test_moving_on_stops_speech_in_the_middle_of_a_sentence(qtbot, kiosk_window) -> None:
    """Qt's mock engine speaks word by word in real time, so it is still speaking when the
    citizen touches an offer (speech-dispatcher's null sound device finishes at once)."""
    from PySide6.QtTextToSpeech import QTextToSpeech

    win, vm = kiosk_window.window, kiosk_window.kiosk
    reader = vm.readAloud
    reader.use_engine("mock")
    _open_discover(qtbot, kiosk_window, "en")
    touch(qtbot, win, "readAloudButton")
    qtbot.waitUntil(lambda: reader._speech is not None and reader._speech.state() == QTextToSpeech.State.Speaking)
    assert item(win, "readAloudButton").property("checked")  # the button now says "Stop reading"
    touch(qtbot, win, "offerTile_0")
    assert reader._speech.state() != QTextToSpeech.State.Speaking
    assert reader.state == "idle"
    touch(qtbot, win, "readAloudButton")
    qtbot.waitUntil(lambda: reader._speech.state() == QTextToSpeech.State.Speaking)
    touch(qtbot, win, "startOverButton")
    assert reader._speech.state() != QTextToSpeech.State.Speaking and not reader.open
    # The button itself stops too.
    touch(qtbot, win, "attractReadAloudButton")
    qtbot.waitUntil(lambda: reader._speech.state() == QTextToSpeech.State.Speaking)
    touch(qtbot, win, "attractReadAloudButton")
    assert reader._speech.state() != QTextToSpeech.State.Speaking


@pytest.mark.parametrize("language", ["ar", "es", "el", "ro", "tr", "uk"])
def test_each_language_is_read_with_a_voice_of_its_own(qtbot, kiosk_window, speech_dispatcher, language) -> None:
    """The kiosk's other languages (German is above, English is Qt's test voice) each find a
    voice of theirs in espeak-ng, and the screen is read in its words."""
    if not _speechd_plugin_loads():
        pytest.skip("Qt's speechd engine cannot load here (libspeechd2 missing)")
    win, vm = _open_discover(qtbot, kiosk_window, language)
    seen = _states(vm.readAloud)
    touch(qtbot, win, "readAloudButton")
    qtbot.waitUntil(lambda: "speaking" in seen, timeout=15000)
    assert vm.readAloud.spokenLocale.startswith(f"{language}_")
    assert item(win, "resultCount").property("text") in vm.readAloud.spokenText


def test_where_no_voice_exists_the_button_says_so(qtbot, kiosk_window) -> None:
    """Qt's mock engine has English voices only: German gets the message, not a failure."""
    win, vm = kiosk_window.window, kiosk_window.kiosk
    vm.readAloud.use_engine("mock")
    _open_discover(qtbot, kiosk_window, "de")
    touch(qtbot, win, "readAloudButton")
    qtbot.waitUntil(lambda: vm.readAloud.state == "noVoice")
    message = item(win, "readAloudMessage")
    qtbot.waitUntil(message.isVisible)
    assert message.property("text") != ""
    # The button itself says it too (to a screen reader: its accessible name).
    from PySide6.QtCore import QCoreApplication

    assert _name(item(win, "readAloudButton")) == QCoreApplication.translate(
        "ReadAloudButton", "No voice for this language")
    touch(qtbot, win, "readAloudCloseMessage")
    qtbot.waitUntil(lambda: not vm.readAloud.open)
    # The same citizen switches to English: now it speaks.
    touch(qtbot, win, "languageButton")
    touch(qtbot, win, "switchLanguage_en")
    touch(qtbot, win, "readAloudButton")
    qtbot.waitUntil(lambda: vm.readAloud.spokenLocale == "en_GB")
    assert vm.readAloud.spokenText.startswith("Find something to learn.")


def test_volume_and_speed_reach_the_engine(qtbot, kiosk_window) -> None:
    win, vm = kiosk_window.window, kiosk_window.kiosk
    reader = vm.readAloud
    reader.use_engine("mock")
    _open_discover(qtbot, kiosk_window, "en")
    touch(qtbot, win, "readAloudButton")
    qtbot.waitUntil(lambda: reader.spokenLocale == "en_GB")
    volume, rate = reader.volume, reader.rate
    touch(qtbot, win, "readAloudQuieter")
    touch(qtbot, win, "readAloudSlower")
    assert reader.volume < volume and reader.rate < rate
    assert reader._speech.volume() == pytest.approx(reader.volume)
    assert reader._speech.rate() == pytest.approx(reader.rate)
    for _ in range(10):
        reader.louder(-1)
    assert reader.volume == pytest.approx(0.2)  # never silent
    touch(qtbot, win, "startOverButton")  # the next citizen hears the usual volume and speed
    assert (reader.volume, reader.rate) == (pytest.approx(0.8), 0.0)


def test_the_attract_screen_reads_itself(qtbot, kiosk_window) -> None:
    win, vm = kiosk_window.window, kiosk_window.kiosk
    vm.readAloud.use_engine("mock")
    touch(qtbot, win, "attractReadAloudButton")
    qtbot.waitUntil(lambda: vm.readAloud.spokenLocale == "en_GB")
    assert vm.readAloud.spokenText.startswith("Learn something new in your city.")
    assert f"{vm.offerCount} offers to discover" in vm.readAloud.spokenText
    assert vm.screen == "attract"  # the press did not start a journey


def test_every_screen_has_something_to_read() -> None:
    """A screen added to kioskvm.SCREENS needs its reader in readaloudvm (else only the bar is read)."""
    from kiosk.gui import readaloudvm
    from kiosk.gui.kioskvm import SCREENS

    assert set(SCREENS) <= set(readaloudvm._READERS)


_TR_CALL = re.compile(r'\btr\("(\w+)", "((?:[^"\\]|\\.)*)"\)')


def test_every_sentence_read_aloud_is_a_string_of_its_screen() -> None:
    """readaloudvm.py asks for the QML's own qsTr strings: a changed string would stay English."""
    from kiosk.gui import readaloudvm

    source = (REPO / "kiosk" / "gui" / "readaloudvm.py").read_text(encoding="utf-8")
    wanted = [(ctx, text.replace('\\"', '"')) for ctx, text in _TR_CALL.findall(source)]
    wanted += [("GoalScreen", q) for q in readaloudvm._GOAL_QUESTIONS.values()]
    wanted += [("GoalScreen", a) for a in readaloudvm._GOAL_AIMS.values()]
    wanted += [("SignUpScreen", t) for t in readaloudvm._SIGN_UP_STATUS.values()]
    wanted += [("PathwayScreen", t) for t in readaloudvm._BASKET_SIGN_UPS.values()]  # the basket borrows them
    wanted += [("SignUpScreen", h) for h in ("Thank you!", "Before we save it", "Not saved yet", "Sign up")]
    assert len(wanted) > 20
    qml = {p.stem: p.read_text(encoding="utf-8") for p in (REPO / "ui").rglob("*.qml")}
    missing = [(ctx, text) for ctx, text in wanted
               if 'qsTr("' + text.replace('"', '\\"') + '")' not in qml.get(ctx, "")]
    assert missing == []


def test_the_pathway_is_read_step_by_step(qtbot, kiosk_window) -> None:
    win, vm = kiosk_window.window, kiosk_window.kiosk
    vm.readAloud.use_engine("mock")
    _open_discover(qtbot, kiosk_window, "en")
    touch(qtbot, win, "goalButton")
    touch(qtbot, win, "readAloudButton")  # the first question is read with its choices
    qtbot.waitUntil(lambda: vm.readAloud.spokenText.startswith("What would you like to do?"))
    assert "Learn German." in vm.readAloud.spokenText and "Something else." in vm.readAloud.spokenText
    touch(qtbot, win, "readAloudClose")
    touch(qtbot, win, "aim_learn_german")
    while vm.goal.step != "review":
        if vm.goal.step == "access":
            touch(qtbot, win, "access_childcare")  # a need no offer's record can answer
        touch(qtbot, win, "goalNextButton")
    touch(qtbot, win, "goalSaveButton")
    qtbot.waitUntil(lambda: vm.goal.step == "done", timeout=10000)
    touch(qtbot, win, "goalPathwayButton")
    qtbot.waitUntil(lambda: vm.pathway.state == "ready", timeout=15000)
    touch(qtbot, win, "readAloudButton")
    qtbot.waitUntil(lambda: vm.readAloud.spokenLocale == "en_GB")
    text = vm.readAloud.spokenText
    assert text.startswith("Your learning pathway.")
    steps = vm.pathway.steps
    assert steps, "the small catalogue plans at least one step for learning German"
    assert "Step 1." in text and steps[0]["title"] in text
    # The box that says what the kiosk could not check is read too, before the steps.
    assert "childcare" in vm.pathway.uncheckedNeeds
    assert vm.pathway.uncheckedNeeds in text and text.index("childcare") < text.index("Step 1.")


def test_the_basket_is_read_with_each_offers_day_and_time(qtbot, kiosk_window) -> None:
    win, vm = kiosk_window.window, kiosk_window.kiosk
    vm.readAloud.use_engine("mock")
    _open_discover(qtbot, kiosk_window, "en")
    open_offer(qtbot, win, vm)
    touch(qtbot, win, "addToPathwayButton")
    touch(qtbot, win, "basketButton")
    touch(qtbot, win, "readAloudButton")
    qtbot.waitUntil(lambda: vm.readAloud.spokenText.startswith("My list."))
    added = vm.basket.items[0]
    assert f"{added['title']}, {added['day']}, {added['time']}." in vm.readAloud.spokenText


def test_the_basket_reads_a_sign_up_made_this_visit_and_that_removing_keeps_it(qtbot, kiosk_window) -> None:
    from .qml_driver import sign_up_without_contact

    win, vm = kiosk_window.window, kiosk_window.kiosk
    vm.readAloud.use_engine("mock")
    _open_discover(qtbot, kiosk_window, "en")
    open_offer(qtbot, win, vm)
    touch(qtbot, win, "addToPathwayButton")
    touch(qtbot, win, "signUpButton")
    sign_up_without_contact(qtbot, win, vm, "Zoltan")
    touch(qtbot, win, "basketButton")
    touch(qtbot, win, "readAloudButton")
    qtbot.waitUntil(lambda: vm.readAloud.spokenText.startswith("My list."))
    text = vm.readAloud.spokenText
    assert "Signed up — " in text
    assert text.endswith("Removing an offer from this list does not cancel your sign-up.")
    assert "Zoltan" not in text


def test_a_description_in_another_language_is_not_read_in_this_voice(qtbot, kiosk_window) -> None:
    # What an Arabic voice would read (Qt's mock engine has English voices only).
    from kiosk.gui import readaloudvm

    win, vm = _open_discover(qtbot, kiosk_window, "ar")
    open_offer(qtbot, win, vm)  # English and German texts only
    text = readaloudvm._READERS["details"](vm)
    assert "تصف الجهة المنظمة هذا النشاط باللغة \u2068الإنجليزية\u2069 فقط." in text
    assert vm.details.offer["description"] not in text


def _consent_read_aloud(qtbot, kiosk_window, kind: str, contact: str = "") -> str:
    """Sign Zoltan up to the first offer as far as the consent, press read-aloud; what it said."""
    from .qml_driver import type_text

    win, vm = kiosk_window.window, kiosk_window.kiosk
    vm.readAloud.use_engine("mock")
    _open_discover(qtbot, kiosk_window, "en")
    open_offer(qtbot, win, vm)
    touch(qtbot, win, "signUpButton")
    touch(qtbot, win, "signUpName")
    type_text(win, "Zoltan")
    touch(qtbot, win, f"contact_{kind}")
    if contact:
        touch(qtbot, win, "signUpContact")
        type_text(win, contact)
    qtbot.waitUntil(lambda: vm.signUp.canContinue)
    touch(qtbot, win, "signUpNextButton")
    qtbot.waitUntil(lambda: vm.signUp.step == "consent")
    touch(qtbot, win, "readAloudButton")
    qtbot.waitUntil(lambda: vm.readAloud.spokenLocale == "en_GB")
    return vm.readAloud.spokenText


def test_the_sign_up_is_read_without_the_citizens_name_or_number(qtbot, kiosk_window) -> None:
    """What is kept and for how long is read out; the name and phone number never are."""
    text = _consent_read_aloud(qtbot, kiosk_window, "phone", "030 7654321")
    assert text.startswith("Before we save it.") and "You can cancel at any time" in text
    assert "Yes, I agree." in text
    assert "Zoltan" not in text and "7654321" not in text


def test_in_easy_read_the_sign_up_is_read_in_its_short_sentences(qtbot, kiosk_window) -> None:
    touch(qtbot, kiosk_window.window, "easyReadSwitch")
    text = _consent_read_aloud(qtbot, kiosk_window, "none")
    assert ("We keep only your name and one contact. The city's learning hub passes them to the provider, "
            "only for this offer.") in text
    assert "Nothing goes to advertisers." in text and "Ask the staff or the provider." in text
    assert "About your data" not in text and "Zoltan" not in text
