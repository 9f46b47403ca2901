"""The library: the project's articles as a sortable, filterable table, and search."""
