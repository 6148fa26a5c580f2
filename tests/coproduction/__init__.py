"""Tests of co-production: forms, results, actions, review copies and timing."""
