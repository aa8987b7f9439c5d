"""Cluster: which events describe the same happening (and so share one alert id)."""
