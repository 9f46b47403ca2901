"""The corpus views: quotes and passages across the project, speaker and theme pages,
counts with their charts, and notes (an article's note, the project memo).

They live in one Analysis window beside the main one, so the reader stays as it is;
``entry.AnalysisEntry`` is what the main window holds, and it builds the window on
first use (matplotlib is loaded only when a chart is first shown).
"""
