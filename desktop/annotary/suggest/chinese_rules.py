"""Chinese rules: names, attribution of direct quotes, reported speech."""

from __future__ import annotations

import re
from collections.abc import Callable

from annotary.domain.scripts import is_han
from annotary.suggest import chinese_names
from annotary.suggest import lexicon_zh as zh
from annotary.suggest.candidate import Candidate
from annotary.suggest.chinese_names import zh_name_at
from annotary.suggest.dash_attribution import zh_dash_name, zh_dash_names
from annotary.suggest.entity import Entity
from annotary.suggest.marks import Quoted
from annotary.suggest.speakers import Registry, Resolved

# Any Chinese speech cue (also what joins the two parts of a split quote).
CUE_RE = re.compile("|".join(re.escape(c) for c in zh.CUES))
_TITLE_RE = re.compile("|".join(re.escape(t) for t in zh.TITLES))
_SENT_END = re.compile(r"[。！？!?\n]")
_OPEN = '“「『"«'
_TIME = re.compile(
    r"(?:\d+|[一二三四五六七八九十]+)(?:月\d+)?日|今天|昨天|昨日|今日|日前|当天|當天|近日|随后|隨後|"
    r"会后|會後|赛后|賽後|周[一二三四五六日]|週[一二三四五六日]|星期[一二三四五六日天]"
)
_TRAIL_JUNK = re.compile(
    r"(?:发布公告|發布公告|发表声明|發表聲明|在声明中|在聲明中|回应|回應|笑着|笑著|补充|補充|接着|接著|"
    r"则|則|也|还|還|又|都|对记者|對記者|向记者|向記者)+$"
)
_GENERIC_ROLE = re.compile(r"(?:负责人|負責人|发言人|發言人)$")


def _last(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    found = None
    for found in pattern.finditer(text):  # noqa: B007 - the last match is wanted
        pass
    return found


def scan(text: str, registry: Registry, quoted: list[tuple[int, int]]) -> None:
    """Names after titles ("发言人汪明远") and names before cues ("李红中表示")."""
    inside = _inside(quoted)
    registry.starts = [0] + [m.end() for m in re.finditer(r"[。！？!?\n]+", text)]
    for m in _TITLE_RE.finditer(text):
        if inside(m.start()):
            continue
        name = zh_name_at(text, m.end())
        if name:
            gender = None
            registry.add(m.end(), Entity(name, "person", gender, m.group(0), (name,)))
    for m in CUE_RE.finditer(text):
        if inside(m.start()):
            continue
        found = _name_before(text, m.start())
        if found:
            registry.add(found[0], Entity(found[1], "person", None, None, (found[1],)))
    for at, name, role in zh_dash_names(text):  # “……”——李红，市人大代表
        if not inside(at):
            registry.add(at, Entity(name, "person", None, role, (name,)))
    chinese_names.scan_running(text, registry, inside)
    for m in re.finditer("他|她", text):
        if not inside(m.start()) and text[m.start() : m.start() + 2] not in (
            "他们",
            "她们",
            "其他",
        ):
            if m.start() > 0 and text[m.start() - 1] == "其":
                continue
            registry.pronoun("m" if m.group(0) == "他" else "f", m.start())


def _inside(quoted: list[tuple[int, int]]) -> Callable[[int], bool]:
    def inside(pos: int) -> bool:
        return any(s <= pos < e for s, e in quoted)

    return inside


def _name_before(text: str, end: int) -> tuple[int, str] | None:
    """A 2-3 character name ending right before ``end`` (after a boundary or a title)."""
    for size in (3, 2):
        start = end - size
        if start < 0:
            continue
        chunk = text[start:end]
        if not all(is_han(c) for c in chunk) or any(c in zh.NAME_STOPS for c in chunk):
            continue
        if chunk[0] not in zh.SURNAMES:
            continue
        prev = text[start - 1] if start > 0 else "。"
        if is_han(prev) and not any(text[:start].endswith(t) for t in zh.TITLES):
            continue
        return start, chunk
    return None


def subject_span(text: str, clause_start: int, cue_start: int) -> tuple[int, int] | None:
    """The speaker phrase inside ``text[clause_start:cue_start]``."""
    seg = text[clause_start:cue_start]
    seg_clean = _TIME.sub(lambda m: " " * len(m.group(0)), seg)
    seg_clean = re.sub(r"在[^，。]{0,20}?[上中时時]", lambda m: " " * len(m.group(0)), seg_clean)
    seg_clean = re.sub(
        r"(?:对|對)记者|(?:对|對)記者|(?:会后|會後)|(?:则|則|也|还|還|又|都)$",
        lambda m: " " * len(m.group(0)),
        seg_clean,
    )
    core = seg_clean.rstrip()
    while True:
        junk = _TRAIL_JUNK.search(core)
        if not junk or junk.start() == 0:
            break
        core = core[: junk.start()].rstrip()
    if seg.startswith("据") or seg.startswith("據"):
        core = " " + core[1:]
    stripped = core.strip()
    if not stripped:
        return None
    begin = clause_start + len(core) - len(core.lstrip())
    end = clause_start + len(core)
    # keep only the last phrase after a space (e.g. "本报讯 市教育局")
    last_space = text.rfind(" ", begin, end)
    if last_space != -1 and last_space + 1 < end:
        begin = last_space + 1
    if end - begin > 24:
        return None
    return begin, end


def resolve(registry: Registry, phrase: str, pos: int, text: str = "") -> Resolved:
    phrase = re.sub(r"^(?:另|而|又)?[据據](?=..)", "", phrase.strip())  # "另据农业农村部"
    known = registry.match_known(phrase)
    if known is not None:
        return Resolved(known.name, known.role, known.id)
    for pronoun, gender in zh.PRONOUNS.items():
        if phrase == pronoun or (phrase.endswith(pronoun) and len(phrase) <= 3):
            entity = chinese_names.lead_pronoun(registry, gender, pos)
            return registry.finish(entity.name if entity else None, entity.role if entity else None)
    found = chinese_names.special(registry, text, phrase, pos)
    if found is not None:
        return found
    role = None
    for entity in sorted(registry.entities, key=lambda e: -len(e.name)):
        if entity.kind == "person" and len(entity.name) >= 2 and entity.name in phrase:
            return registry.finish(entity.name, entity.role)
    if "的" in phrase[:-1]:
        phrase = phrase[phrase.rindex("的") + 1 :]
    if _GENERIC_ROLE.search(phrase) and phrase[:-3].endswith(zh.ORG_SUFFIXES):
        return registry.finish(phrase[:-3])
    m = _last(_TITLE_RE, phrase)
    if m is not None and m.end() < len(phrase):
        name = zh_name_at(phrase, m.end())
        if name and phrase.endswith(name):
            return registry.finish(name, phrase[: m.end()] or None)
        rest = phrase[m.end() :]
        if len(rest) == 2 and rest[0] in "老小" and rest[1] in zh.SURNAMES:
            return registry.finish(rest)
    if phrase.endswith(zh.ORG_SUFFIXES) and len(phrase) <= 14:
        return registry.finish(phrase, role)
    tail = phrase[-3:]
    for size in (3, 2):
        cand = phrase[-size:]
        if (
            len(cand) == size
            and cand[0] in zh.SURNAMES
            and all(is_han(c) for c in cand)
            and any(cand == e.name for e in registry.entities)
        ):
            return registry.finish(cand, phrase[:-size] or None)
    for size in (3, 2):
        cand = phrase[-size:]
        if cand[0] in zh.SURNAMES and len(phrase) > size and phrase[:-size].endswith(zh.TITLES):
            return registry.finish(cand, phrase[:-size])
    if (len(phrase) == 1 and phrase in zh.SURNAMES) or (
        len(phrase) == 2 and phrase[0] in "老小" and phrase[1] in zh.SURNAMES and False
    ):
        entity = registry.by_zh_surname(phrase, pos)
        return registry.finish(entity.name if entity else phrase)
    if len(phrase) == 2 and phrase[0] in "老小" and phrase[1] in zh.SURNAMES:
        entity = registry.by_zh_surname(phrase[1], pos)
        return registry.finish(entity.name if entity else phrase)
    del tail
    if len(phrase) <= 12:
        return registry.finish(phrase, role)
    return Resolved(None, None, None)


def attribute_direct(text: str, q: Quoted, limit_after: int, limit_before: int) -> Candidate | None:
    # after: ”李红中说。 / 」一位农民说。 / ”杨秀英回忆道。 / ”李红中强调，...
    end = q.close_at + 1
    stop = end
    while stop < limit_after and text[stop] not in "。，,！？\n" + _OPEN:
        stop += 1
    seg = text[end:stop]
    m = _last(CUE_RE, seg)
    if m is not None and m.end() == len(seg) and 0 < m.start() <= 14:
        subj = subject_span(text, end, end + m.start())
        cand = Candidate(0, 0, "direct", "direct.zh-trailing", 0.9)
        cand.cue = (end + m.start(), end + m.end())
        cand.mention = subj
        return cand
    dashed = zh_dash_name(text, q.close_at)
    if dashed is not None:  # “……”——李红, as pull quotes and epigraphs print them
        cand = Candidate(0, 0, "direct", "direct.zh-dash", 0.9)
        cand.mention = dashed
        return cand
    # before: 李红中说：“ / 吴建国告诉记者：“ / 汪明远回应说，“
    before = text[limit_before : q.open_at].rstrip()
    if before.endswith(("：", ":", "，", ",")):
        core = before[:-1]
        m = _last(CUE_RE, core)
        if m is not None and len(core) - m.end() <= 2:
            clause = max(core.rfind("，", 0, m.start()), core.rfind("。", 0, m.start())) + 1
            subj = subject_span(text, limit_before + clause, limit_before + m.start())
            cand = Candidate(0, 0, "direct", "direct.zh-leading", 0.9)
            cand.cue = (limit_before + m.start(), limit_before + m.end())
            cand.mention = subj
            return cand
    return None


def reported(masked: str, para_start: int, para_end: int, headline: bool) -> list[Candidate]:
    found: list[Candidate] = []
    pos = para_start
    for m in [*_SENT_END.finditer(masked, para_start, para_end), None]:
        s_end = m.start() if m else para_end
        if s_end > pos:
            cand = _sentence(masked, pos, s_end, headline)
            if cand:
                found.append(cand)
        pos = m.end() if m else para_end
    return found


def _sentence(text: str, start: int, end: int, headline: bool) -> Candidate | None:
    sent = text[start:end]
    if headline:
        colon = sent.find("：")
        label = sent[:colon]
        if (
            0 < colon <= 8
            and end - start - colon > 5
            and (
                label.endswith(zh.ORG_SUFFIXES)
                or label.endswith(zh.TITLES)
                or zh_name_at(label, 0) == label
            )
        ):
            cand = Candidate(start + colon + 1, end, "indirect", "reported.zh-headline", 0.6)
            cand.cue, cand.mention = (start + colon, start + colon + 1), (start, start + colon)
            return cand
    # 据X称/透露/介绍，…
    for m in CUE_RE.finditer(sent):
        after = sent[m.end() : m.end() + 1]
        if after not in ("，", "："):
            continue
        if m.group(0) in ("说", "說") and m.start() > 0 and sent[m.start() - 1] in "小据據听聽":
            continue
        clause = max(sent.rfind("，", 0, m.start()), sent.rfind("。", 0, m.start())) + 1
        if sent.startswith(("据", "據"), clause) is False and m.start() - clause > 40:
            continue
        content_start = start + m.end() + 1
        if content_start >= end or text[content_start] in _OPEN:
            continue
        subj = subject_span(text, start + clause, start + m.start())
        if subj is None:
            continue
        cand = Candidate(content_start, end, "indirect", "reported.zh-biaoshi", 0.75)
        cand.cue, cand.mention = (start + m.start(), start + m.end()), subj
        return cand
    # ……，李红中说。
    comma = sent.rfind("，")
    if comma > 3:
        tail = sent[comma + 1 :]
        for cue in zh.TRAILING_CUES:
            before_cue = tail[len(tail) - len(cue) - 1 : len(tail) - len(cue)]
            if (
                tail.endswith(cue)
                and 1 <= len(tail) - len(cue) <= 12
                and before_cue not in "小据據听聽"
            ):
                if text[start] in _OPEN or "”" in sent[comma - 1 : comma]:
                    return None
                cue_at = start + comma + 1 + len(tail) - len(cue)
                subj = subject_span(text, start + comma + 1, cue_at)
                cand = Candidate(start, start + comma, "indirect", "reported.zh-trailing", 0.7)
                cand.cue, cand.mention = (cue_at, cue_at + len(cue)), subj
                return cand
    return None
