"""The Qt-free heart of Holdspace: lessons, checking, sessions, progress, markup.

Nothing under this package may import Qt, directly or indirectly; a test enforces it.
"""
