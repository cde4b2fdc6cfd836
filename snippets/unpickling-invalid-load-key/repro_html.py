"""Reproduce: a download script saved an HTML page (a confirmation page) under the checkpoint's name."""
import threading
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import torch

PAGE = b"""<!DOCTYPE html>
<html><head><title>Download warning</title></head>
<body><p>This file is too large to be scanned for viruses.</p>
<form action="/download?confirm=t"><button>Download anyway</button></form></body></html>
"""


class FileHost(BaseHTTPRequestHandler):
    """Stands in for a file-sharing site: the share link answers 200 with a web page."""

    def do_GET(self):
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(PAGE)))
        self.end_headers()
        self.wfile.write(PAGE)

    def log_message(self, *args):
        pass


server = ThreadingHTTPServer(("127.0.0.1", 0), FileHost)
threading.Thread(target=server.serve_forever, daemon=True).start()
share_link = f"http://127.0.0.1:{server.server_address[1]}/file/d/1AbC/view"

# --8<-- [start:cause]
urllib.request.urlretrieve(share_link, "weights.pth")  # HTTP 200, so no error here
state_dict = torch.load("weights.pth")
# --8<-- [end:cause]
