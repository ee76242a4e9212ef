"""knowledge: remembers (SQLite store, graph) and answers (search, trace, export); the CLI."""
