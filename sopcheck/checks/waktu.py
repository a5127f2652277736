"""Rules: waktu (to be written)."""
