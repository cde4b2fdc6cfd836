"""The paste box of "Explain my error", shared by the explain page and the home page.

A page asks for it with the line `<!-- torchkb:explain-box -->`; the hook puts the box's HTML
there, in the page's language. assets/torchkb/explain.js brings it to life: it matches the pasted
text against signatures.json in the browser (nothing is sent anywhere), and when no page explains
the error it says so and offers the next steps: the closest pages, the site search for the words,
and a prefilled "ask for this error" issue in the site's repository (shown only where the build
knows the repository; the reader sees and edits the issue before anything is sent).
"""

from __future__ import annotations

from html import escape

PLACEHOLDER = "<!-- torchkb:explain-box -->"

WORDS = {
    "en": {
        "label": "Paste your error or the whole traceback",
        "placeholder": "RuntimeError: mat1 and mat2 shapes cannot be multiplied (4x20 and 10x5)",
        "results": "Matching pages, best first",
        "none_title": "No page explains this error yet.",
        "next": "What you can do now:",
        "ask": "Ask for a page about this error",
        "ask_note": "opens a new issue in our GitHub repository with your error line filled in; you see and edit "
                    "it there before anything is sent",
        "index": "Browse the error index",
        "search_title": "Pages that mention these words",
    },
    "zh": {
        "label": "粘贴报错信息或整段 traceback",
        "placeholder": "RuntimeError: mat1 and mat2 shapes cannot be multiplied (4x20 and 10x5)",
        "results": "匹配的页面，最相关的在前",
        "none_title": "还没有页面讲解这个报错。",
        "next": "接下来可以：",
        "ask": "请求为这个报错写一页",
        "ask_note": "会在我们的 GitHub 仓库新建一个 issue，并填好你的报错那一行；提交前你可以在那里看到并修改内容",
        "index": "浏览报错索引",
        "search_title": "提到这些词的页面",
    },
}


def box_html(lang: str, issue_url: str | None, root: str) -> str:
    """The box; root is the relative path from the page to the site's root ("" or "../")."""
    w = WORDS[lang]
    ask = ""
    if issue_url:
        ask = (f'<li><a id="explain-ask" href="{escape(issue_url)}" data-issue="{escape(issue_url)}">'
               f'{escape(w["ask"])}</a> ({escape(w["ask_note"])})</li>')
    return "\n".join([
        '<div class="torchkb-explain" data-search-exclude="true" markdown="0">',
        f'<label for="error-input"><strong>{escape(w["label"])}</strong></label>',
        f'<textarea id="error-input" rows="8" spellcheck="false" autocomplete="off" '
        f'placeholder="{escape(w["placeholder"])}"></textarea>',
        '<p id="explain-status" aria-live="polite"></p>',
        '<p id="explain-notice" class="torchkb-explain__notice" hidden></p>',
        f'<ol id="matches" aria-label="{escape(w["results"])}"></ol>',
        '<div id="explain-none" class="torchkb-explain__none" hidden>',
        f'<p><strong>{escape(w["none_title"])}</strong> {escape(w["next"])}</p>',
        f'<ul>{ask}<li><a href="{root}errors/">{escape(w["index"])}</a></li></ul>',
        "</div>",
        '<div id="explain-search" class="torchkb-explain__search" hidden>',
        f'<p><strong>{escape(w["search_title"])}</strong></p>',
        '<ol id="explain-search-results"></ol>',
        "</div>",
        "</div>",
    ])
