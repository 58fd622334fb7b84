"""Generate transliteration variants of the gazetteer's Cyrillic names (offline, run by hand).

Reads the native names (``uk:``/``ru:``/``be:`` fields) of ``flows/names/data/{persons,places,
organisations}.txt`` and writes ``flows/names/data/variants.tsv``: one line per distinct Latin
spelling, ``canonical<TAB>schemes<TAB>variant``. Schemes:

- ``de``: German Duden/dpa forms from the Ukrainian (``Selenskyj``, ``Saluschnyj``), with the older
  ``x`` for кс (``Olexander``), written here;
- ``de-ru``: older Russian-based German forms from the Russian name (``Selenski``, ``Selenskij``,
  ``Wladimir``), written here (Duden rules, with both ``-i`` and the older ``-ij`` endings);
- ``en-bgn``, ``ua-2010`` (Ukraine's national system of 2010, KMU), ``fr``, ``passport``, ``simple``,
  ``de-translitua``: from ``translitua`` for Ukrainian names;
- ``en-wiki``, ``en-bgn``, ``icao``, ``scientific``, ``fr``: from ``iuliia`` for Russian names.

The runtime never imports translitua or iuliia; only this script does. Usage::

    .venv/bin/pip install translitua==2.0 iuliia==0.13.0
    .venv/bin/python scripts/build_gazetteer.py
"""
from __future__ import annotations

import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

import iuliia
import translitua

DATA = Path(__file__).resolve().parents[1] / "flows" / "names" / "data"
SOURCES = ("persons.txt", "places.txt", "organisations.txt")
OUTPUT = DATA / "variants.tsv"

VOWELS_RU = set("аеёиоуыэюяАЕЁИОУЫЭЮЯ")

#: Russian -> German (Duden). е/ё/ю/я depend on position and are handled in ru_to_german.
RU_DE = {
    "а": "a", "б": "b", "в": "w", "г": "g", "д": "d", "ж": "sch", "з": "s", "и": "i", "й": "j",
    "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ф": "f", "х": "ch", "ц": "z", "ч": "tsch", "ш": "sch", "щ": "schtsch", "ъ": "",
    "ы": "y", "ь": "", "э": "e", "ю": "ju", "я": "ja", "е": "e", "ё": "jo",
}

#: Ukrainian -> German (dpa / Duden usage since the 2010s).
UK_DE = {
    "а": "a", "б": "b", "в": "w", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "je", "ж": "sch",
    "з": "s", "и": "y", "і": "i", "ї": "ji", "й": "j", "к": "k", "л": "l", "м": "m", "н": "n",
    "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "ch", "ц": "z",
    "ч": "tsch", "ш": "sch", "щ": "schtsch", "ь": "", "ю": "ju", "я": "ja", "'": "", "’": "",
    "ʼ": "",
}

#: Belarusian letters not in the Russian table, for the German rendering of be: names.
BE_EXTRA = {"і": "i", "ў": "u"}


def _case(src: str, out: str) -> str:
    return out[:1].upper() + out[1:] if src[:1].isupper() else out


def ru_to_german(word: str, old_endings: bool = False) -> str:
    """One Russian word in German Duden transliteration (``Дмитрий`` -> ``Dmitri``).

    ``old_endings`` gives the older forms with ``-ij``/``-yj`` (``Dmitrij``).
    """
    low = word.lower()
    out: list[str] = []
    for i, ch in enumerate(low):
        prev = low[i - 1] if i else ""
        nxt = low[i + 1] if i + 1 < len(low) else ""
        at_start_or_after_vowel = not prev or prev in VOWELS_RU or prev in "ъь"
        if ch == "е":
            out.append("je" if at_start_or_after_vowel else "e")
        elif ch == "ё":
            out.append("o" if prev in "жшчщ" else "jo")
        elif ch == "й" and not nxt and prev in "иы":
            out.append("j" if old_endings else "")
        elif ch == "с" and prev in VOWELS_RU and nxt in VOWELS_RU:
            out.append("ss")
        elif ch in RU_DE:
            out.append(RU_DE[ch])
        elif ch in BE_EXTRA:
            out.append(BE_EXTRA[ch])
        else:
            out.append(ch)
    return _case(word, "".join(out))


def uk_to_german(word: str, x_for_ks: bool = False) -> str:
    """One Ukrainian word in German dpa transliteration (``Залужний`` -> ``Saluschnyj``)."""
    low = word.lower()
    out = "".join(UK_DE.get(ch, ch) for ch in low)
    if x_for_ks:
        out = out.replace("ks", "x")
    return _case(word, out)


def _words(name: str, fn) -> str:
    return "-".join(" ".join(fn(w) for w in part.split()) for part in name.split("-"))


def _clean(variant: str) -> str:
    """Drop scheme apostrophes and diacritics that German news never prints (``Zelens'kyy``)."""
    variant = unicodedata.normalize("NFC", variant)
    return re.sub(r"\s+", " ", variant.replace("'", "").replace("’", "").replace("ʼ", "").replace("ʹ", "")).strip()


def variants_of(lang: str, native: str) -> dict[str, set[str]]:
    """All Latin spellings of one native name, mapped to the schemes producing them."""
    found: dict[str, set[str]] = defaultdict(set)

    def add(scheme: str, text: str) -> None:
        text = _clean(text)
        if text and not re.search(r"[^\w\s.\-]", text):
            found[text].add(scheme)

    if lang == "uk":
        add("de", _words(native, uk_to_german))
        add("de", _words(native, lambda w: uk_to_german(w, x_for_ks=True)))
        add("ua-2010", translitua.translit(native, translitua.UkrainianKMU))
        add("en-bgn", translitua.translit(native, translitua.UkrainianBGN))
        add("fr", translitua.translit(native, translitua.UkrainianFrench))
        add("passport", translitua.translit(native, translitua.UkrainianPassport2007))
        add("simple", translitua.translit(native, translitua.UkrainianSimple))
        add("de-translitua", translitua.translit(native, translitua.UkrainianGerman))
    elif lang == "be":
        add("de-ru", _words(native, ru_to_german))
    else:
        add("de-ru", _words(native, ru_to_german))
        add("de-ru", _words(native, lambda w: ru_to_german(w, old_endings=True)))
        for scheme, schema in (("en-wiki", iuliia.WIKIPEDIA), ("en-bgn", iuliia.BGN_PCGN),
                               ("icao", iuliia.ICAO_DOC_9303), ("scientific", iuliia.SCIENTIFIC),
                               ("fr", iuliia.MVD_310_FR)):
            add(scheme, schema.translate(native))
    return found


def parse_natives(line: str) -> tuple[str, list[tuple[str, str]]] | None:
    fields = [f.strip() for f in line.split("|")]
    if len(fields) < 4 or not fields[3]:
        return None
    natives = []
    for item in fields[3].split(";"):
        lang, _, text = item.strip().partition(":")
        if text:
            natives.append((lang.strip(), text.strip()))
    return fields[1], natives


def build() -> list[tuple[str, str, str]]:
    rows: list[tuple[str, str, str]] = []
    for source in SOURCES:
        for line in (DATA / source).read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            parsed = parse_natives(line)
            if parsed is None:
                continue
            canonical, natives = parsed
            merged: dict[str, set[str]] = defaultdict(set)
            for lang, native in natives:
                for variant, schemes in variants_of(lang, native).items():
                    merged[variant] |= {f"{lang}:{s}" for s in schemes}
            for variant in sorted(merged):
                if variant != canonical:
                    rows.append((canonical, ",".join(sorted(merged[variant])), variant))
    return rows


def main() -> int:
    rows = build()
    header = (
        "# Generated by scripts/build_gazetteer.py from the native (Cyrillic) names of the gazetteer.\n"
        f"# translitua {getattr(translitua, '__version__', '2.0')}, iuliia {iuliia.__version__ if hasattr(iuliia, '__version__') else '0.13.0'}; "
        "German tables (uk-de, ru-de) written in the script. Do not edit by hand.\n"
        "# canonical\tschemes\tvariant\n"
    )
    OUTPUT.write_text(header + "".join(f"{c}\t{s}\t{v}\n" for c, s, v in rows), encoding="utf-8")
    print(f"wrote {len(rows)} variants to {OUTPUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
