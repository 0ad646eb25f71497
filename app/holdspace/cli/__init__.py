"""Command-line tools for educators: validate and list lesson packs. Never imports Qt."""
