"""The annotation sidebar: the open article's annotations, grouped, filterable, editable."""
