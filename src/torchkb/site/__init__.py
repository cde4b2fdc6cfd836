"""Site: what the MkDocs build generates from the knowledge points.

``hooks`` and ``search_hooks`` are the MkDocs hooks (mkdocs.base.yml); the other modules each
build one part of the pages: ``stamp`` (verification badge), ``notebooks``, ``errorindex``,
``nav``, ``describe`` (meta descriptions).
"""
