#!/usr/bin/env python3
"""Validate the diplo knowledge files (stdlib only).

Usage: python3 Knowledge/check.py [knowledge_dir]

Errors (exit status 1): wrong column counts, bad ISO dates, from > to, duplicate ids,
unknown roles/kinds, dangling references (office actor, parent, capital, institution place,
country codes), aliases shared between an actor and a place/country, two people holding the
same single-holder office (role + country) for more than a month at once (unless the pair is
listed in DISPUTED_OFFICES), one surname alias shared by two people (it could name either), and
a one-word person alias that is a word of a language file (a trigger, cue, role or calendar
word such as "Said" or "Mercredi" would turn ordinary prose into a person).
Warnings: a multi-word alias shared by two actors (namesakes), an alias shared by two places,
a one-word place alias that is a language-file word.
"""
import os
import re
import sys
import unicodedata

ROLES = {
    "head_of_state", "head_of_government", "foreign_minister", "defence_minister",
    "interior_minister", "finance_minister", "spokesperson", "foreign_spokesperson",
    "crown_prince", "supreme_leader", "vice_president", "national_security_adviser",
    "secretary_general", "council_president", "commission_president",
    "high_representative", "security_council_secretary",
}
PLACE_KINDS = {"country", "region", "city", "area", "continent"}
ACTOR_KINDS = {"person", "organization"}
LEADER = {"head_of_state", "head_of_government"}
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
ID_RE = re.compile(r"^(Q\d+|local:[a-z0-9][a-z0-9-]*|[A-Z]{2})$")

# Offices with rival holders in some period (civil war, rival governments): overlaps stay warnings.
DISPUTED_OFFICES = {
    ("head_of_government", "LY"),  # Jamahiriya government vs National Transitional Council (2011), GNU vs HoR (2022-)
    ("head_of_state", "LY"),
    ("head_of_state", "VE"),       # Maduro vs Guaidó as interim president (2019-2023)
    ("head_of_government", "YE"),  # Hadi government vs Houthi Supreme Political Council
}

errors = []
warnings = []


def err(msg):
    errors.append(msg)


def warn(msg):
    warnings.append(msg)


def norm(s):
    """Normalise like the matcher: case, diacritics, ligatures, apostrophes/hyphens."""
    s = s.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE")
    s = s.replace("ß", "ss")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.lower()
    s = re.sub(r"[\'’‘`´\-‐‑–—.]", " ", s)
    return " ".join(s.split())


def read_tsv(path, ncols):
    rows = []
    if not os.path.exists(path):
        err(f"{path}: missing")
        return rows
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n").rstrip("\r")
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) != ncols:
                err(f"{os.path.basename(path)}:{n}: {len(cols)} columns, expected {ncols}: {line[:80]!r}")
                continue
            for c in cols:
                if c != c.strip():
                    err(f"{os.path.basename(path)}:{n}: stray whitespace in field {c!r}")
                if "||" in c or c.startswith("|") or c.endswith("|"):
                    err(f"{os.path.basename(path)}:{n}: empty list item in {c[:60]!r}")
            rows.append((n, cols))
    return rows


def split_list(field):
    return [a for a in field.split("|") if a] if field else []


def date_key(d, end=False):
    parts = d.split("-")
    y = int(parts[0])
    m = int(parts[1]) if len(parts) > 1 else (12 if end else 1)
    day = int(parts[2]) if len(parts) > 2 else (31 if end else 1)
    return (y, m, day)


def valid_date(d):
    if not DATE_RE.match(d):
        return False
    parts = d.split("-")
    y = int(parts[0])
    if not 1900 <= y <= 2100:
        return False
    if len(parts) > 1 and not 1 <= int(parts[1]) <= 12:
        return False
    if len(parts) > 2:
        m, day = int(parts[1]), int(parts[2])
        mdays = [31, 29 if (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)) else 28,
                 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
        if not 1 <= day <= mdays:
            return False
    return True


def language_words(base):
    """One-word phrases of the language files (triggers, cues, words, roles, calendar), folded."""
    found = {}
    lang = os.path.join(base, "lang")
    if not os.path.isdir(lang):
        return found
    for code in sorted(os.listdir(lang)):
        for fname, col in (("triggers.tsv", 1), ("cues.tsv", 1), ("words.tsv", 1),
                           ("calendar.tsv", 1), ("roles.tsv", 0)):
            path = os.path.join(lang, code, fname)
            if not os.path.exists(path):
                continue
            with open(path, encoding="utf-8") as f:
                for line in f:
                    if not line.strip() or line.startswith("#"):
                        continue
                    cols = line.rstrip("\n").split("\t")
                    if len(cols) <= col:
                        continue
                    w = norm(cols[col].rstrip("*"))
                    if w and " " not in w:
                        found.setdefault(w, f"lang/{code}/{fname}")
    return found


def main():
    base = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    p = lambda name: os.path.join(base, name)

    countries = read_tsv(p("countries.tsv"), 7)
    actors = read_tsv(p("actors.tsv"), 5)
    offices = read_tsv(p("offices.tsv"), 5)
    institutions = read_tsv(p("institutions.tsv"), 6)
    places = read_tsv(p("places.tsv"), 5)

    # ---- places
    place_ids = {}
    for n, (pid, kind, name, parent, aliases) in places:
        if not ID_RE.match(pid):
            err(f"places.tsv:{n}: bad id {pid!r}")
        if pid in place_ids:
            err(f"places.tsv:{n}: duplicate id {pid} (first at line {place_ids[pid][0]})")
        place_ids[pid] = (n, kind, parent)
        if kind not in PLACE_KINDS:
            err(f"places.tsv:{n}: bad kind {kind!r}")
        if not name:
            err(f"places.tsv:{n}: empty name")
    for pid, (n, kind, parent) in place_ids.items():
        if parent and parent not in place_ids:
            err(f"places.tsv:{n}: parent {parent!r} of {pid} not in places.tsv")
        if kind == "country" and parent:
            err(f"places.tsv:{n}: country {pid} should have no parent")
        if parent == pid:
            err(f"places.tsv:{n}: {pid} is its own parent")
    # cycles
    for pid in place_ids:
        seen, cur = set(), pid
        while cur and cur in place_ids:
            if cur in seen:
                err(f"places.tsv: parent cycle through {pid}")
                break
            seen.add(cur)
            cur = place_ids[cur][2]

    # ---- countries
    country_codes = {}
    for n, (code, qid, name, aliases, adjs, capital, leader) in countries:
        if not re.match(r"^[A-Z]{2}$", code):
            err(f"countries.tsv:{n}: bad code {code!r}")
        if code in country_codes:
            err(f"countries.tsv:{n}: duplicate code {code}")
        country_codes[code] = n
        if not re.match(r"^Q\d+$", qid):
            err(f"countries.tsv:{n}: bad qid {qid!r}")
        # "head_of_state..2018-04-09|head_of_government": earlier leader offices with their last day, then today's.
        *earlier, current = leader.split("|")
        if current not in LEADER or any(not re.match(r"^[a-z_]+\.\.\d{4}-\d{2}-\d{2}$", e) or e.split("..")[0] not in LEADER for e in earlier):
            err(f"countries.tsv:{n}: bad leader {leader!r}")
        if capital and capital not in place_ids:
            err(f"countries.tsv:{n}: capital {capital!r} of {code} not in places.tsv")
        elif capital and place_ids[capital][1] not in ("city",):
            warn(f"countries.tsv:{n}: capital {capital} of {code} is not a city")
        if code not in place_ids:
            err(f"countries.tsv:{n}: {code} has no row in places.tsv")
        elif place_ids[code][1] != "country":
            err(f"places.tsv: {code} should have kind country")
    qids = {}
    for n, cols in countries:
        if cols[1] in qids:
            err(f"countries.tsv:{n}: duplicate qid {cols[1]} (also {qids[cols[1]]})")
        qids[cols[1]] = cols[0]
    for pid, (n, kind, parent) in place_ids.items():
        if kind == "country" and pid not in country_codes:
            err(f"places.tsv:{n}: country {pid} not in countries.tsv")

    # ---- actors
    actor_ids = {}
    org_codes = set()
    for n, (aid, kind, name, country, aliases) in actors:
        if not ID_RE.match(aid) or re.match(r"^[A-Z]{2}$", aid):
            err(f"actors.tsv:{n}: bad id {aid!r}")
        if aid in actor_ids:
            err(f"actors.tsv:{n}: duplicate id {aid} (first at line {actor_ids[aid][0]})")
        actor_ids[aid] = (n, kind, country)
        if kind not in ACTOR_KINDS:
            err(f"actors.tsv:{n}: bad kind {kind!r}")
        if not name:
            err(f"actors.tsv:{n}: empty name")
        if kind == "organization":
            org_codes.add(country)
    codes = set(country_codes) | org_codes
    for aid, (n, kind, country) in actor_ids.items():
        if kind == "person" and country and country not in codes:
            err(f"actors.tsv:{n}: unknown country/organisation code {country!r}")

    # ---- offices
    per_actor_role = {}
    for n, (aid, role, country, frm, to) in offices:
        if aid not in actor_ids:
            err(f"offices.tsv:{n}: actor {aid} not in actors.tsv")
        if role not in ROLES:
            err(f"offices.tsv:{n}: unknown role {role!r}")
        if country not in codes:
            err(f"offices.tsv:{n}: unknown country/organisation code {country!r}")
        if not valid_date(frm):
            err(f"offices.tsv:{n}: bad from date {frm!r}")
        if to and not valid_date(to):
            err(f"offices.tsv:{n}: bad to date {to!r}")
        if valid_date(frm) and to and valid_date(to) and date_key(frm) > date_key(to, True):
            err(f"offices.tsv:{n}: from {frm} after to {to}")
        per_actor_role.setdefault((role, country), []).append((frm, to, aid, n))
    # overlapping holders of single-holder offices (warning only: acting/disputed periods exist)
    single = {"head_of_state", "head_of_government", "foreign_minister", "defence_minister",
              "secretary_general", "council_president", "commission_president",
              "high_representative", "supreme_leader"}
    for (role, country), rows in per_actor_role.items():
        if role not in single:
            continue
        rows = sorted(rows, key=lambda r: date_key(r[0]))
        for a, b in zip(rows, rows[1:]):
            a_end = date_key(a[1], True) if a[1] else (9999, 12, 31)
            b_start = date_key(b[0])
            if a_end > b_start and a[2] != b[2]:
                # a few days overlap is common with partial dates
                overlap = (a_end[0] - b_start[0]) * 372 + (a_end[1] - b_start[1]) * 31 + (a_end[2] - b_start[2])
                if overlap > 31:
                    msg = f"offices.tsv:{b[3]}: {role}/{country} {b[2]} from {b[0]} overlaps {a[2]} ({a[0]}..{a[1] or 'now'})"
                    (warn if (role, country) in DISPUTED_OFFICES else err)(msg)

    # ---- institutions
    inst_ids = set()
    for n, (iid, name, country, role, aliases, place) in institutions:
        if not ID_RE.match(iid):
            err(f"institutions.tsv:{n}: bad id {iid!r}")
        if iid in inst_ids:
            err(f"institutions.tsv:{n}: duplicate id {iid}")
        inst_ids.add(iid)
        if country not in codes:
            err(f"institutions.tsv:{n}: unknown country {country!r}")
        if role not in ROLES:
            err(f"institutions.tsv:{n}: unknown role {role!r}")
        if place and place not in place_ids:
            err(f"institutions.tsv:{n}: place {place!r} not in places.tsv")
        if iid in actor_ids:
            err(f"institutions.tsv:{n}: id {iid} also used in actors.tsv")

    # ---- alias collisions
    place_alias = {}
    for n, (pid, kind, name, parent, aliases) in places:
        for a in split_list(aliases):
            if any(ch in a for ch in "()[]{};"):
                err(f"places.tsv:{n}: alias with brackets: {a!r}")
        for a in [name] + split_list(aliases):
            place_alias.setdefault(norm(a), set()).add(pid)
    for n, (code, qid, name, aliases, adjs, capital, leader) in countries:
        for a in [name] + split_list(aliases):
            place_alias.setdefault(norm(a), set()).add(code)
    lexicon_for_places = language_words(base)
    for a, ids in place_alias.items():
        if len(ids) > 1:
            warn(f"place alias {a!r} shared by {sorted(ids)}")
        if " " not in a and a in lexicon_for_places:
            warn(f"place alias {a!r} of {sorted(ids)} is a word of {lexicon_for_places[a]}")

    actor_alias = {}
    for n, (aid, kind, name, country, aliases) in actors:
        for a in [name] + split_list(aliases):
            k = norm(a)
            if not k:
                err(f"actors.tsv:{n}: empty alias")
                continue
            actor_alias.setdefault(k, set()).add(aid)
            if any(ch in a for ch in "()[]{};\t"):
                err(f"actors.tsv:{n}: alias with brackets or separators: {a!r}")
    lexicon = language_words(base)
    for a, ids in actor_alias.items():
        persons = sorted(i for i in ids if actor_ids[i][1] == "person")
        if len(ids) > 1:
            if len(persons) > 1 and " " not in a:
                err(f"surname alias {a!r} shared by {persons}: it could name either, keep it on one or none")
            else:
                warn(f"actor alias {a!r} shared by {sorted(ids)}")
        if persons and " " not in a and a in lexicon:
            err(f"person alias {a!r} of {persons} is a word of {lexicon[a]}")
        if a in place_alias:
            kinds = {actor_ids[i][1] for i in ids}
            # an organisation named like a place is acceptable only when it is not a person
            if "person" in kinds:
                err(f"alias {a!r} is both a person alias {sorted(ids)} and a place {sorted(place_alias[a])}")
            else:
                warn(f"alias {a!r} is both an organisation {sorted(ids)} and a place {sorted(place_alias[a])}")

    adj_owner = {}
    for n, (code, qid, name, aliases, adjs, capital, leader) in countries:
        for a in split_list(adjs):
            k = norm(a)
            if k in adj_owner and adj_owner[k] != code:
                warn(f"adjective {a!r} shared by {adj_owner[k]} and {code}")
            adj_owner[k] = code
            if k in actor_alias:
                err(f"adjective {a!r} of {code} is also an actor alias {sorted(actor_alias[k])}")

    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("ERROR:", e)
    print(f"countries={len(countries)} actors={len(actors)} offices={len(offices)} "
          f"institutions={len(institutions)} places={len(places)} "
          f"errors={len(errors)} warnings={len(warnings)}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
