"""placeholder until scripts/regenerate runs"""
