"""The speaker of a quote with no attribution in its own sentence: a name after a dash
beside its closing mark, an attribution after its closing mark or on a dash line below
it, the sentence that leads into it, the one who spoke just before (a quote that
continues them), else the person the paragraph, or the one before it, is about."""

from __future__ import annotations

from collections.abc import Callable

from annotary.suggest.candidate import Candidate
from annotary.suggest.dash_attribution import dash_line_name, dash_speaker
from annotary.suggest.english_late import source_after_quote
from annotary.suggest.quote_lead_in import (
    at_sentence_start,
    colon_before,
    lead_in_speaker,
    opener_then_pronoun,
    para_body,
)
from annotary.suggest.speaker_carry import after_attribution
from annotary.suggest.speakers import Registry, Resolved


def unattributed_speaker(
    text: str,
    cand: Candidate,
    registry: Registry,
    lang: str,
    paras: list[int],
    last: tuple[int, str | None, str | None] | None,
    last_end: int,
    resolve: Callable[[str, Candidate, Registry, str], Resolved],
) -> Resolved:
    """The speaker of ``cand`` (a quote the rules found no attribution for), setting its
    rule, confidence, cue and mention to say how it was found. ``last`` is the previous
    speaker (paragraph, name, id), ``last_end`` where the previous quote ends."""
    english = (cand.language or lang) == "en"
    starts_sentence = at_sentence_start(text, cand.start, paras[cand.paragraph])
    # someone named between the previous quote and this one, in this paragraph
    named = registry.last_lead_between(
        after_attribution(registry, max(last_end, paras[cand.paragraph]), cand.start),
        cand.start,
    )
    lead_in = (
        None
        if starts_sentence and not colon_before(text, cand, paras)
        else opener_then_pronoun(text, cand, registry) or lead_in_speaker(text, cand, registry)
    )
    dashed = dash_speaker(text, cand.start, cand.end, registry) if english else None
    if dashed is not None:  # “…” — Nora Vance, at a rally in Ohio
        cand.mention, cand.role = (dashed.start, dashed.end), dashed.role
        cand.rule, cand.confidence = "direct.dash", 0.9
        return resolve(text, cand, registry, "en")
    late = source_after_quote(text, cand.end) if english else None
    dash = dash_line_name(text, cand.end) if english else None
    if late is not None:
        cand.cue, cand.mention = late[0], (late[1].start, late[1].end)
        cand.rule, cand.confidence, cand.role = "direct.late-said", 0.6, late[1].role
        return resolve(text, cand, registry, "en")
    if dash is not None:  # “…”\n\n- Nora Vance, after the speech.
        cand.mention = dash
        cand.rule, cand.confidence = "direct.late-said", 0.6
        return resolve(text, cand, registry, "en")
    if lead_in is not None:
        cand.rule, cand.confidence = "direct.lead-in", 0.5
        return lead_in
    if last and last[1] and cand.paragraph - last[0] <= 1 and starts_sentence and not named:
        cand.rule, cand.confidence = "direct.floating", 0.6
        return Resolved(last[1], None, last[2])
    if starts_sentence:
        person = registry.last_lead_between(
            paras[cand.paragraph], cand.start
        ) or registry.last_person_between(paras[cand.paragraph], cand.start)
        if (
            person is None
            and cand.paragraph > 0
            and cand.start == para_body(text, paras[cand.paragraph])
        ):
            person = registry.last_lead_between(
                paras[cand.paragraph - 1], paras[cand.paragraph]
            ) or registry.last_person_between(paras[cand.paragraph - 1], paras[cand.paragraph])
        if person is not None:
            cand.rule, cand.confidence = "direct.context", 0.5
            return registry.finish(person.name, person.role)
    return Resolved(None, None, None)
