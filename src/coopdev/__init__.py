"""coopdev: open platform for the cooperative movement's international development work."""

__version__ = "0.1.0"
