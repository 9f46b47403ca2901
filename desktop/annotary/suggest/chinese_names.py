"""Chinese names and descriptions in running text.

Names introduced without a title ("六十八岁的龚秋生", "儿子龚伟") are found as a
surname + 1-2 characters that recur in the article; a role before a name
("受害人家屬溫佩珊") is split off; descriptions ("这位十九岁的小将", "老人")
refer back to the most recent person; "法院方面" to the court named earlier.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from annotary.domain.scripts import HAN_CLASS, is_han
from annotary.suggest import lexicon_zh as zh
from annotary.suggest.descriptors import is_lead
from annotary.suggest.entity import Entity
from annotary.suggest.speakers import Registry, Resolved

_BOUNDARY = "，。、：；！？「」“”『』（）() \n的了和与與跟给給是为為把被对對向让讓"
_KIN = ("儿子", "兒子", "女儿", "女兒", "父亲", "父親", "母亲", "母親", "妻子", "丈夫", "老伴")
_ROLE_END = "员員长長师師手者官属屬生工人家"
_DESCRIPTOR_START = ("这位", "這位", "该名", "該名", "这名", "這名", "该", "該")
_DESCRIPTORS = (
    "老人", "小将", "小將", "老将", "老將", "小伙子", "姑娘", "少年", "老汉", "老漢",
    "老先生", "老太太", "老师傅", "老師傅", "选手", "選手", "球员", "球員",
)  # fmt: skip
_ASIDE = re.compile(r"^(?:他|她)(?!们|們)")


def scan_running(text: str, registry: Registry, inside: Callable[[int], bool]) -> None:
    """Names after 的 / a kin word / a boundary that occur at least twice."""
    found: list[tuple[int, str]] = []
    for i, ch in enumerate(text):
        if ch not in zh.SURNAMES:
            continue
        prev = text[i - 1] if i else "。"
        if prev not in _BOUNDARY and not text[:i].endswith(_KIN):
            continue
        name = zh_name_at(text, i)
        if name and not inside(i):
            found.append((i, name))
    for i, name in found:
        if (text.count(name) >= 2 or text[:i].endswith(_KIN)) and not _in_title(text, name):
            registry.add(i, Entity(name, "person", None, None, (name,)))


def _in_title(text: str, name: str) -> bool:
    """ "主任方红": the surname-like first character ends a title (the name is 方红)."""
    for m in re.finditer(re.escape(name), text):
        if any(text[: m.start() + 1].endswith(t) for t in zh.TITLES):
            return True
        if text[m.end() : m.end() + 4].startswith(zh.ORG_SUFFIXES) or any(
            text[m.start() : m.end() + k].endswith(zh.ORG_SUFFIXES) for k in range(1, 4)
        ):
            return True
    return False


def lead_pronoun(registry: Registry, gender: str | None, pos: int) -> Entity | None:
    """他/她: the nearest compatible person who opens a sentence, else the nearest."""
    index = bisect.bisect_left(registry.positions, pos)
    persons = {k for k in range(index) if registry.mentions[k].kind == "person"}
    for k in sorted(persons, reverse=True):
        entity = registry.mentions[k]
        fits = gender in (None, entity.gender) or entity.gender is None
        if fits and is_lead(registry.positions, persons, registry.starts, k):
            entity.gender = entity.gender or gender
            return entity
    return registry.pronoun(gender, pos)


def special(registry: Registry, text: str, phrase: str, pos: int) -> Resolved | None:
    """Pronoun-led phrases, descriptions, role + name, and "X方面"."""
    if _ASIDE.match(phrase) and len(phrase) > 1:  # "他一边采一边"
        entity = lead_pronoun(registry, "m" if phrase[0] == "他" else "f", pos)
        return registry.finish(entity.name, entity.role) if entity else None
    bare = phrase.removeprefix("一位").removeprefix("一名")
    # a description refers back ("这位小将", "老人"); "一位老人" is someone new
    if (phrase.startswith(_DESCRIPTOR_START) or bare in _DESCRIPTORS) and bare == phrase:
        entity = next((e for e in registry.before(pos) if e.kind == "person"), None)
        if entity is not None:
            return registry.finish(entity.name, entity.role)
    for size in (3, 2):
        name, head = phrase[-size:], phrase[:-size]
        if (
            len(head) >= 2
            and head[-1] in _ROLE_END
            and name[0] in zh.SURNAMES
            and zh_name_at(phrase, len(head)) == name
            and "的" not in head[-2:]
            and not (head + name[0]).endswith(zh.TITLES)
        ):
            registry.add(pos + len(head), Entity(name, "person", None, head, (name,)))
            return registry.finish(name, head)
    if phrase.endswith("方面") and len(phrase) > 2:
        org = phrase[:-2]
        for m in re.finditer(f"[{HAN_CLASS}]{{1,6}}" + re.escape(org), text[:pos]):
            longer = m.group(0)
            cut = max(longer.rfind(c) for c in "的在对對和与與是")
            longer = longer[cut + 1 :]
            if longer != org and longer.endswith(zh.ORG_SUFFIXES):
                org = longer
        return registry.finish(org)
    if "的" in phrase[:-1] and not zh_name_at(phrase, phrase.rindex("的") + 1):
        after = phrase[phrase.rindex("的") + 1 :]
        if after.startswith(("一位", "一名", "一個", "一个")):
            return registry.finish(after)  # "与会的一位市长"
        return registry.finish(phrase) if len(phrase) <= 16 else None
    return None


_SOFT_STOPS = frozenset(c[0] for c in zh.CUES if len(c) > 1) - frozenset(
    c for c in zh.CUES if len(c) == 1
)


def zh_name_at(text: str, start: int) -> str | None:
    """The personal name starting at ``start`` (surname + 1-2 characters)."""
    two = text[start : start + 2]
    if two in zh.COMPOUND_SURNAMES:
        size = 2
    elif text[start : start + 1] in zh.SURNAMES:
        size = 1
    else:
        return None
    end = start + size
    while end < len(text) and end - start < size + 2:
        ch = text[end]
        if not is_han(ch):
            break
        if ch in zh.NAME_STOPS and (ch not in _SOFT_STOPS or text.startswith(zh.CUES, end)):
            break  # "强" ends a name only as in "强调"
        end += 1
    if end - start < size + 1:
        return None
    return text[start:end]
