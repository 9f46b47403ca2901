"""Who is coding: the preference is recorded on annotations, also after opening another project."""

from __future__ import annotations

import getpass

import pytest

from annotary.domain.models import Article
from annotary.services import annotating, importing
from annotary.services.project import default_coder
from annotary.ui.dialogs import preferences
from annotary.ui.dialogs.preferences import PreferencesDialog
from annotary.ui.operations.operation import edit

TEXT = (
    "Ferry crews in Vell ask for new rotas.\n\n“Twelve-hour shifts are not safe,” a deckhand said."
)


def _quote(window) -> str:  # type: ignore[no-untyped-def]
    project = window.ctx.project
    made = importing.import_pasted(project, TEXT, "Rotas").value
    article = made.id if isinstance(made, Article) else made
    start = TEXT.index("“")
    note = window.ctx.operations.run(
        edit(
            "Tag as quote",
            lambda _p: annotating.create(project, article, "quote", start, len(TEXT)),
        )
    ).value
    assert note is not None
    return str(note.coder)


def test_default_coder_is_the_os_user_name(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ANNOTARY_CODER", raising=False)
    monkeypatch.setattr(getpass, "getuser", lambda: "mira.k")
    assert default_coder() == "mira.k"


def test_preferences_coder_goes_on_new_annotations(qtbot, app_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(preferences, "apply_theme", lambda *_args: None)  # keep the test's look
    dialog = PreferencesDialog(app_window.ctx, app_window.settings, app_window)
    qtbot.addWidget(dialog)
    dialog.coder.setText("Mira Kovač")
    dialog.accept()
    assert _quote(app_window) == "Mira Kovač"


def test_the_coder_stays_when_another_project_is_opened(qtbot, app_window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    app_window.settings.qsettings.setValue("coder", "Mira Kovač")
    assert app_window.files.switch_to(tmp_path / "second.annotary")
    assert app_window.ctx.project.path.name == "second.annotary"
    assert app_window.ctx.project.coder == "Mira Kovač"
    assert _quote(app_window) == "Mira Kovač"
