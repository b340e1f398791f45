"""Writes the given names and family names of many origins that the privacy scan knows
(crates/story/lexicon/world-*.txt) from the person providers of Faker (MIT licence), pinned by
scripts/lexicon/world-names.sh. Only names in the Latin script, lower-cased; the scan itself
decides where a name that is also a word counts (see lexicon.rs)."""

import importlib
import sys
import unicodedata
from pathlib import Path

# Origins common among patients, relatives and staff in Dutch care, in Faker's locale names.
LOCALES = [
    "nl_NL", "nl_BE", "de_DE", "fr_FR", "en_GB", "en_IE", "en_US", "en_IN", "en_PK", "tr_TR", "az_AZ",
    "uz_UZ", "pl_PL", "cs_CZ", "sk_SK", "hu_HU", "ro_RO", "hr_HR", "sl_SI", "lt_LT", "lv_LV", "et_EE",
    "id_ID", "vi_VN", "zh_CN", "zh_TW", "tw_GH", "yo_NG", "sw", "zu_ZA", "es_ES", "pt_PT", "pt_BR",
    "it_IT", "da_DK", "sv_SE", "no_NO", "fi_FI",
]
LATIN = "'-’ "


def latin(name: str) -> bool:
    return all(ord(c) < 0x250 or c in LATIN for c in name)


def folded(name: str) -> str:
    """The name as it is typed in a hurry, without diacritics: "hương" -> "huong"."""
    plain = unicodedata.normalize("NFD", name.replace("đ", "d").replace("ł", "l").replace("ı", "i"))
    return "".join(c for c in plain if not unicodedata.combining(c))


def names(provider, prefix: str) -> set[str]:
    found = set()
    for attr in dir(provider):
        # "first_names_female", "last_names_male", "unisex_last_names", "last_romanized_names".
        if not (prefix + "_name" in attr or prefix + "_romanized" in attr):
            continue
        value = getattr(provider, attr)
        if not isinstance(value, (list, tuple, dict)):
            continue
        for name in value:
            if isinstance(name, str) and latin(name.strip()):
                # One word a line: "li-mei" stays whole, "de vries" is read by the scan's particles.
                words = [w for w in name.strip().lower().split() if len(w) >= 2]
                found.update(words)
                found.update(folded(w) for w in words)
    return found


def main(out: Path) -> None:
    given, family = set(), set()
    for locale in LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        given |= names(provider, "first")
        family |= names(provider, "last")
    header = "# {} of many origins, lower case, one a line: from the person providers of Faker {}\n" \
             "# (MIT licence, FAKER-LICENSE.txt), written by scripts/lexicon/world-names.sh. Do not edit.\n"
    version = importlib.import_module("faker").VERSION
    (out / "world-given-names.txt").write_text(header.format("Given names", version) + "\n".join(sorted(given)) + "\n")
    (out / "world-family-names.txt").write_text(header.format("Family names", version) + "\n".join(sorted(family)) + "\n")
    print(f"{len(given)} given names, {len(family)} family names")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
