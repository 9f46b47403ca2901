"""Score the quote suggestions on real news: the PolNeAR corpus (read from a path, never stored).

Run: PYTHONPATH=desktop python bench/quotes_polnear.py PATH [--split dev|train] [--errors N]

PATH is a folder holding PolNeAR's ``data/`` (or ``data/`` itself): ``<split>/text/*.txt``
and ``<split>/attributions/*.ann`` (brat standoff: Source, Cue and Content spans joined by
``Attribution`` events). Without it the script says it was skipped and exits 0. Only the
``train`` and ``dev`` splits can be read: the ``test`` split is the project's independent check
and is never opened here.

Gold: every attribution with a Content span. A *direct* quote is one whose Content segments each
begin and end with quote marks (edge punctuation aside); a partly quoted paraphrase is reported
speech. When an article was annotated by several people, the first annotation (by file name)
is used.

Printed, for Annotary and (when textacy and a spaCy English model are installed) for
textacy's ``direct_quotations``:

* direct P / R / F1: a suggestion matches a gold direct quote when their segments share at
  least half of the gold span's characters (one-to-one, largest overlap first);
* exact F1: the same with both boundaries equal (quote marks, spaces and edge punctuation aside);
* speaker accuracy on matched direct quotes: the head word of the gold Source (``Morris`` in
  ``Spokeswoman Haley Morris``, ``campaign`` in ``O'Malley's campaign``) is a word of the
  suggested speaker; for a pronoun Source (he, she, they …) the head of its antecedent stands
  in for it: the first non-pronoun mention of its chain in the corpus's own CoreNLP
  coreference (``<split>/corenlp/*.xml``), else the nearest earlier gold Source that is a name;
  no gold Source means the speaker must be None;
* end to end: gold direct quotes matched with the right speaker / all gold direct quotes;
* with ``--antecedents SHEET`` (made by ``polnear_antecedents.py`` and filled by a reader), one
  more line: speaker accuracy and end to end with each pronoun Source the reader resolved judged
  by the head of the reader's answer instead of the automatic coreference;
* all-attribution P / R / F1: every suggestion against every gold attribution, same rule;
* precision at confidence >= 0.8: share of those suggestions matched (all-attribution rule)
  with the right speaker;
* speed: in-process milliseconds per 1,000 words, over the split (total time / total words):
  the CPU time of this process (what the engine costs, whatever else the machine runs) and,
  beside it, the wall-clock time.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "desktop"))

from annotary.suggest import suggest_quotes

Segments = tuple[tuple[int, int], ...]
Antecedents = dict[tuple[str, int], str]  # (article, Source start) → who a reader says it is

_OPEN = "“\"‘'«"
_CLOSE = "”\"’'»"
_EDGE = " \t\n.,;:!?—–-()[]"
_PRONOUN_WORDS = "he she they it we i him her them his its their you who this that these"
_PRONOUNS = frozenset(_PRONOUN_WORDS.split())
_CUT_AT = re.compile(r",|\(|—|–| who | which | that | whose ")
_PREP = re.compile(r" (?:of|for|at|from|in|with|on|to|by|and|&) ", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z][A-Za-z.\-’']*")


@dataclass(frozen=True, slots=True)
class Attribution:
    content: Segments
    source: Segments
    direct: bool
    head: str | None  # the Source's head word (lower case), resolved for pronouns
    also: tuple[str, ...] = ()  # heads of the Source's appositives ("X, the Y of Z")
    # for a description Source ("the candidate"): the proper names of its coreference chain
    referent: tuple[str, ...] = ()
    # for a pronoun Source: the head of who a reader says it is (``--antecedents``), if read
    read: str | None = None


@dataclass(frozen=True, slots=True)
class Article:
    name: str
    text: str
    gold: tuple[Attribution, ...]


@dataclass(frozen=True, slots=True)
class Found:
    segments: Segments
    direct: bool
    speaker: str | None
    confidence: float
    label: str


@dataclass(slots=True)
class Scores:
    gold_direct: int = 0
    sugg_direct: int = 0
    matched_direct: int = 0
    exact_direct: int = 0
    speaker_ok: int = 0
    speaker_strict: int = 0
    speaker_referent: int = 0
    speaker_read: int = 0
    pronouns_read: int = 0
    gold_all: int = 0
    sugg_all: int = 0
    matched_all: int = 0
    confident: int = 0
    confident_ok: int = 0
    words: int = 0
    seconds: float = 0.0  # wall clock
    cpu_seconds: float = 0.0
    errors: list[str] = field(default_factory=list)


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def corpus_root(path: Path) -> Path | None:
    for root in (path / "data", path):
        if (root / "dev" / "text").is_dir():
            return root
    return None


def _spans(field_text: str) -> Segments:
    return tuple((int(a), int(b)) for a, b in (part.split() for part in field_text.split(";")))


def _trim(text: str, seg: tuple[int, int]) -> tuple[int, int]:
    s, e = seg
    while s < e and (text[s] in _EDGE or text[s] in _OPEN):
        s += 1
    while e > s and (text[e - 1] in _EDGE or text[e - 1] in _CLOSE):
        e -= 1
    return s, e


def _is_direct(text: str, content: Segments) -> bool:
    for s, e in content:
        inner = text[s:e].strip(_EDGE)
        if len(inner) < 3 or inner[0] not in _OPEN or inner[-1] not in _CLOSE:
            return False
        body = inner[1:-1]
        # “a” and “b” is two fragments, not one quote
        if any(c in _CLOSE and c not in "'’" for c in body):
            return False
    return True


def _word(w: str) -> str:
    """A word as heads and speakers are compared: lower case, one apostrophe (``D’Souza`` is
    ``d'souza``), no end dot or possessive."""
    return w.replace("’", "'").rstrip(".'").removesuffix("'s").lower()


# generational suffixes: the head of "Harry Vance Jr." or "Tom Kell III" is the surname
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


def head_word(phrase: str) -> str | None:
    phrase = _CUT_AT.split(f" {phrase} ")[0]
    phrase = _PREP.split(phrase)[0]
    words = [_word(w) for w in _WORD.findall(phrase)]
    words = [w for w in words if w]
    while len(words) > 1 and words[-1] in _SUFFIXES:
        words.pop()
    return words[-1] if words else None


def appositive_heads(phrase: str) -> tuple[str, ...]:
    """Heads of the comma-separated parts of a Source: in ``her adviser, Jake Sullivan,``
    and ``Dan Backer, the treasurer of the PAC,`` both parts name the same person."""
    parts = [p for p in re.split(r",|\(|\)", phrase) if p.strip()]
    if len(parts) < 2:
        return ()
    out = []
    for part in parts:
        part = re.split(r" (?:who|which|that|whose) ", f" {part} ")[0]
        head = head_word(part)
        if head and head not in _PRONOUNS and part.strip()[:1].isalpha():
            out.append(head)
    return tuple(out)


def _coref_heads(xml_path: Path, pronouns: bool = True) -> list[tuple[int, int, tuple[str, ...]]]:
    """(start, end, antecedent heads) for every pronoun mention CoreNLP linked to a name
    (``pronouns=False``: for every other mention of a chain that has a proper name).

    The heads are the chain's representative mention's, then those of its proper-name
    mentions (head token tagged NNP, in text order: ``Holt`` beside ``senator`` of a
    representative ``the Vermont senator``); all name the same referent, so any of them
    counts (the head-word-only figure uses the first)."""
    if not xml_path.is_file():
        return []
    import xml.etree.ElementTree as ET

    doc = ET.parse(xml_path).getroot().find("document")
    if doc is None:
        return []
    offsets: dict[tuple[int, int], tuple[int, int, str, str]] = {}
    for sent in doc.iter("sentence"):
        sid = int(sent.get("id", "0"))
        for tok in sent.iter("token"):
            offsets[(sid, int(tok.get("id", "0")))] = (
                int(tok.findtext("CharacterOffsetBegin", "0")),
                int(tok.findtext("CharacterOffsetEnd", "0")),
                tok.findtext("word", ""),
                tok.findtext("POS", ""),
            )
    out: list[tuple[int, int, tuple[str, ...]]] = []
    chains = doc.find("coreference")
    for chain in chains.findall("coreference") if chains is not None else []:
        mentions = []
        for m in chain.findall("mention"):
            sid = int(m.findtext("sentence", "0"))
            a, b, h = (int(m.findtext(k, "0")) for k in ("start", "end", "head"))
            if (sid, a) in offsets and (sid, b - 1) in offsets and (sid, h) in offsets:
                text = m.findtext("text", "")
                mentions.append(
                    (
                        offsets[(sid, a)][0],
                        offsets[(sid, b - 1)][1],
                        offsets[(sid, h)][2],
                        text,
                        offsets[(sid, h)][3].startswith("NNP"),
                    )
                )
        names = [m for m in mentions if m[3].strip().lower() not in _PRONOUNS]
        if not names:
            continue
        proper = [_word(m[2]) for m in sorted(names) if m[4] and _word(m[2]) not in _SUFFIXES]
        heads = tuple(dict.fromkeys([_word(names[0][2]), *proper[:3]]))
        if pronouns:
            out += [(a, b, heads) for a, b, _h, t, _p in mentions if t.strip().lower() in _PRONOUNS]
        elif proper:
            out += [(a, b, tuple(dict.fromkeys(proper))) for a, b, _h, t, _p in mentions]
    return out


def load_article(
    root: Path, split: str, text_path: Path, antecedents: Antecedents | None = None
) -> Article:
    text = text_path.read_text(encoding="utf-8")
    anns = sorted((root / split / "attributions").glob(f"{text_path.stem}_*.ann"))
    spans: dict[str, tuple[str, Segments]] = {}
    events: list[dict[str, str]] = []
    if anns:
        for line in anns[0].read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if line.startswith("T") and len(parts) >= 2:
                label, _, where = parts[1].partition(" ")
                spans[parts[0]] = (label, _spans(where))
            elif line.startswith("E") and len(parts) >= 2:
                roles: dict[str, str] = {}
                for item in parts[1].split():
                    role, _, ref = item.partition(":")
                    roles.setdefault(role.rstrip("0123456789"), ref)
                events.append(roles)
    raw: list[tuple[Segments, Segments]] = []
    for roles in events:
        content = spans.get(roles.get("Content", ""), ("", ()))[1]
        if not content:
            continue
        source = spans.get(roles.get("Source", ""), ("", ()))[1]
        raw.append((content, source))
    raw.sort(key=lambda r: r[0][0])
    gold: list[Attribution] = []
    named: list[tuple[int, str]] = []  # source start, head of a named source
    heads: dict[int, str | None] = {}
    coref: list[tuple[int, int, tuple[str, ...]]] | None = None
    named_chains: list[tuple[int, int, tuple[str, ...]]] | None = None
    also: dict[int, tuple[str, ...]] = {}
    referents: dict[int, tuple[str, ...]] = {}
    for _content, source in sorted(raw, key=lambda r: r[1][0][0] if r[1] else -1):
        if not source:
            continue
        phrase = text[source[0][0] : source[0][1]]
        head = head_word(phrase)
        if phrase.strip().lower() in _PRONOUNS:
            if coref is None:
                coref = _coref_heads(root / split / "corenlp" / f"{text_path.name}.xml")
            s0, e0 = source[0]
            linked = [h for a, b, h in coref if a < e0 and s0 < b]
            earlier = [h for start, h in named if start < source[0][0]]
            head = linked[0][0] if linked else earlier[-1] if earlier else None
            also[source[0][0]] = linked[0][1:] if linked else ()
        elif (
            head
            and phrase.strip()[:1].isupper()
            and any(w[:1].isupper() for w in phrase.split()[1:] + phrase.split()[:1])
        ):
            named.append((source[0][0], head))
        elif head:  # a description ("the candidate", "his spokeswoman"): its referent's names
            if named_chains is None:
                xml = root / split / "corenlp" / f"{text_path.name}.xml"
                named_chains = _coref_heads(xml, pronouns=False)
            s0, e0 = source[0]
            linked = [h for a, b, h in named_chains if a < e0 and s0 < b]
            referents[source[0][0]] = linked[0] if linked else ()
        heads[source[0][0]] = head
    for content, source in raw:
        gold.append(
            Attribution(
                content=content,
                source=source,
                direct=_is_direct(text, content),
                head=heads.get(source[0][0]) if source else None,
                also=(
                    also.get(source[0][0], ()) + appositive_heads(text[source[0][0] : source[0][1]])
                    if source
                    else ()
                ),
                referent=referents.get(source[0][0], ()) if source else (),
                read=_read_head(antecedents, text_path.stem, source),
            )
        )
    return Article(text_path.stem, text, tuple(gold))


def _read_head(antecedents: Antecedents | None, article: str, source: Segments) -> str | None:
    if not antecedents or not source:
        return None
    answer = antecedents.get((article, source[0][0]))
    return head_word(answer) if answer else None


def load_split(root: Path, split: str, antecedents: Antecedents | None = None) -> list[Article]:
    if split not in ("train", "dev"):
        raise SystemExit("only the train and dev splits are read")
    texts = sorted((root / split / "text").glob("*.txt"))
    return [load_article(root, split, p, antecedents) for p in texts]


def annotary_found(text: str) -> list[Found]:
    return [
        Found(
            s.segments or ((s.start, s.end),),
            s.quote_type == "direct",
            s.speaker,
            s.confidence,
            s.rule,
        )
        for s in suggest_quotes(text, "en")
    ]


def _overlap(a: Segments, b: Segments) -> int:
    return sum(max(0, min(ae, be) - max(a_s, bs)) for a_s, ae in a for bs, be in b)


def _length(segs: Segments) -> int:
    return sum(e - s for s, e in segs)


def _match(gold: list[Attribution], found: list[Found]) -> dict[int, int]:
    pairs = sorted(
        (
            (_overlap(g.content, f.segments), gi, fi)
            for gi, g in enumerate(gold)
            for fi, f in enumerate(found)
        ),
        reverse=True,
    )
    used: set[int] = set()
    out: dict[int, int] = {}
    for amount, gi, fi in pairs:
        if amount == 0:
            break
        if gi in out or fi in used or amount * 2 < _length(gold[gi].content):
            continue
        out[gi] = fi
        used.add(fi)
    return out


def speaker_right(
    g: Attribution, f: Found, strict: bool = False, referent: bool = False, read: bool = False
) -> bool:
    """The gold Source's head word is a word of the suggested speaker; unless ``strict``,
    the head of one of the Source's appositives counts too (the same person); with
    ``referent``, so do the proper names of a description Source's coreference chain; with
    ``read``, a pronoun Source a reader resolved is judged by the head of that answer alone."""
    if not g.source:
        return f.speaker is None
    if f.speaker is None:
        return False
    words = {_word(w) for w in _WORD.findall(f.speaker)}
    if read and g.read:
        return g.read in words
    heads = {g.head} if strict else {g.head, *g.also}
    if referent:
        heads |= set(g.referent)
    return bool(heads & words)


def score(
    articles: Iterable[Article], finder: Callable[[str], list[Found]], errors: bool = False
) -> Scores:
    sc = Scores()
    for art in articles:
        began, began_cpu = time.perf_counter(), time.process_time()
        found = finder(art.text)
        sc.seconds += time.perf_counter() - began
        sc.cpu_seconds += time.process_time() - began_cpu
        sc.words += len(art.text.split())
        directs = [g for g in art.gold if g.direct]
        f_direct = [f for f in found if f.direct]
        sc.gold_direct += len(directs)
        sc.sugg_direct += len(f_direct)
        m = _match(directs, f_direct)
        sc.matched_direct += len(m)
        for gi, fi in m.items():
            g, f = directs[gi], f_direct[fi]
            g_trim = tuple(_trim(art.text, s) for s in g.content)
            f_trim = tuple(_trim(art.text, s) for s in f.segments)
            if g_trim == f_trim:
                sc.exact_direct += 1
            sc.speaker_strict += speaker_right(g, f, strict=True)
            sc.speaker_referent += speaker_right(g, f, referent=True)
            sc.speaker_read += speaker_right(g, f, read=True)
            sc.pronouns_read += g.read is not None
            if speaker_right(g, f):
                sc.speaker_ok += 1
            elif errors:
                src = " ".join(art.text[s:e] for s, e in g.source) or None
                s0 = g.content[0][0]
                ctx = art.text[max(0, s0 - 100) : s0].replace("\n", " | ")
                sc.errors.append(
                    f"{art.name}: SPEAKER {art.text[g.content[0][0] : g.content[0][1]][:50]!r}"
                    f" gold={src!r}->{g.head!r} got={f.speaker!r} ({f.label}) CTX …{ctx}"
                )
        if errors:
            for gi, g in enumerate(directs):
                if gi not in m:
                    s, e = g.content[0]
                    ctx = art.text[max(0, s - 60) : s].replace("\n", " ")
                    sc.errors.append(f"{art.name}: MISSED …{ctx}[{art.text[s:e][:70]!r}]")
            hit = set(m.values())
            for fi, f in enumerate(f_direct):
                if fi not in hit:
                    s, e = f.segments[0]
                    sc.errors.append(f"{art.name}: EXTRA {art.text[s:e][:70]!r} ({f.label})")
        sc.gold_all += len(art.gold)
        sc.sugg_all += len(found)
        m_all = _match(list(art.gold), found)
        sc.matched_all += len(m_all)
        by_found = {fi: gi for gi, fi in m_all.items()}
        for fi, f in enumerate(found):
            if f.confidence < 0.8:
                continue
            sc.confident += 1
            gi = by_found.get(fi)
            if gi is not None and speaker_right(art.gold[gi], f):
                sc.confident_ok += 1
            elif errors:
                s, e = f.segments[0]
                why = "no gold" if gi is None else "speaker"
                sc.errors.append(
                    f"{art.name}: CONFIDENT-WRONG ({why}) {art.text[s:e][:50]!r}"
                    f" got={f.speaker!r} ({f.label} {f.confidence:.2f})"
                )
    return sc


def report(name: str, sc: Scores) -> list[str]:
    p = _ratio(sc.matched_direct, sc.sugg_direct)
    r = _ratio(sc.matched_direct, sc.gold_direct)
    ep = _ratio(sc.exact_direct, sc.sugg_direct)
    er = _ratio(sc.exact_direct, sc.gold_direct)
    ap = _ratio(sc.matched_all, sc.sugg_all)
    ar = _ratio(sc.matched_all, sc.gold_all)
    return [
        f"{name}",
        f"  direct quotes      gold {sc.gold_direct}  suggested {sc.sugg_direct}",
        f"  direct P / R / F1  {p:.3f} / {r:.3f} / {_f1(p, r):.3f}",
        f"  exact-boundary F1  {_f1(ep, er):.3f}",
        f"  speaker accuracy   {_ratio(sc.speaker_ok, sc.matched_direct):.3f}"
        f" (of {sc.matched_direct} matched)",
        f"  end to end         {_ratio(sc.speaker_ok, sc.gold_direct):.3f}",
        f"  head word only     speaker {_ratio(sc.speaker_strict, sc.matched_direct):.3f}"
        f"  end to end {_ratio(sc.speaker_strict, sc.gold_direct):.3f}"
        " (appositives of the Source not counted)",
        f"  by referent        speaker {_ratio(sc.speaker_referent, sc.matched_direct):.3f}"
        f"  end to end {_ratio(sc.speaker_referent, sc.gold_direct):.3f}"
        " (a description Source also right when the speaker names its coreference referent)",
        *(
            [
                f"  pronouns read      speaker {_ratio(sc.speaker_read, sc.matched_direct):.3f}"
                f"  end to end {_ratio(sc.speaker_read, sc.gold_direct):.3f}"
                f" (a pronoun Source judged by who a reader says it is: {sc.pronouns_read}"
                " of the matched quotes)"
            ]
            if sc.pronouns_read
            else []
        ),
        f"  all attributions   gold {sc.gold_all}  suggested {sc.sugg_all}"
        f"  P / R / F1 {ap:.3f} / {ar:.3f} / {_f1(ap, ar):.3f}",
        f"  confidence >= 0.8  precision {_ratio(sc.confident_ok, sc.confident):.3f}"
        f" ({sc.confident_ok} of {sc.confident})",
        f"  speed              {sc.cpu_seconds * 1000 / max(sc.words, 1) * 1000:.1f} ms CPU"
        f" per 1,000 words ({sc.seconds * 1000 / max(sc.words, 1) * 1000:.1f} ms wall clock;"
        f" {sc.words} words)",
    ]


def read_antecedents(paths: list[Path]) -> Antecedents:
    """(article, Source start) → a reader's answer, from ``polnear_antecedents.py`` sheets
    (columns article, start, answer; ``?`` and empty answers left out; ``~`` marks a
    description)."""
    out: Antecedents = {}
    for path in paths:
        with path.open(encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f, delimiter="\t"):
                answer = (row.get("answer") or "").strip()
                if answer and answer != "?":
                    out[(row["article"], int(row["start"]))] = answer.lstrip("~").strip()
    return out


def textacy_finder() -> tuple[Callable[[str], list[Found]] | None, str]:
    try:
        import spacy  # type: ignore[import-not-found]
        from textacy.extract import triples  # type: ignore[import-not-found]
    except ImportError:
        return None, "textacy: skipped (not installed; pip install '.[bench]')"
    nlp = None
    for model in ("en_core_web_sm", "en_core_web_md", "en_core_web_lg"):
        try:
            nlp = spacy.load(model)
            break
        except OSError:
            continue
    if nlp is None:
        return None, (
            "textacy: skipped (no spaCy English model installed; the spaCy project does not "
            "publish its models on the package index)"
        )

    def find(text: str) -> list[Found]:
        doc = nlp(text)
        out: list[Found] = []
        for dq in triples.direct_quotations(doc):
            out.append(
                Found(
                    ((dq.content[0].idx, dq.content[-1].idx + len(dq.content[-1])),),
                    True,
                    " ".join(t.text for t in dq.speaker) or None,
                    0.0,
                    "textacy",
                )
            )
        return out

    return find, "textacy direct_quotations"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path, help="folder holding PolNeAR's data/")
    parser.add_argument("--split", choices=("dev", "train"), action="append")
    parser.add_argument("--errors", type=int, default=0, help="print up to N errors")
    parser.add_argument("--no-textacy", action="store_true")
    parser.add_argument(
        "--antecedents",
        type=Path,
        action="append",
        help="answer sheet of bench/polnear_antecedents.py (who each pronoun Source is)",
    )
    args = parser.parse_args(argv)
    root = corpus_root(args.path)
    if root is None:
        print(f"PolNeAR benchmark skipped: no corpus at {args.path}")
        return 0
    tx_find, tx_name = (None, "textacy: not run") if args.no_textacy else textacy_finder()
    for split in args.split or ["dev"]:
        articles = load_split(root, split, read_antecedents(args.antecedents or []))
        print(f"PolNeAR {split}: {len(articles)} articles")
        sc = score(articles, annotary_found, errors=args.errors > 0)
        print("\n".join(report("Annotary", sc)))
        if tx_find is not None:
            print("\n".join(report(tx_name, score(articles, tx_find))))
        else:
            print(tx_name)
        for line in sc.errors[: args.errors]:
            print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
