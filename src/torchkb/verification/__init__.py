"""Verification: run every snippet against the installed torch and judge it against its kp.toml.

``harness`` (the one code path behind ``torchkb verify`` and the pytest suite) talks to
``forkserver`` (one process that imports torch once), which forks a ``child`` per snippet;
``normalize`` makes the captured output comparable across machines.
"""
