"""The connect-hub command: serve the hub, print its contract, register kiosks, import catalogues."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from pathlib import Path

DEFAULT_DB = "hub.sqlite"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="connect-hub", description="The reference CONNECT city hub.")
    parser.add_argument("--database", default=os.environ.get("CONNECT_HUB_DATABASE", DEFAULT_DB),
                        help="SQLite file or database URL, e.g. postgresql://user@host/db "
                             "(default: $CONNECT_HUB_DATABASE or ./hub.sqlite)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    serve = sub.add_parser("serve", help="run the hub's HTTP API")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8470)
    serve.add_argument("--public-url", help="base URL citizens reach (for claim-code page links)")
    sub.add_parser("openapi", help="print the OpenAPI 3.1 contract as JSON")
    kiosk = sub.add_parser("kiosk", help="manage kiosks")
    kiosk_sub = kiosk.add_subparsers(dest="kiosk_command", metavar="ACTION", required=True)
    add = kiosk_sub.add_parser("add", help="register a kiosk and print its token (shown once)")
    add.add_argument("name")
    imp = sub.add_parser("import", help="load a connect-catalogue JSON file")
    imp.add_argument("file", type=Path)
    imp.add_argument("--replace", action="store_true",
                     help="offers missing from the file are deleted (tombstones reach the kiosks)")
    return parser


def openapi_document() -> dict:
    """The contract as the server describes itself (no database needed)."""
    from hub.app import create_app

    return create_app(db=None).openapi()  # type: ignore[arg-type]


def openapi_text() -> str:
    return json.dumps(openapi_document(), indent=2, ensure_ascii=False, sort_keys=True) + "\n"


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    if args.command == "openapi":
        sys.stdout.write(openapi_text())
        return 0

    from hub.db import HubDb

    db = HubDb(args.database)
    db.migrate()
    if args.command == "kiosk":
        from hub.kiosks import add_kiosk

        try:
            with db.write() as s:
                token = add_kiosk(s, args.name)
        except ValueError as exc:
            print(f"connect-hub: {exc}", file=sys.stderr)
            return 1
        print(token)
        return 0
    if args.command == "import":
        from hub.catalogue import import_catalogue
        from kiosk.catalogue.load import CatalogueFileError, read_catalogue_file

        try:
            data = read_catalogue_file(args.file)
        except CatalogueFileError as exc:
            print(f"connect-hub: {exc}", file=sys.stderr)
            return 1
        with db.write() as s:
            report = import_catalogue(s, data, replace=args.replace)
        print(f"{report.added} added, {report.changed} changed, {report.unchanged} unchanged, "
              f"{report.deleted} deleted, {len(report.rejected)} skipped")
        for kind, ident, reason in report.rejected:
            print(f"  skipped {kind} {ident}: {reason}")
        return 0

    import uvicorn

    from hub.app import create_app

    uvicorn.run(create_app(db, public_url=args.public_url), host=args.host, port=args.port, lifespan="off")
    return 0


if __name__ == "__main__":
    sys.exit(main())
