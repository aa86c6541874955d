"""Pay it forward (seed 001): participants pledge to support a local cooperative and share what they did.

Flow: a pledge (from the registration's secret page, or by an e-mail address verified with a
link), then stories under it, each moderated by staff before it is public. Media are checked by
content (``media.py``) and pictures are re-encoded so no metadata survives. Uploaded files are
served through views that check the story is approved, so an unapproved picture has no public URL.
"""
