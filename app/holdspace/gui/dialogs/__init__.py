"""Small dialogs: about, progress export and forget."""
