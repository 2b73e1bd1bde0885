"""Write rules/lexicon/countries.yaml from pycountry: official and common country names.

The canonical form is the short name English-language news uses (``Russia``,
``South Korea``, ``Ivory Coast``); pycountry's ISO name, official name and the
settled former names below become its variants. Names that are English words
(``Turkey``, ``China``, ``Chad``) are safe: variants match only as written. Run it again when
pycountry or the overrides change:

    python tools/build_countries_pack.py > rules/lexicon/countries.yaml
"""

from __future__ import annotations

import json
import sys
from importlib.metadata import version

import pycountry

from normkit.matching import fold
from normkit.stages.lexicon import english_words

# the short name of the English-language press (AP, Reuters) where the ISO names differ
CANONICAL = {
    "TUR": "Turkey", "CZE": "Czech Republic", "RUS": "Russia", "CIV": "Ivory Coast",
    "CPV": "Cape Verde", "TLS": "East Timor", "COD": "Democratic Republic of Congo",
    "COG": "Republic of Congo", "BRN": "Brunei", "FSM": "Micronesia", "VAT": "Vatican City",
    "GBR": "United Kingdom", "USA": "United States", "MKD": "North Macedonia", "SWZ": "Eswatini",
    "MMR": "Myanmar",
}
# more variants: former names whose change is settled in English news, and common forms
EXTRA = {
    "SWZ": ["Swaziland", "Kingdom of Swaziland"],
    "MKD": ["Former Yugoslav Republic of Macedonia", "FYR Macedonia", "Republic of Macedonia"],
    "MMR": ["Burma", "Republic of the Union of Myanmar"],
    "TUR": ["Türkiye", "Turkiye", "Republic of Türkiye", "Republic of Turkey"],
    "CZE": ["Czechia"],
    "CIV": ["Côte d'Ivoire", "Republic of Côte d'Ivoire"],
    "CPV": ["Cabo Verde", "Republic of Cabo Verde"],
    "TLS": ["Timor-Leste", "Timor Leste", "Democratic Republic of Timor-Leste"],
    "COD": ["Democratic Republic of the Congo", "Congo, The Democratic Republic of the",
            "DR Congo"],
    "COG": ["Republic of the Congo", "Congo-Brazzaville"],
    "VNM": ["Viet Nam"],
    "KOR": ["Republic of Korea"],
}
# official names that name something else too, and disputed names: left alone
SKIP_NAMES = {
    "Federal Republic of Germany",  # West Germany before 1990
    "Kingdom of the Netherlands",  # the Netherlands and its Caribbean countries
    "Republic of Ireland",  # the football team, and the island's state vs Northern Ireland
    "Congo", "Macedonia", "Georgia",
}
SKIP_COUNTRIES = {"TWN", "PSE"}  # their names are political choices, not spellings
GUARDS = {  # historical and homonym uses of a variant, and names of organisations
    "MMR": {"forbid_after": ["Road", "Star", "Railway", "campaign", "Campaign", "Rifles"]},
    "TUR": {"forbid_after": ["İş", "Is", "Halk", "Petrolleri", "Cumhuriyeti", "Vakıflar",
                             "Vakiflar", "Garanti", "Bankası", "Bankasi"]},
    "IRN": {"forbid_after": ["News", "Broadcasting", "Shipping", "Air", "Navy", "Army"]},
    "KOR": {"forbid_after": ["Army", "Navy", "Air", "Armed", "Marine", "Marines"]},
    "COG": {"forbid_before": ["People's"]},
    "COD": {"forbid_before": ["People's"]},
}
LOWER_CASE = {"TUR": "We ate {} for dinner.", "CHN": "A cabinet of fine {}.",
              "TCD": "A hanging {} on the ballot."}
THE = ("United ", "Republic ", "Democratic ", "Czech ", "Central African", "Dominican ")
EXAMPLE = "Talks with {} resumed on Monday."


def takes_article(name: str) -> bool:
    """``the United States``, ``the Netherlands``: the article stays outside the match."""
    return name.startswith(THE) or name.endswith(("Islands", "lands", "pines")) or name in {
        "Bahamas", "Gambia", "Maldives", "Comoros", "Seychelles", "Vatican City"}


def country_rules() -> list[dict]:
    rules = []
    words = english_words()
    for country in pycountry.countries:
        code = country.alpha_3
        if code in SKIP_COUNTRIES:
            continue
        canonical = CANONICAL.get(code) or getattr(country, "common_name", None) or country.name
        names = [country.name, getattr(country, "official_name", None), *EXTRA.get(code, [])]
        variants = []
        for name in names:
            if name and name.lower().startswith("the "):
                name = name[4:]
            if not name or name in SKIP_NAMES or fold(name) == fold(canonical):
                continue
            variants.append(name)
            if not takes_article(canonical) and not name.startswith(("the ", "The ")) \
                    and "," not in name and name.split()[0] in ("Republic", "Islamic",
                    "Kingdom", "State", "United", "Democratic", "Federal", "Socialist",
                    "Plurinational", "Bolivarian", "Syrian", "Lao", "Russian", "Czech",
                    "Former", "Commonwealth", "Principality", "Sultanate", "Grand"):
                variants += ["the " + name, "The " + name]
        if not variants:
            continue
        variants = list(dict.fromkeys(variants))
        rule = {"id": code.lower(), "canonical": canonical, "variants": variants}
        rule.update(GUARDS.get(code, {}))
        if fold(canonical) in words:
            rule["lowercase_example"] = True
        first = next((v for v in variants if v.startswith("the ")), variants[0])
        rule["examples"] = [(EXAMPLE.format(first), EXAMPLE.format(canonical))]
        if rule.get("lowercase_example"):
            lower = LOWER_CASE.get(code, "the word {} in lower case").format(canonical.lower())
            rule["examples"].append((lower, None))
        rules.append(rule)
    return rules


def render(rules: list[dict]) -> str:
    q = lambda s: json.dumps(s, ensure_ascii=False)  # noqa: E731 - JSON strings are YAML
    out = [
        "# Generated by tools/build_countries_pack.py from pycountry; edit the script, not this.",
        "normkit: 1",
        "pack:",
        "  id: countries",
        "  version: 0.1.0",
        "  description: >-",
        "    Country names in the short form English-language news uses: ISO and official",
        "    names (Russian Federation, Republic of Korea, Viet Nam) and settled former names",
        "    (Swaziland, Burma, FYROM) become Russia, South Korea, Vietnam, Eswatini, Myanmar,",
        "    North Macedonia. Opt-in: the default profile leaves it out. Variants match only",
        "    as written (case-sensitive): 'state of Qatar' and 'turkey' stay. Former names",
        "    change in historical text too: leave the pack out for archives.",
        "  lang: [en]",
        "  license: CC0-1.0",
        f"  source: [\"pycountry {version('pycountry')} (ISO 3166-1 names from Debian"
        " iso-codes)\", \"AP and Reuters usage\"]",
        "rules:",
    ]
    for rule in rules:
        out.append(f"  - id: {rule['id']}")
        out.append("    kind: alias")
        out.append(f"    canonical: {q(rule['canonical'])}")
        out.append("    variants: [" + ", ".join(q(v) for v in rule["variants"]) + "]")
        out.append("    case_sensitive: true")
        for key in ("forbid_before", "forbid_after"):
            if key in rule:
                out.append(f"    {key}: [" + ", ".join(q(v) for v in rule[key]) + "]")
        out.append("    examples:")
        for text_in, text_out in rule["examples"]:
            if text_out is None:
                out.append(f"      - {{in: {q(text_in)}}}")
            else:
                out.append(f"      - {{in: {q(text_in)}, out: {q(text_out)}}}")
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    sys.stdout.write(render(country_rules()))
