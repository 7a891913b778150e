"""The connect-kiosk command: start the kiosk, or run an operator's task (selftest, load a catalogue)."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from kiosk import __version__


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="connect-kiosk",
        description="CONNECT Learning City kiosk. Without a subcommand it starts the kiosk.",
    )
    parser.add_argument("--version", action="version", version=f"connect-kiosk {__version__}")
    parser.add_argument("--demo", action="store_true",
                        help="use a separate demo store and load the demo city catalogue into it")
    parser.add_argument("--windowed", action="store_true",
                        help="run in a window instead of full screen (to try it on a desktop)")
    parser.add_argument("--database", type=Path, help="store file (default: in the data folder)")
    parser.add_argument("-v", "--verbose", action="store_true", help="log more detail")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    selftest = sub.add_parser(
        "selftest", help="start the real UI headless, search through it, exit 0 if all works"
    )
    selftest.add_argument("--timeout", type=float, default=30.0, help="seconds before giving up")
    pin = sub.add_parser("set-staff-pin", help="set the PIN that opens staff mode (asked twice)")
    pin.add_argument("--stdin", action="store_true",
                     help="read the PIN from standard input instead of asking (for provisioning)")
    load = sub.add_parser("load-catalogue", help="load a catalogue JSON file into the store")
    load.add_argument("file", type=Path)
    sample = sub.add_parser("sample-sheet", help="write a sample pathway sheet from the demo catalogue (to set up printers)")
    sample.add_argument("--lang", default="en", help="sheet language: en, de, es, el, ro, tr, uk or ar (default en)")
    sample.add_argument("--layout", choices=("a4", "80mm"), default="a4", help="A4 page or 80 mm thermal roll")
    sample.add_argument("--output", type=Path, required=True, metavar="FILE.pdf", help="where to write the PDF")
    sample.add_argument("--large-print", action="store_true", help="bigger type for people who see less well")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    if args.command == "load-catalogue":
        return _load_catalogue(args)
    if args.command == "set-staff-pin":
        return _set_staff_pin(args)
    if args.command == "sample-sheet":
        return _sample_sheet(args)
    if args.command == "selftest":
        from kiosk.gui.selftest import run_selftest

        return run_selftest(args)
    from kiosk.gui.app import run_kiosk

    return run_kiosk(args)


def database_path(args: argparse.Namespace, settings=None) -> Path:
    """The store this run uses: --database, else the demo store or the configured one.

    Without ``settings`` (kiosk.config.Settings) it reads them and logs their problems.
    """
    from kiosk.config import data_dir, load_settings

    if args.database:
        return args.database
    if args.demo:
        return data_dir() / "demo.sqlite"
    if settings is None:
        settings, problems = load_settings()
        for problem in problems:
            logging.getLogger("kiosk.config").warning("%s", problem)
    return settings.database_path


FORMAT_HINT = "The kiosk reads connect-catalogue/1 JSON files; see assets/catalogue/README.md"


def _load_catalogue(args: argparse.Namespace) -> int:
    import os

    from kiosk.bootstrap import open_store
    from kiosk.catalogue.load import (
        SECTIONS,
        CatalogueFileError,
        load_catalogue,
        merge_search_index,
        read_catalogue_file,
    )
    from kiosk.config import config_file, load_settings

    try:
        data = read_catalogue_file(args.file)
    except CatalogueFileError as exc:
        print(f"connect-kiosk: {exc}", file=sys.stderr)
        if args.file.is_file() and os.access(args.file, os.R_OK):  # read, but not a catalogue
            print(FORMAT_HINT, file=sys.stderr)
        return 1
    settings, problems = load_settings()
    for problem in problems:
        logging.getLogger("kiosk.config").warning("%s", problem)
    engine = open_store(database_path(args, settings))
    with engine.connect() as conn:
        report = load_catalogue(conn, data)
        merge_search_index(conn)  # commits the load first
    engine.dispose()
    print(f"loaded {report.offers} offers, {report.sessions} sessions, "
          f"{report.providers} providers, {report.venues} venues; "
          f"{len(report.rejected)} skipped, {len(report.repaired)} repairs")
    for kind, ident, reason in report.rejected:
        print(f"  skipped {kind} {ident}: {reason}")
    counts = {key: len(data[key]) if isinstance(data.get(key), list) else 0 for key in SECTIONS}
    # An offer already in the store in a newer version is not an error (stale): it is there.
    offers_in = report.offers + report.stale
    if counts["offers"] and not offers_in:
        print(f"connect-kiosk: none of the {counts['offers']} offers in {args.file.name} could be loaded "
              "(the reasons are above); the kiosk has nothing new to show", file=sys.stderr)
        return 1
    if sum(counts.values()) and not (offers_in or report.providers or report.venues):
        print(f"connect-kiosk: nothing in {args.file.name} could be loaded (the reasons are above)",
              file=sys.stderr)
        return 1
    if report.offers and settings.hub_url and settings.hub_token and not args.demo:
        print(f"note: this kiosk also syncs with a hub (hub_url in {config_file()}). The offers loaded "
              "from a file stay in the store beside the hub's, and syncing does not remove them; an "
              "offer with the same id as one of the hub's replaces the hub's copy. Loading a file is "
              "meant for kiosks without a hub.")
    return 0


def _set_staff_pin(args: argparse.Namespace) -> int:
    import getpass

    from kiosk.config import SettingsFileError, config_file, read_settings_file
    from kiosk.staff.pin import PinRefused, hash_pin, write_pin_hash

    try:  # before asking: the kiosk could not read a PIN from a file it cannot read
        read_settings_file(config_file())
    except SettingsFileError as exc:
        print(f"connect-kiosk: {exc}. Correct that line first (the kiosk runs on its defaults until "
              "then, without a staff PIN); nothing changed", file=sys.stderr)
        return 1
    if args.stdin:
        pin = sys.stdin.readline().strip()
    else:
        pin = getpass.getpass("New staff PIN (6-12 digits): ")
        if getpass.getpass("Same PIN again: ") != pin:
            print("connect-kiosk: the two PINs differ; nothing changed", file=sys.stderr)
            return 1
    try:
        pin_hash = hash_pin(pin)
    except PinRefused as exc:
        print(f"connect-kiosk: {exc}; nothing changed", file=sys.stderr)
        return 1
    try:
        write_pin_hash(config_file(), pin_hash)
    except SettingsFileError as exc:  # changed while the PIN was typed
        print(f"connect-kiosk: {exc}; nothing changed", file=sys.stderr)
        return 1
    print(f"staff PIN set in {config_file()}")
    return 0


def _sample_sheet(args: argparse.Namespace) -> int:
    from kiosk.config import load_settings
    from kiosk.sheets.fonts import FontsMissing
    from kiosk.sheets.sample import sample_sheet
    from kiosk.sheets.strings import languages

    if args.lang not in languages():
        print(f"connect-kiosk: no sheet in {args.lang!r} yet; choose one of {', '.join(languages())}", file=sys.stderr)
        return 2
    if not args.verbose:  # the sample's scratch demo store is migrated each time: not news to the operator
        logging.getLogger("alembic").setLevel(logging.WARNING)
    settings, _ = load_settings()
    origin = tuple(settings.kiosk_location) if len(settings.kiosk_location) == 2 else None
    try:
        pdf = sample_sheet(args.lang, args.layout, args.large_print, hub_url=settings.hub_url,
                           help_contact=settings.help_desk_in(args.lang), origin=origin)
        args.output.write_bytes(pdf)
    except FontsMissing as exc:
        print(f"connect-kiosk: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"connect-kiosk: cannot write {args.output}: {exc.strerror}", file=sys.stderr)
        return 1
    print(f"sample pathway sheet ({args.lang}, {args.layout}) written to {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
