"""What HTML markup says about an element: the tags and class/id names that
mark page furniture, the main content, image captions and photo credits.

Names are matched on the lowercased ``class`` and ``id`` values, each name
cut into words at ``-``, ``_`` and camelCase humps (``signupMessage`` is
``signup-message``). A furniture word counts at either end of a
name (``share-bar`` and ``post_share`` are sharing furniture; ``shared-values``
and ``content-nav-section`` are not). Modifiers (``has-sidebar``, BEM's
``article--right-rail``) and responsive utilities (``md:hidden``) say how an
element looks, not what it is, and are not read. Every rule is general: none
is written for one site.
"""
from __future__ import annotations

import re

#: Elements whose content is never text of the page.
SKIP_TAGS: frozenset[str] = frozenset("""
    script style noscript template svg math iframe embed source track head title meta link
    option optgroup input textarea progress meter
""".split())

#: Elements that are page furniture by their tag. Controls and media are here
#: rather than skipped: an unclosed ``<button>`` or ``<video>`` can swallow the
#: rest of the page, and furniture that holds most of the prose is not trusted.
FURNITURE_TAGS: frozenset[str] = frozenset("""
    nav footer aside menu form button select datalist dialog object video audio canvas map
""".split())

#: Elements that start a new block of text (the rest flow inline).
BLOCK_TAGS: frozenset[str] = frozenset("""
    html body div section article main header footer aside nav p h1 h2 h3 h4 h5 h6 ul ol li dl dt
    dd table thead tbody tfoot tr caption blockquote pre figure figcaption form fieldset legend
    address hr br center details summary menu hgroup
""".split())

HEADING_TAGS: frozenset[str] = frozenset("h1 h2 h3 h4 h5 h6".split())

#: Table cells: inline, separated by a space, their row being the block.
CELL_TAGS: frozenset[str] = frozenset("td th".split())


def _words(*alternatives: str) -> re.Pattern[str]:
    """Any of the words as a whole name, or as the first or last word of one."""
    word = "(?:" + "|".join(alternatives) + ")"
    return re.compile(rf"(?:^|\s)(?:{word}(?:[-_]+[a-z0-9]+)*|(?:[a-z0-9]+[-_]+)+{word})(?=\s|$)")


#: Navigation, sharing, comments, related links, ads, subscription and consent
#: prompts, sidebars, tag lists, bylines and other furniture.
FURNITURE_NAMES = _words(
    r"nav", r"navbar", r"navigation", r"menu", r"menus", r"submenu", r"sub-menu", r"mega-menu",
    r"dropdown", r"breadcrumbs?", r"pagination", r"pager", r"skip-link", r"toolbar",
    r"share", r"shares", r"sharing", r"sharebar", r"share-?buttons?", r"social", r"social-?links",
    r"socials", r"follow-us",
    r"comments?", r"comment-list", r"commentlist", r"comment-body", r"disqus(?:_thread)?", r"respond",
    r"reply",
    r"related", r"related-?posts", r"related-?articles", r"relatedposts", r"recommended",
    r"recommendations?", r"more-stories", r"most-popular", r"most-read", r"trending", r"read-next",
    r"popular-posts", r"outbrain", r"taboola",
    r"newsletter", r"subscribe", r"subscription", r"signup", r"sign-up", r"optin", r"opt-in",
    r"promo", r"promotion",
    r"ads?", r"advert", r"adverts", r"advertisement", r"advertising", r"ad-?slot", r"ad-?container",
    r"ad-?wrapper", r"adsbygoogle", r"dfp", r"sponsor", r"sponsored",
    r"sidebar", r"side-bar", r"widget-area", r"rail",
    r"cookies?", r"cookie-?banner", r"consent", r"gdpr", r"modal", r"popup", r"overlay",
    r"tags", r"tag-?list", r"tag-?cloud", r"tagcloud", r"post-tags", r"entry-tags", r"categories",
    r"byline", r"author", r"authors", r"bio", r"author-?bio", r"about-?the-?author", r"author-?box",
    r"post-?meta", r"entry-?meta",
    r"article-?meta", r"meta-?data", r"timestamp",
    r"footer", r"site-?footer", r"site-?header", r"page-?header", r"global-?header",
    r"testimonials?", r"carousel", r"slider", r"swiper", r"print-?only",
    r"disclaimer", r"disclosure", r"alert", r"banner", r"ratings?", r"feedback", r"form",
)

#: Class names of elements hidden from readers (whole names).
HIDDEN_CLASSES: frozenset[str] = frozenset("""
    hidden is-hidden d-none hide sr-only screen-reader-text visually-hidden visuallyhidden
    invisible offscreen u-hidden hidden-xs hidden-sm hidden-md hidden-lg
""".split())
#: A responsive utility that shows an element hidden by default ("hidden md:block").
SHOWN_AT_SOME_WIDTH = re.compile(r"^(?:sm|md|lg|xl|2xl):(?:block|flex|grid|inline|inline-block|"
                                 r"inline-flex|table|contents)$")
HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)

#: Class names that describe a state or a variant, not what the element is
#: ("has-sidebar", "with-comments", "no-related", BEM's "article--right-rail").
MODIFIER_CLASS = re.compile(r"^(?:has|with|no|without|show|enable|disable|can|allow|hide)[-_]|--")

#: Elements whose class says nothing about one part of the page: they wrap it all.
PAGE_TAGS: frozenset[str] = frozenset({"html", "body"})

#: A caption is short: a caption-classed element with more words wraps more than a caption.
CAPTION_MAX_WORDS = 120

#: The article's own container, by the names publishing systems give it.
CONTENT_NAMES = re.compile(
    r"article-?body|articlebody|article__body|article-?content|article__content|article-?text|"
    r"entry-?content|post-?content|post-?body|post-?text|story-?body|story-?content|"
    r"body-?text|rich-?text|richtext|main-?content|content-?body|single-?content|"
    r"blog-?post-?content|page-?content"
)

#: Image captions: the caption's own element.
CAPTION_NAMES = _words(
    r"wp-caption-text", r"caption", r"captions", r"image-caption", r"img-caption", r"photo-caption",
    r"figure-caption", r"media-caption", r"figcaption", r"caption-text", r"imagecaption",
    r"wp-element-caption",
)

#: Photo credits: an element holding only the credit.
CREDIT_NAMES = _words(
    r"credit", r"credits", r"image-credit", r"photo-credit", r"img-credit", r"media-credit",
    r"caption-credit", r"copyright", r"photographer", r"source",
)

#: itemprop values for captions and credits (schema.org).
CAPTION_ITEMPROPS: frozenset[str] = frozenset({"caption"})
CREDIT_ITEMPROPS: frozenset[str] = frozenset({"copyrightholder", "credittext", "author", "creator"})
