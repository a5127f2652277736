"""Rules: identitas (to be written)."""
