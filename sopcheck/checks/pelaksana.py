"""Rules: pelaksana (to be written)."""
