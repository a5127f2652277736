"""Rules: numbering (to be written)."""
