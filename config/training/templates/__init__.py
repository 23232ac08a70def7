"""Hand-written templates for build_training_data.py (see that script's header for provenance)."""
