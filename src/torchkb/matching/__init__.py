"""Matching: find the knowledge point for a pasted error.

``signatures`` turns kp.toml files into the error signatures the site and the CLI share;
``matcher`` ranks them for a pasted text (its JavaScript port is
docs/overrides/assets/torchkb/match.js).
"""
