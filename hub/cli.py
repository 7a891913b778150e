"""The connect-hub command: serve the hub, print its contract, manage kiosks, import catalogues."""

from __future__ import annotations

import argparse
import json
import logging
import os
import shlex
import sys
from pathlib import Path

DEFAULT_DB = "hub.sqlite"
DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8470

log = logging.getLogger("hub")


def _port(text: str) -> int:
    """A TCP port number for argparse: 1 to 65535."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port number (1 to 65535)") from None
    if not 1 <= value <= 65535:
        raise argparse.ArgumentTypeError(f"{value} is not a port number (1 to 65535)")
    return value


def _parser() -> argparse.ArgumentParser:
    database_help = ("SQLite file or database URL, e.g. postgresql://user@host/db; an SQLite file's "
                     "folder must exist (default: $CONNECT_HUB_DATABASE, else ./hub.sqlite)")
    parser = argparse.ArgumentParser(prog="connect-hub", description="The reference CONNECT city hub.")
    parser.add_argument("--database", default=os.environ.get("CONNECT_HUB_DATABASE", DEFAULT_DB),
                        help=database_help)
    # The same option after the subcommand ("connect-hub serve --database ..."). SUPPRESS keeps
    # a subcommand that was not given it from overwriting the value given before it.
    database = argparse.ArgumentParser(add_help=False)
    database.add_argument("--database", default=argparse.SUPPRESS, help=database_help)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    serve = sub.add_parser("serve", parents=[database], help="run the hub's HTTP API")
    serve.add_argument("--host", default=DEFAULT_HOST,
                       help=f"address to listen on; 0.0.0.0 for every network (default: {DEFAULT_HOST})")
    serve.add_argument("--port", type=_port, default=DEFAULT_PORT,
                       help=f"TCP port to listen on, 1 to 65535 (default: {DEFAULT_PORT})")
    serve.add_argument("--public-url", metavar="URL",
                       help="the address citizens reach the hub at, e.g. https://learn.example.city; the "
                            "hub builds the learning-goal page links (URL/p/CLAIM-CODE) it answers kiosks "
                            "from it (default: the address each request came in on, which behind a "
                            "reverse proxy is usually not the public one)")
    sub.add_parser("openapi", help="print the OpenAPI 3.1 contract as JSON")
    kiosk = sub.add_parser("kiosk", parents=[database], help="manage kiosks and their tokens")
    kiosk_sub = kiosk.add_subparsers(dest="kiosk_command", metavar="ACTION", required=True)
    add = kiosk_sub.add_parser("add", parents=[database], help="register a kiosk and print its token (shown once)")
    add.add_argument("name")
    kiosk_sub.add_parser("list", parents=[database],
                         help="list the kiosks: name, when added, last heartbeat (never their tokens)")
    new_token = kiosk_sub.add_parser(
        "new-token", parents=[database],
        help="give a kiosk a new token and print it (shown once); its old token stops working at once")
    new_token.add_argument("name")
    imp = sub.add_parser("import", parents=[database], help="load a connect-catalogue JSON file")
    imp.add_argument("file", type=Path)
    imp.add_argument("--replace", action="store_true",
                     help="offers missing from the file are deleted (tombstones reach the kiosks); refused "
                          "when offers of the file were skipped or none loaded")
    imp.add_argument("--force", action="store_true",
                     help="with --replace: delete the missing offers even then")
    return parser


def openapi_document() -> dict:
    """The contract as the server describes itself (no database needed)."""
    from hub.app import create_app

    return create_app(db=None).openapi()  # type: ignore[arg-type]


def openapi_text() -> str:
    return json.dumps(openapi_document(), indent=2, ensure_ascii=False, sort_keys=True) + "\n"


def _fail(message: str) -> int:
    """Tell the operator what went wrong; the exit code for it."""
    print(f"connect-hub: {message}", file=sys.stderr)
    return 1


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command == "import" and args.force and not args.replace:
        parser.error("--force goes with --replace (a plain import deletes nothing)")
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    # Alembic narrates every step at INFO (about ten lines per command); our own line says what ran.
    logging.getLogger("alembic").setLevel(logging.WARNING)
    if args.command == "openapi":
        sys.stdout.write(openapi_text())
        return 0

    from sqlalchemy.exc import OperationalError

    from hub.db import HubDb, HubDbError, shown_url

    try:
        db = HubDb(args.database)
    except HubDbError as exc:
        return _fail(str(exc))
    shown = shown_url(args.database)
    if db.created:
        log.info("created a new, empty hub database at %s", shown)
    else:
        log.info("using the hub database %s", shown)
    try:
        try:
            db.migrate()  # the first connection: a wrong host, user or file shows here
        except OperationalError as exc:
            reason = (str(exc.orig).strip().splitlines() or ["unknown reason"])[0]
            return _fail(f"cannot open the hub database {shown}: {reason}")
        if args.command == "kiosk":
            return _kiosk(db, args)
        if args.command == "import":
            return _import(db, args)
        _serve(db, args)
        return 0
    finally:
        db.dispose()


def _kiosk(db, args: argparse.Namespace) -> int:
    """connect-hub kiosk add | list | new-token."""
    from hub.kiosks import KioskExists, NoSuchKiosk, add_kiosk, kiosk_rows, new_token

    if args.kiosk_command == "list":
        with db.read() as s:
            rows = kiosk_rows(s)
        if not rows:
            print('no kiosks yet; add one with: connect-hub kiosk add "NAME"', file=sys.stderr)
            return 0
        header = ("NAME", "ADDED (UTC)", "LAST HEARTBEAT (UTC)", "APP VERSION")
        table = [header, *[(r.name, _when(r.created_at), _when(r.heartbeat_at), r.app_version or "")
                           for r in rows]]
        widths = [max(len(row[i]) for row in table) for i in range(len(header) - 1)]
        for row in table:
            print("  ".join([*(cell.ljust(w) for cell, w in zip(row, widths)), row[-1]]).rstrip())
        return 0
    try:
        with db.write() as s:
            token = add_kiosk(s, args.name) if args.kiosk_command == "add" else new_token(s, args.name)
    except KioskExists as exc:
        return _fail(f"{exc}; to give it a new token (its old one then stops working), run: "
                     f"connect-hub kiosk new-token {shlex.quote(args.name.strip())}")
    except NoSuchKiosk as exc:
        return _fail(f"{exc}; see the kiosks with: connect-hub kiosk list")
    except ValueError as exc:
        return _fail(str(exc))
    print(token)
    return 0


def _when(value) -> str:
    """A stored time (naive UTC) for the kiosk list."""
    return value.strftime("%Y-%m-%d %H:%M") if value is not None else "never"


def _import(db, args: argparse.Namespace) -> int:
    """connect-hub import FILE [--replace [--force]]."""
    from hub.catalogue import ImportReport, ReplaceRefused, import_catalogue
    from kiosk.catalogue.load import CatalogueFileError, read_catalogue_file

    def skipped(report: ImportReport) -> None:
        for kind, ident, reason in report.rejected:
            print(f"  skipped {kind} {ident}: {reason}")

    try:
        data = read_catalogue_file(args.file)
    except CatalogueFileError as exc:
        return _fail(str(exc))
    try:
        with db.write() as s:
            report = import_catalogue(s, data, replace=args.replace, force=args.force)
    except ReplaceRefused as refused:
        skipped(refused.report)
        if refused.skipped_offers == 0:
            why = f"{args.file} has no offers, so"
        elif refused.offers_loaded == 0:
            why = f"none of the {refused.skipped_offers} offers in {args.file} could be loaded, so"
        else:
            why = (f"{refused.skipped_offers} offers in {args.file} were skipped (reasons above), so the "
                   "older versions of those would go too, and")
        return _fail(f"nothing was imported or deleted: {why} --replace would delete {refused.would_delete} "
                     "of the hub's offers. Check that this is the right file, or add --force to replace anyway.")
    print(f"{report.added} added, {report.changed} changed, {report.unchanged} unchanged, "
          f"{report.deleted} deleted, {len(report.rejected)} skipped")
    skipped(report)
    if report.rejected and report.loaded == 0:
        return _fail(f"none of the {len(report.rejected)} records in {args.file} could be loaded (reasons "
                     "above); is it a connect-catalogue/1 file? See the catalogue format's README "
                     "(assets/catalogue/README.md in the kiosk's source).")
    return 0


def _serve(db, args: argparse.Namespace) -> None:
    """connect-hub serve: the HTTP API until stopped."""
    import uvicorn

    from hub.app import create_app

    uvicorn.run(create_app(db, public_url=args.public_url), host=args.host, port=args.port, lifespan="off")


if __name__ == "__main__":
    sys.exit(main())
