"""The Qt face of Holdspace: thin widgets over ``holdspace.core``."""
