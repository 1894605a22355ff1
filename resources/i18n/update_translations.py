"""Refresh FieldDesk's translations: collect the strings (`pyside6-lupdate`) from ui/ and app/ into the .ts
files, then compile them (`pyside6-lrelease`) into the .qm files the application loads.

    python resources/i18n/update_translations.py            # lupdate + lrelease
    python resources/i18n/update_translations.py --release  # lrelease only (after editing a .ts)

Translators edit the .ts files (Qt Linguist: `pyside6-linguist resources/i18n/fielddesk_nl.ts`). Strings
come from `self.tr()`, `QCoreApplication.translate()` and, for labels defined in app/ (which must not
import Qt), `app.i18n.QT_TRANSLATE_NOOP`.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
LANGUAGES = {"nl": "nl_BE", "fr": "fr_BE"}
SOURCES = ("ui", "app")


def tool(name: str) -> str:
    """The PySide6 tool next to this Python (the project's venv), else the one on PATH."""
    beside = Path(sys.executable).with_name(name)
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 (pip install PySide6-Essentials)")
    return found


def ts_file(language: str) -> Path:
    return HERE / f"fielddesk_{language}.ts"


def python_sources() -> list[str]:
    files = sorted(p for folder in SOURCES for p in (ROOT / folder).rglob("*.py") if "__pycache__" not in p.parts)
    return [str(p.relative_to(ROOT)) for p in files]


#: What lupdate makes of `#:` comments: in Python it takes them as notes for translators, and FieldDesk writes them
#: as the docs of attributes and constants, which it then pins on whatever string comes next.
_NOTES = re.compile(r"^ *<extracomment>.*?</extracomment>\n", re.MULTILINE | re.DOTALL)


def lupdate() -> None:
    sources = python_sources()
    for language, locale in LANGUAGES.items():
        ts = ts_file(language)
        subprocess.run([tool("pyside6-lupdate"), *sources, "-source-language", "en", "-target-language", locale,
                        "-no-obsolete", "-locations", "relative", "-ts", str(ts)], cwd=ROOT, check=True)
        ts.write_text(_NOTES.sub("", ts.read_text(encoding="utf-8")), encoding="utf-8")


def lrelease() -> None:
    for language in LANGUAGES:
        source = ts_file(language)
        subprocess.run([tool("pyside6-lrelease"), str(source), "-qm", str(source.with_suffix(".qm"))],
                       cwd=ROOT, check=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--release", action="store_true", help="only compile the .ts files into .qm files")
    args = parser.parse_args(argv)
    if not args.release:
        lupdate()
    lrelease()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
