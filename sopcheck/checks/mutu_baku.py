"""Rules: mutu_baku (to be written)."""
