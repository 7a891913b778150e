"""Benchmarks of the kiosk, each figure reported beside the floor it wraps (run: python -m bench)."""
