"""Holdspace: a gentle desktop tutor for crypto newcomers."""

__version__ = "0.1.0"
