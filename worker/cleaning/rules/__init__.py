"""Rules that are data: boilerplate phrases, caption credits, stopwords.

Kept apart from the algorithms that use them so that they can be read,
reviewed and extended on their own. Every rule here is general: none is
written for one site or page.
"""
