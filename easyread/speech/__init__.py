"""Speech: what is said for a document, how it is said, and the audio files made from it."""
